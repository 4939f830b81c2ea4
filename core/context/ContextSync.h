#pragma once
// Context sync with the EHR through FHIRcast, put together: when a SMART login's token response
// names a hub (hub.url, hub.topic) Sightline subscribes with that session's token; what the
// EHR opens is followed (ContextFollower): a study is prefetched as a job and, when the user
// asked for it, opened in the default viewer once it is in the cache — so the DICOM header has
// been checked against the patient first (a mismatched study is never opened by an event).
// Sightline's own ImagingStudy-open/-close are published to the same topic. Showing the patient is
// the UI's part (ContextFollower::patientRequested). GUI-thread object.

#include "context/ContextFollower.h"
#include "context/FhircastSubscriber.h"
#include "servers/ServerProfile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;

namespace sightline {

class AuditTrail;
class ImagingService;
class JobManager;
struct ImagingStudyRecord;
struct JobRecord;
class ServerStore;
class SessionManager;
class StudyOpener;

// A hub configured by hand (when the EHR's token response names none): which server's session
// token to subscribe with, the hub and the topic. Kept in context-sync.ini.
struct FhircastSettings {
    bool enabled = false;
    QString serverId;
    QUrl hubUrl;
    QString topic;

    static FhircastSettings load(const QString& iniPath = {});
    bool save(const QString& iniPath = {}) const;
};

class ContextSync : public QObject {
    Q_OBJECT
public:
    ContextSync(QNetworkAccessManager* network, ServerStore* servers, SessionManager* sessions,
                AuditTrail* audit, QObject* parent = nullptr);
    ~ContextSync() override;

    // Prefetch jobs and viewer launches; without them events only switch the patient.
    void setImaging(ImagingService* imaging, JobManager* jobs, StudyOpener* opener);

    FhircastSubscriber* subscriber() { return &m_subscriber; }
    ContextFollower* follower() { return &m_follower; }
    // The server whose session the hub came with (its token subscribes; its studies are
    // fetched).
    QString serverId() const { return m_serverId; }

    // The lease asked for (the hub may grant less); 3600 s unless set.
    void setLeaseSeconds(int seconds) { m_leaseSeconds = seconds; }
    // Follows the hub named by `serverId`'s session (done on every login that names one).
    void followSession(const QString& serverId);
    // Follows a hub configured by hand, with `serverId`'s session token when there is one.
    void followHub(const QString& serverId, const QUrl& hubUrl, const QString& topic);
    // Unsubscribes; true when the hub's answer is still to come (subscriber()->unsubscribed()).
    bool stop();
    // Tells the EHR (and every other synchronised application) that Sightline opened or closed
    // a study.
    void publishStudy(bool open, const QJsonObject& patient, const QJsonObject& study);
    // The FHIRcast context resources for a study Sightline opened.
    static QJsonObject patientResource(const QString& reference);
    static QJsonObject studyResource(const ImagingStudyRecord& study);

signals:
    // A viewer launch or a prefetch could not be done, for the status bar.
    void problem(const QString& message);

private:
    void prefetch(const QString& patientReference, const QString& studyUid);
    void open(const QString& patientReference, const QString& studyUid);
    void onJobChanged(const JobRecord& job);
    QByteArray authorization() const;

    QPointer<ServerStore> m_servers;
    QPointer<SessionManager> m_sessions;
    QPointer<ImagingService> m_imaging;
    QPointer<JobManager> m_jobs;
    QPointer<StudyOpener> m_opener;
    FhircastSubscriber m_subscriber;
    ContextFollower m_follower;
    QString m_serverId;
    int m_leaseSeconds = 3600;
    QHash<QString, QString> m_openWhenCached; // study UID → patient reference
    QSet<QString> m_mismatched;               // studies whose DICOM header names someone else
};

} // namespace sightline
