#pragma once
// Retrievals into the image cache, run on one worker thread (RetrievalWorker, with its own
// network manager and cache connection), several studies at a time. Each study on its way has
// one Retrieval that every caller asking for it shares (progress, thumbnails, a patient
// mismatch, the outcome, cancel); the queue's own signals carry every retrieval for observers
// of all of them. Each retrieval, its outcome and any patient mismatch go to the audit trail.
// GUI-thread object.

#include "cache/CacheConnections.h"
#include "imaging/PatientMatch.h"
#include "imaging/Retrieval.h"
#include "imaging/StudyRetriever.h"
#include "servers/ServerProfile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <optional>

class QNetworkAccessManager;

namespace sightline {

class AuditTrail;
class NetworkRecorder;
class RetrievalWorker;

class RetrievalQueue : public QObject {
    Q_OBJECT
public:
    // `network`, when given (without a parent), is what the worker thread retrieves with
    // (tests script it); the queue takes it over.
    RetrievalQueue(CacheConnections cache, NetworkRecorder* recorder, AuditTrail* audit = nullptr,
                   QObject* parent = nullptr, QNetworkAccessManager* network = nullptr);
    ~RetrievalQueue() override; // cancels what is running, then stops the thread

    // Whom a retrieval is for, as the audit trail records it.
    struct Origin {
        ServerProfile server;
        PatientIdentity patient;
    };
    // Holds a place for the study and returns its Retrieval; the retrieval itself begins with
    // start() (once its authorization is known). The Retrieval already there, if the study is
    // on its way.
    Retrieval* reserve(const QString& studyUid, const Origin& origin);
    // Begins the retrieval reserved for `request.studyUid`.
    void start(const RetrieveRequest& request);
    // Whether the study's running retrieval brings `series` (empty: the whole study).
    bool brings(const QString& studyUid, const QStringList& series) const;
    // For a caller who asks for more of a study than its running retrieval brings: the
    // study's Retrieval lasts until a retrieval of what was asked (given by startAfter(), once
    // its authorization is known) has followed the running one, and reports that one's outcome.
    Retrieval* reserveFollowUp(const QString& studyUid);
    void startAfter(const RetrieveRequest& request);
    void cancel(const QString& studyUid);
    bool isRetrieving(const QString& studyUid) const { return m_running.contains(studyUid); }
    bool hasRetrievals() const { return !m_running.isEmpty(); }
    // Applies the cache's (new) limits at once on the worker thread (cacheChanged follows).
    void enforceCacheLimits();

signals:
    void progress(const QString& studyUid, const sightline::RetrieveProgress& progress);
    void seriesThumbnail(const QString& studyUid, const QString& seriesUid, const QImage& image);
    void mismatchFound(const QString& studyUid, const sightline::PatientMismatch& mismatch);
    void seriesComplete(const QString& studyUid, const QString& seriesUid);
    void finished(const QString& studyUid, const sightline::RetrieveOutcome& outcome);
    // Images left the cache for new limits (`evicted` of them).
    void cacheChanged(qint64 evicted);

private:
    void auditMismatch(const QString& studyUid, const PatientMismatch& mismatch);
    void auditRetrieval(const QString& studyUid, const Origin& origin,
                        const RetrieveOutcome& outcome);

    QPointer<AuditTrail> m_audit;
    QThread m_thread;
    RetrievalWorker* m_worker;
    // The study's last retrieval has ended: its Retrieval and observers get the outcome.
    void conclude(const QString& study, const RetrieveOutcome& outcome);
    // Starts the study's follow-up if the running retrieval has ended and it is known.
    void startFollowUp(const QString& studyUid);

    QHash<QString, Origin> m_running;                 // study → whom it is for
    QHash<QString, QPointer<Retrieval>> m_retrievals; // study → its Retrieval
    QHash<QString, QStringList> m_scope;              // study → series running (empty: all)
    // A retrieval to follow the running one: asked for (request unknown until startAfter()),
    // and whether the running one has ended meanwhile.
    struct FollowUp {
        std::optional<RetrieveRequest> request;
        bool previousEnded = false;
    };
    QHash<QString, FollowUp> m_followUps;
};

} // namespace sightline
