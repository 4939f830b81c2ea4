#include "jobs/PatientPrefetch.h"

#include "cache/ImageCache.h"
#include "fhir/PatientSummary.h"
#include "jobs/JobManager.h"
#include "jobs/PrefetchRunner.h"

#include "common/BackgroundWork.h"
#include <QFutureWatcher>
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

PatientPrefetch::PatientPrefetch(JobManager* jobs, CacheConnections cache, QObject* parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_cache(std::move(cache))
    , m_enabled(userSettings().value(kSetting, false).toBool()) {}

void PatientPrefetch::setEnabled(bool on) {
    if (on == m_enabled)
        return;
    m_enabled = on;
    userSettings().setValue(kSetting, on);
    emit enabledChanged(on);
}

QSet<QString> PatientPrefetch::queuedStudies() const {
    QSet<QString> queued; // prefetches waiting or running: not asked for twice
    for (const JobRecord& job : m_jobs->jobs()) {
        if (job.kind == QLatin1String(PrefetchRunner::kind) && !job.isFinished())
            queued.insert(job.parameters.value(QLatin1String("studyUid")).toString());
    }
    return queued;
}

void PatientPrefetch::patientOpened(const ServerProfile& server, const PatientStudies& patient) {
    if (!m_enabled || !m_jobs)
        return emit queued(0);
    QStringList candidates;
    const QSet<QString> alreadyQueued = queuedStudies();
    for (const ImagingStudyRecord& study : patient.studies) {
        if (study.retrievable() && !alreadyQueued.contains(study.studyUid))
            candidates << study.studyUid;
    }
    // Which are complete is the index's answer: asked on the pool, with a connection of its own.
    auto* watcher = new QFutureWatcher<QSet<QString>>(this);
    connect(watcher, &QFutureWatcher<QSet<QString>>::finished, this,
            [this, watcher, server, patient] {
                watcher->deleteLater();
                const QSet<QString> missing = watcher->result();
                const QSet<QString> queuedNow = m_jobs ? queuedStudies() : QSet<QString>{};
                const QString name = PatientSummary::fromJson(patient.patient).name;
                int count = 0;
                for (const ImagingStudyRecord& study : patient.studies) {
                    if (!m_jobs || !missing.contains(study.studyUid) ||
                        queuedNow.contains(study.studyUid))
                        continue;
                    const QString title =
                        tr("Prefetch: %1 %2 of %3")
                            .arg(study.modalities.join(QLatin1Char('/')), study.description,
                                 name.isEmpty() ? study.patientReference : name);
                    if (m_jobs->submitJob(PrefetchRunner::record(server, study.studyUid,
                                                                 study.patientReference, title)))
                        ++count;
                }
                emit queued(count);
            });
    watcher->setFuture(runInBackground([connections = m_cache, candidates] {
        const auto opened = connections.open();
        const ImageCache& cache = *opened;
        QSet<QString> missing;
        for (const QString& study : candidates) {
            if (!cache.isStudyComplete(study))
                missing.insert(study);
        }
        return missing;
    }));
}

} // namespace sightline
