#include "context/ContextSync.h"

#include "fhir/PatientSummary.h"

#include "imaging/ImagingService.h"
#include "imaging/ImagingStudyRecord.h"
#include "jobs/JobManager.h"
#include "jobs/PrefetchRunner.h"
#include "servers/ServerStore.h"
#include "smart/SessionManager.h"
#include "smart/SmartSession.h"
#include "viewers/StudyOpener.h"

#include <QJsonArray>
#include <QSettings>

#include <memory>

namespace sightline {

ContextSync::ContextSync(QNetworkAccessManager* network, ServerStore* servers,
                         SessionManager* sessions, AuditTrail* audit, QObject* parent)
    : QObject(parent)
    , m_servers(servers)
    , m_sessions(sessions)
    , m_subscriber(network)
    , m_follower(&m_subscriber, audit) {
    m_subscriber.setAuthorization([this] { return authorization(); });
    if (sessions) {
        connect(sessions, &SessionManager::loggedIn, this, &ContextSync::followSession);
        connect(sessions, &SessionManager::loggedOut, this, [this](const QString& serverId) {
            if (serverId == m_serverId)
                stop();
        });
    }
    connect(&m_follower, &ContextFollower::prefetchRequested, this,
            [this](const QString& patient, const QString& uid) { prefetch(patient, uid); });
    connect(&m_follower, &ContextFollower::openRequested, this,
            [this](const QString& patient, const QString& uid) {
                m_openWhenCached.insert(uid, patient); // opened when its prefetch completes
            });
}

ContextSync::~ContextSync() {
    m_subscriber.stop();
}

void ContextSync::setImaging(ImagingService* imaging, JobManager* jobs, StudyOpener* opener) {
    m_imaging = imaging;
    m_jobs = jobs;
    m_opener = opener;
    if (imaging)
        connect(imaging, &ImagingService::mismatchFound, this,
                [this](const QString& uid) { m_mismatched.insert(uid); });
    if (jobs)
        connect(jobs, &JobManager::jobChanged, this, &ContextSync::onJobChanged);
    if (opener)
        connect(opener, &StudyOpener::studyOpened, this, [this](const ImagingStudyRecord& study) {
            // What the EHR itself opened is not echoed back to it.
            if (study.studyUid == m_follower.currentStudy())
                return;
            publishStudy(true, patientResource(study.patientReference), studyResource(study));
        });
}

QJsonObject ContextSync::patientResource(const QString& reference) {
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                       {QStringLiteral("id"), reference.section(QLatin1Char('/'), -1)}};
}

QJsonObject ContextSync::studyResource(const ImagingStudyRecord& study) {
    QJsonObject resource{
        {QStringLiteral("resourceType"), QStringLiteral("ImagingStudy")},
        {QStringLiteral("identifier"),
         QJsonArray{
             QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:dicom:uid")},
                         {QStringLiteral("value"), QStringLiteral("urn:oid:") + study.studyUid}}}},
        {QStringLiteral("subject"),
         QJsonObject{{QStringLiteral("reference"), study.patientReference}}}};
    if (!study.fhirId.isEmpty())
        resource.insert(QStringLiteral("id"), study.fhirId);
    return resource;
}

void ContextSync::onJobChanged(const JobRecord& job) {
    if (job.kind != QLatin1String(PrefetchRunner::kind) || !job.isFinished())
        return;
    const QString uid = job.parameters.value(QLatin1String("studyUid")).toString();
    const auto pending = m_openWhenCached.constFind(uid);
    if (pending == m_openWhenCached.cend())
        return;
    // A copy: the entry is erased next. NOLINTNEXTLINE(performance-unnecessary-copy-initialization)
    const QString patient = pending.value();
    m_openWhenCached.erase(pending);
    if (job.state != JobRecord::State::Completed)
        return emit problem(tr("The study the EHR opened could not be fetched: %1").arg(job.error));
    open(patient, uid);
}

QByteArray ContextSync::authorization() const {
    const SmartSession* session = m_sessions ? m_sessions->session(m_serverId) : nullptr;
    return session && session->isActive() ? "Bearer " + session->tokens().accessToken.reveal()
                                          : QByteArray();
}

namespace {
std::unique_ptr<QSettings> contextSettings(const QString& iniPath) {
    if (!iniPath.isEmpty())
        return std::make_unique<QSettings>(iniPath, QSettings::IniFormat);
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("Sightline"), QStringLiteral("context-sync"));
}
} // namespace

FhircastSettings FhircastSettings::load(const QString& iniPath) {
    const auto settings = contextSettings(iniPath);
    FhircastSettings s;
    s.enabled = settings->value(QStringLiteral("fhircast/enabled"), false).toBool();
    s.serverId = settings->value(QStringLiteral("fhircast/server")).toString();
    s.hubUrl = QUrl(settings->value(QStringLiteral("fhircast/hub")).toString());
    s.topic = settings->value(QStringLiteral("fhircast/topic")).toString();
    return s;
}

bool FhircastSettings::save(const QString& iniPath) const {
    const auto settings = contextSettings(iniPath);
    settings->setValue(QStringLiteral("fhircast/enabled"), enabled);
    settings->setValue(QStringLiteral("fhircast/server"), serverId);
    settings->setValue(QStringLiteral("fhircast/hub"), hubUrl.toString());
    settings->setValue(QStringLiteral("fhircast/topic"), topic);
    settings->sync();
    return settings->status() == QSettings::NoError;
}

void ContextSync::followSession(const QString& serverId) {
    const SmartSession* session = m_sessions ? m_sessions->session(serverId) : nullptr;
    if (!session || session->tokens().fhircastTopic.isEmpty() ||
        session->tokens().fhircastHub.isEmpty())
        return; // this login offers no context sync
    followHub(serverId, QUrl(session->tokens().fhircastHub), session->tokens().fhircastTopic);
}

void ContextSync::followHub(const QString& serverId, const QUrl& hubUrl, const QString& topic) {
    const FhircastSubscription& current = m_subscriber.subscription();
    if (serverId == m_serverId && current.hubUrl == hubUrl && current.topic == topic &&
        m_subscriber.state() != FhircastSubscriber::State::Off &&
        m_subscriber.state() != FhircastSubscriber::State::Denied)
        return; // already following it (a resumed or repeated login)
    m_serverId = serverId;
    FhircastSubscription subscription;
    subscription.hubUrl = hubUrl;
    subscription.topic = topic;
    subscription.leaseSeconds = m_leaseSeconds;
    m_subscriber.start(subscription);
}

bool ContextSync::stop() {
    m_serverId.clear();
    return m_subscriber.stop();
}

void ContextSync::publishStudy(bool open, const QJsonObject& patient, const QJsonObject& study) {
    if (m_subscriber.state() != FhircastSubscriber::State::Connected)
        return;
    const FhircastEvent event =
        FhircastEvent::imagingStudy(open, m_subscriber.subscription().topic, patient, study);
    m_subscriber.publish(event, this, [this, event](const Status& status) {
        m_follower.recordPublished(event, status ? QString() : status.error().toString());
        if (!status)
            emit problem(status.error().toString());
    });
}

void ContextSync::prefetch(const QString& patientReference, const QString& studyUid) {
    const auto server = m_servers ? m_servers->profile(m_serverId) : std::nullopt;
    if (!m_jobs || !server)
        return;
    const auto job = m_jobs->submitJob(PrefetchRunner::record(
        *server, studyUid, patientReference,
        tr("Prefetch for the EHR: study %1 of %2").arg(studyUid, patientReference)));
    if (!job)
        emit problem(job.error().toString());
}

void ContextSync::open(const QString& patientReference, const QString& studyUid) {
    const auto server = m_servers ? m_servers->profile(m_serverId) : std::nullopt;
    if (!m_imaging || !m_opener || !server)
        return;
    QPointer<StudyOpener> opener = m_opener;
    m_imaging->findStudy(
        *server, studyUid, this,
        [this, opener, server = *server, patientReference,
         studyUid](const Result<PatientStudies>& found) {
            if (!found || found->studies.isEmpty())
                return emit problem(
                    tr("The study the EHR opened (%1) was not found: %2")
                        .arg(studyUid, found ? tr("no such study") : found.error().message));
            const ImagingStudyRecord& study = found->studies.first();
            // The viewer must never show another patient's study than the one on screen.
            if (study.patientReference != patientReference ||
                m_follower.currentPatient() != patientReference)
                return emit problem(tr("The study %1 belongs to %2, not to %3 on screen: not "
                                       "opened")
                                        .arg(studyUid, study.patientReference, patientReference));
            if (!opener)
                return;
            OpenStudyRequest request;
            request.server = server;
            request.study = study;
            // Never confirmed here: the opener refuses (and audits) a mismatched study.
            request.patientMismatch = m_mismatched.contains(studyUid);
            const PatientIdentity& identity = found->identity;
            request.patient = identity;
            request.patientName =
                identity.family + QLatin1Char('^') + identity.given.join(QLatin1Char(' '));
            if (!identity.identifiers.isEmpty())
                request.patientId = identity.identifiers.first().second;
            const PatientSummary summary = PatientSummary::fromJson(found->patient);
            request.patientKey = StudyOpener::patientKey(server.id, summary.id);
            request.patientLabel =
                QStringLiteral("%1 (%2)").arg(summary.name, summary.birthDateText());
            opener->open(request);
        });
}

} // namespace sightline
