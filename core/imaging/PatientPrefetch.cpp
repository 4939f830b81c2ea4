#include "imaging/PatientPrefetch.h"

#include "cache/ImageCache.h"
#include "jobs/JobManager.h"
#include "jobs/PrefetchRunner.h"

#include <QSet>
#include <QSettings>

namespace sightline {

namespace {
const QString kSetting = QStringLiteral("imaging/prefetchOnOpen");

QSettings userSettings() {
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Sightline"),
                     QStringLiteral("imaging"));
}
} // namespace

PatientPrefetch::PatientPrefetch(JobManager* jobs, QString cacheRoot, QObject* parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_cacheRoot(std::move(cacheRoot))
    , m_enabled(userSettings().value(kSetting, false).toBool()) {}

void PatientPrefetch::setEnabled(bool on) {
    if (on == m_enabled)
        return;
    m_enabled = on;
    userSettings().setValue(kSetting, on);
    emit enabledChanged(on);
}

int PatientPrefetch::patientOpened(const ServerProfile& server, const PatientStudies& patient) {
    if (!m_enabled || !m_jobs)
        return 0;
    QSet<QString> queued; // prefetches waiting or running: not asked for twice
    for (const JobRecord& job : m_jobs->jobs()) {
        if (job.kind == QLatin1String(PrefetchRunner::kind) && !job.isFinished())
            queued.insert(job.parameters.value(QLatin1String("studyUid")).toString());
    }
    const ImageCache cache(m_cacheRoot);
    int count = 0;
    for (const ImagingStudyRecord& study : patient.studies) {
        if (!study.retrievable() || queued.contains(study.studyUid) ||
            cache.isStudyComplete(study.studyUid))
            continue;
        const QString title = tr("Prefetch: %1 %2 of %3")
                                  .arg(study.modalities.join(QLatin1Char('/')), study.description,
                                       study.patientReference);
        if (m_jobs->submitJob(
                PrefetchRunner::record(server, study.studyUid, study.patientReference, title)))
            ++count;
    }
    return count;
}

} // namespace sightline
