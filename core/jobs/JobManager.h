#pragma once
// Runs Sightline's background jobs from the persistent JobStore: starts queued jobs (one at a
// time per target server), records progress without blocking anyone, retries transient failures
// with exponential backoff (network, timeouts, 429, 5xx — never a refusal), pauses, resumes,
// cancels (telling the server), and after a restart or crash continues what was running from
// its status URL and half-written files. Every lifecycle step is audited. Lives on the GUI (or
// main) thread; the work runs on its own worker thread, through a JobRunner per job kind
// (bulk exports, DICOM study exports, pushes).

#include "common/Clock.h"
#include "common/Result.h"
#include "exporting/BulkExportJob.h"
#include "exporting/DicomStudyExport.h"
#include "exporting/PushRequest.h"
#include "jobs/JobRecord.h"
#include "jobs/JobRunner.h"
#include "network/SharedAuthorization.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThread>

#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace sightline {

class AuditTrail;
class JobStore;

class JobManager : public QObject {
    Q_OBJECT
public:
    // The Authorization header value for a target (a session's bearer token), or empty.
    using AuthorizationProvider = std::function<QByteArray(const QString& target)>;

    struct Options {
        int maxAttempts = 4;
        qint64 retryBaseMs = 2000;
        BulkExportJob::Options exportOptions;
    };

    // `network` is used for the DELETE of jobs cancelled while not running; transfers use the
    // worker thread's own.
    JobManager(JobStore* store, QNetworkAccessManager* network, AuditTrail* audit,
               QObject* parent = nullptr);
    ~JobManager() override;

    void setAuthorizationProvider(AuthorizationProvider provider) {
        m_authorization = std::move(provider);
    }
    // The target's session has a new token (or none): running jobs send it from their next
    // request on.
    void authorizationChanged(const QString& target);
    void setOptions(const Options& options) { m_options = options; }
    // When a retry is due and how often progress is saved; it must outlive the manager.
    void setClock(const Clock& clock) { m_clock = &clock; }
    // Job kinds whose runner needs what only the application holds (PrefetchRunner needs the
    // ImagingService): the factory makes a runner for a stored job of that kind.
    using RunnerFactory = std::function<JobRunner*(const JobRecord&)>;
    void registerRunner(const QString& kind, RunnerFactory factory) {
        m_factories.insert(kind, std::move(factory));
    }
    // Any job made by a runner's record() (a prefetch, say).
    Result<JobRecord> submitJob(const JobRecord& job) { return submit(job); }

    Result<JobRecord> submitBulkExport(const QString& target, const QUrl& fhirBase,
                                       const BulkExportRequest& request, const QString& outputDir);
    Result<JobRecord> submitDicomExport(const QString& cacheRoot,
                                        const DicomExportRequest& request);
    // Refused when the request is incomplete; the report goes to `reportDir`.
    Result<JobRecord> submitPush(const PushRequest& request, const QString& reportDir);
    // Picks up what an earlier run left: running jobs continue, queued ones start.
    void resumeAll();
    Status cancel(qint64 id);
    Status pause(qint64 id);
    Status resume(qint64 id);
    Status retry(qint64 id);
    // Takes a finished job off the list; what it wrote stays where it is.
    Status remove(qint64 id);
    QList<JobRecord> jobs() const;
    bool isRunning(qint64 id) const { return m_running.contains(id); }

signals:
    void jobChanged(const sightline::JobRecord& job);
    void jobRemoved(qint64 id);

private:
    // Stops running jobs that another process cancelled in the shared store.
    void followStore();
    Result<JobRecord> submit(const JobRecord& job);
    JobRunner* runnerFor(const JobRecord& job);
    // The target's Authorization value as running jobs share it, kept current by
    // authorizationChanged(); null when the target is empty.
    SharedAuthorizationPtr sharedAuthorization(const QString& target);
    void schedule();
    void run(JobRecord job);
    void finished(qint64 id, const Result<JobOutcome>& result);
    void progressed(qint64 id, const QJsonObject& progress);
    void save(const JobRecord& job);
    // DELETEs a job's export on the server (a job cancelled while not running).
    void forgetOnServer(const JobRecord& job);
    void audit(const JobRecord& job, const QString& step, bool success, const QString& text = {});
    Result<JobRecord> load(qint64 id) const;

    JobStore* m_store;
    QNetworkAccessManager* m_network;
    AuditTrail* m_audit;
    AuthorizationProvider m_authorization;
    QHash<QString, std::weak_ptr<SharedAuthorization>> m_sharedAuthorizations;
    QHash<QString, RunnerFactory> m_factories;
    Options m_options;
    const Clock* m_clock = &Clock::system();
    QHash<qint64, JobRunner*> m_running;
    QHash<qint64, JobRecord> m_live; // running jobs, fresher than the store
    QHash<qint64, qint64> m_progressSavedMs;
    QHash<qint64, qint64> m_progressEmittedMs;
    QTimer* m_wakeUp;
    QTimer* m_storeWatch;
    QThread m_worker;
};

} // namespace sightline
