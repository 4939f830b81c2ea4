#include "imaging/RetrievalQueue.h"

#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "imaging/RetrievalWorker.h"

#include <QNetworkAccessManager>
#include <QSysInfo>

namespace sightline {

RetrievalQueue::RetrievalQueue(CacheConnections cache, NetworkRecorder* recorder, AuditTrail* audit,
                               QObject* parent, QNetworkAccessManager* network)
    : QObject(parent)
    , m_audit(audit)
    , m_worker(new RetrievalWorker(std::move(cache), recorder, network)) {
    m_thread.setObjectName(QStringLiteral("Sightline imaging"));
    if (network)
        network->moveToThread(&m_thread);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RetrievalWorker::progress, this,
            [this](const QString& study, const RetrieveProgress& progress) {
                if (Retrieval* retrieval = m_retrievals.value(study))
                    emit retrieval->progress(progress);
                emit this->progress(study, progress);
            });
    connect(m_worker, &RetrievalWorker::seriesThumbnail, this,
            [this](const QString& study, const QString& series, const QImage& image) {
                if (Retrieval* retrieval = m_retrievals.value(study))
                    emit retrieval->seriesThumbnail(series, image);
                emit seriesThumbnail(study, series, image);
            });
    connect(m_worker, &RetrievalWorker::seriesComplete, this, &RetrievalQueue::seriesComplete);
    connect(m_worker, &RetrievalWorker::mismatchFound, this,
            [this](const QString& study, const PatientMismatch& mismatch) {
                auditMismatch(study, mismatch);
                if (Retrieval* retrieval = m_retrievals.value(study))
                    emit retrieval->mismatchFound(mismatch);
                emit mismatchFound(study, mismatch);
            });
    connect(m_worker, &RetrievalWorker::finished, this,
            [this](const QString& study, const RetrieveOutcome& outcome) {
                if (m_followUps.contains(study) && !outcome.cancelled) {
                    // More was asked for meanwhile: the asker's view goes on.
                    auditRetrieval(study, m_running.value(study), outcome);
                    RetrieveOutcome part = outcome;
                    part.followedUp = true;
                    emit finished(study, part);
                    m_followUps[study].previousEnded = true;
                    startFollowUp(study);
                    return;
                }
                conclude(study, outcome);
            });
    connect(m_worker, &RetrievalWorker::cacheTrimmed, this, &RetrievalQueue::cacheChanged);
    m_thread.start();
}

RetrievalQueue::~RetrievalQueue() {
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it)
        cancel(it.key());
    m_thread.quit();
    m_thread.wait();
}

Retrieval* RetrievalQueue::reserve(const QString& studyUid, const Origin& origin) {
    if (m_running.contains(studyUid))
        return m_retrievals.value(studyUid);
    auto* retrieval = new Retrieval(
        studyUid, [this](const QString& uid) { cancel(uid); }, this);
    m_retrievals.insert(studyUid, retrieval);
    m_running.insert(studyUid, origin);
    return retrieval;
}

void RetrievalQueue::conclude(const QString& study, const RetrieveOutcome& outcome) {
    m_followUps.remove(study);
    m_scope.remove(study);
    const Origin origin = m_running.take(study);
    auditRetrieval(study, origin, outcome);
    if (Retrieval* retrieval = m_retrievals.take(study)) {
        emit retrieval->finished(outcome);
        retrieval->deleteLater();
    }
    emit finished(study, outcome);
}

bool RetrievalQueue::brings(const QString& studyUid, const QStringList& series) const {
    if (!m_running.contains(studyUid) || m_followUps.contains(studyUid))
        return false; // a follow-up is coming: join that
    const QStringList running = m_scope.value(studyUid);
    if (running.isEmpty())
        return true;
    if (series.isEmpty())
        return false;
    for (const QString& uid : series)
        if (!running.contains(uid))
            return false;
    return true;
}

Retrieval* RetrievalQueue::reserveFollowUp(const QString& studyUid) {
    m_followUps[studyUid]; // asked for; the request follows with startAfter()
    return m_retrievals.value(studyUid);
}

void RetrievalQueue::startAfter(const RetrieveRequest& request) {
    if (!m_followUps.contains(request.studyUid))
        return; // cancelled meanwhile
    FollowUp& followUp = m_followUps[request.studyUid];
    if (followUp.request) { // asked again before it started: bring what both asked for
        QStringList& series = followUp.request->seriesUids;
        if (series.isEmpty() || request.seriesUids.isEmpty())
            series.clear();
        else
            for (const QString& uid : request.seriesUids)
                if (!series.contains(uid))
                    series.append(uid);
    } else {
        followUp.request = request;
    }
    startFollowUp(request.studyUid);
}

void RetrievalQueue::startFollowUp(const QString& studyUid) {
    const auto it = m_followUps.constFind(studyUid);
    if (it == m_followUps.cend() || !it->previousEnded || !it->request)
        return;
    const RetrieveRequest request = *it->request;
    m_followUps.erase(it);
    start(request);
}

void RetrievalQueue::start(const RetrieveRequest& request) {
    m_scope.insert(request.studyUid, request.seriesUids);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request] { worker->start(request); }, Qt::QueuedConnection);
}

void RetrievalQueue::cancel(const QString& studyUid) {
    // A follow-up waiting for its turn ends with what is running (or has just ended).
    if (const auto it = m_followUps.constFind(studyUid);
        it != m_followUps.cend() && it->previousEnded) {
        m_followUps.erase(it);
        RetrieveOutcome cancelled;
        cancelled.studyUid = studyUid;
        cancelled.cancelled = true;
        QMetaObject::invokeMethod(
            this, [this, studyUid, cancelled] { conclude(studyUid, cancelled); },
            Qt::QueuedConnection);
        return;
    }
    m_followUps.remove(studyUid);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, studyUid] { worker->cancel(studyUid); },
        Qt::QueuedConnection);
}

void RetrievalQueue::enforceCacheLimits() {
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->enforceCacheLimits(); }, Qt::QueuedConnection);
}

void RetrievalQueue::auditMismatch(const QString& studyUid, const PatientMismatch& mismatch) {
    if (!m_audit || !m_running.contains(studyUid))
        return;
    const Origin origin = m_running.value(studyUid);
    AuditEventBuilder event =
        AuditEventBuilder::activity(QStringLiteral("patient-mismatch"),
                                    QStringLiteral("DICOM patient differs from the FHIR Patient"),
                                    AuditEventBuilder::Action::Read);
    event.application(QSysInfo::machineHostName())
        .server(origin.server.fhirBase)
        .patient(origin.patient.patientReference, origin.patient.identifiers.value(0))
        .study(studyUid)
        .outcome(AuditEventBuilder::Outcome::MinorFailure,
                 mismatch.differences.join(QStringLiteral("; ")));
    m_audit->record(event.build());
}

void RetrievalQueue::auditRetrieval(const QString& studyUid, const Origin& origin,
                                    const RetrieveOutcome& outcome) {
    if (!m_audit)
        return;
    const bool dimse = origin.server.isDicomNode();
    AuditEventBuilder event = AuditEventBuilder::activity(
        dimse ? QStringLiteral("dicom-retrieve") : QStringLiteral("dicomweb-retrieve"),
        dimse ? QStringLiteral("DICOM C-GET retrieval into the cache")
              : QStringLiteral("DICOMweb retrieval into the cache"),
        AuditEventBuilder::Action::Read);
    if (dimse)
        event.detail(QStringLiteral("calling-ae"), origin.server.dicomNode.callingAeTitle)
            .detail(QStringLiteral("called-ae"), origin.server.dicomNode.calledAeTitle);
    QString detail = tr("%1 stored, %2 from the cache, %3 missing")
                         .arg(outcome.stored)
                         .arg(outcome.alreadyCached)
                         .arg(outcome.missing);
    if (!outcome.errors.isEmpty())
        detail += QStringLiteral("; ") + outcome.errors.first().message;
    if (!outcome.notDisplayable.isEmpty())
        detail += QStringLiteral("; ") + outcome.notDisplayable.first();
    if (!outcome.notes.isEmpty())
        detail += QStringLiteral("; ") + outcome.notes.first();
    event.application(QSysInfo::machineHostName())
        .server(origin.server.fhirBase)
        .patient(origin.patient.patientReference, origin.patient.identifiers.value(0))
        .study(studyUid)
        .outcome(outcome.complete()  ? AuditEventBuilder::Outcome::Success
                 : outcome.cancelled ? AuditEventBuilder::Outcome::MinorFailure
                                     : AuditEventBuilder::Outcome::SeriousFailure,
                 detail);
    if (outcome.alreadyCached > 0)
        event.detail(QStringLiteral("cache-hit"), QString::number(outcome.alreadyCached));
    m_audit->record(event.build());
}

} // namespace sightline
