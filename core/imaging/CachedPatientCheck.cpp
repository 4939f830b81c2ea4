#include "imaging/CachedPatientCheck.h"

#include "cache/CacheConnections.h"
#include "common/BackgroundWork.h"

#include <QFutureWatcher>

namespace sightline {

CachedPatientCheck::Mismatches CachedPatientCheck::run(const CacheConnections& connections,
                                                       const PatientStudies& patient) {
    Mismatches found;
    const auto opened = connections.open(); // one index connection for all the studies
    const ImageCache& cache = *opened;
    for (const ImagingStudyRecord& study : patient.studies) {
        const PatientMismatch mismatch =
            PatientMatch::compareCached(cache, study.studyUid, patient.identity);
        if (mismatch.isMismatch())
            found.insert(study.studyUid, mismatch);
    }
    return found;
}

void CachedPatientCheck::start(const CacheConnections& cache, const PatientStudies& patient,
                               QObject* context, std::function<void(const Mismatches&)> done) {
    auto* watcher = new QFutureWatcher<Mismatches>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(runInBackground([cache, patient] { return run(cache, patient); }));
}

} // namespace sightline
