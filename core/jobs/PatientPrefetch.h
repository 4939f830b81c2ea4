#pragma once
// Prefetch on patient open: when a patient's studies are shown, each retrievable study that is
// not complete in the image cache is queued as a prefetch job (PrefetchRunner), so it is there
// by the time the user opens it, and the Jobs panel shows the progress. Off unless the user
// turns it on (kept in the user's settings): a patient can have gigabytes of images. The cache
// is asked off the GUI thread. GUI-thread object.

#include "cache/CacheConnections.h"
#include "imaging/ImagingService.h"
#include "servers/ServerProfile.h"

#include <QObject>
#include <QPointer>

namespace sightline {

class JobManager;

class PatientPrefetch : public QObject {
    Q_OBJECT
public:
    PatientPrefetch(JobManager* jobs, CacheConnections cache, QObject* parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool on);
    // Queues what is missing of these studies, then says how many jobs were queued (none when
    // off, or when each study is cached or already queued).
    void patientOpened(const ServerProfile& server, const PatientStudies& patient);

signals:
    void enabledChanged(bool on);
    void queued(int jobs);

private:
    QSet<QString> queuedStudies() const;

    QPointer<JobManager> m_jobs;
    CacheConnections m_cache;
    bool m_enabled = false;
};

} // namespace sightline
