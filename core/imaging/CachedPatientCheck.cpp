#include "imaging/CachedPatientCheck.h"

#include "cache/ImageCache.h"
#include "common/BackgroundWork.h"

#include <QFutureWatcher>

namespace sightline {

CachedPatientCheck::Mismatches CachedPatientCheck::run(const QString& cacheRoot,
                                                       const PatientStudies& patient) {
    Mismatches found;
    const ImageCache cache(cacheRoot); // one index connection for all the studies
    for (const ImagingStudyRecord& study : patient.studies) {
        const PatientMismatch mismatch =
            PatientMatch::compareCached(cache, study.studyUid, patient.identity);
        if (mismatch.isMismatch())
            found.insert(study.studyUid, mismatch);
    }
    return found;
}

void CachedPatientCheck::start(const QString& cacheRoot, const PatientStudies& patient,
                               QObject* context, std::function<void(const Mismatches&)> done) {
    auto* watcher = new QFutureWatcher<Mismatches>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(runInBackground([cacheRoot, patient] { return run(cacheRoot, patient); }));
}

} // namespace sightline
