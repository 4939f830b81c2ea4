#include "jobs/JobManager.h"

#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "common/LogCategories.h"
#include "jobs/BulkExportRunner.h"
#include "jobs/DicomExportRunner.h"
#include "jobs/JobStore.h"
#include "jobs/PushRunner.h"
#include "network/HttpPolicy.h"
#include "network/RestCall.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimer>

namespace sightline {

namespace {

bool isTransient(const Error& error) {
    switch (error.kind) {
    case Error::Kind::Network:
    case Error::Kind::Timeout:
        return true;
    case Error::Kind::Http:
        return error.httpStatus == 429 || error.httpStatus >= 500;
    default:
        return false;
    }
}

} // namespace

JobManager::JobManager(JobStore* store, QNetworkAccessManager* network, AuditTrail* audit,
                       QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
    , m_audit(audit)
    , m_wakeUp(new QTimer(this)) {
    m_wakeUp->setSingleShot(true);
    connect(m_wakeUp, &QTimer::timeout, this, &JobManager::schedule);
    // The store is shared with other Sightline processes: a job one of them cancelled stops
    // here within a second, and ends "cancelled" (not "failed" with the server's 404).
    m_storeWatch = new QTimer(this);
    m_storeWatch->setInterval(1000);
    connect(m_storeWatch, &QTimer::timeout, this, &JobManager::followStore);
    m_storeWatch->start();
    qRegisterMetaType<Result<JobOutcome>>();
    m_worker.setObjectName(QStringLiteral("sightline-jobs"));
    m_worker.start();
}

JobManager::~JobManager() {
    // Running jobs stay "running" in the store: the next start continues them.
    for (JobRunner* job : std::as_const(m_running)) {
        job->disconnect(this);
        job->deleteLater(); // on the worker thread, as it finishes
    }
    m_worker.quit();
    m_worker.wait();
}

Result<JobRecord> JobManager::load(qint64 id) const {
    const auto job = m_store->get(id);
    if (!job)
        return Error::make(Error::Kind::NotFound, tr("There is no job %1.").arg(id));
    return *job;
}

QList<JobRecord> JobManager::jobs() const {
    return m_store->list();
}

void JobManager::save(const JobRecord& job) {
    m_store->update(job);
    emit jobChanged(job);
}

void JobManager::audit(const JobRecord& job, const QString& step, bool success,
                       const QString& text) {
    if (!m_audit)
        return;
    AuditEventBuilder event =
        AuditEventBuilder::activity(QStringLiteral("export-job"), QStringLiteral("Export job"),
                                    AuditEventBuilder::Action::Execute);
    event
        .outcome(success ? AuditEventBuilder::Outcome::Success
                         : AuditEventBuilder::Outcome::SeriousFailure,
                 text)
        .detail(QStringLiteral("job"), QString::number(job.id))
        .detail(QStringLiteral("step"), step)
        .detail(QStringLiteral("request"), job.title);
    if (const QString base = job.parameters.value(QLatin1String("fhirBase")).toString();
        !base.isEmpty())
        event.server(QUrl(base));
    const QJsonObject request = job.parameters.value(QLatin1String("request")).toObject();
    if (const QString study = request.value(QLatin1String("study")).toString(); !study.isEmpty())
        event.study(study);
    m_audit->record(event.build());
}

Result<JobRecord> JobManager::submitBulkExport(const QString& target, const QUrl& fhirBase,
                                               const BulkExportRequest& request,
                                               const QString& outputDir) {
    return submit(BulkExportRunner::record(target, fhirBase, request, outputDir));
}

Result<JobRecord> JobManager::submitDicomExport(const QString& cacheRoot,
                                                const DicomExportRequest& request) {
    return submit(DicomExportRunner::record(cacheRoot, request));
}

Result<JobRecord> JobManager::submitPush(const PushRequest& request, const QString& reportDir) {
    if (const QString problem = request.problem(); !problem.isEmpty())
        return Error::make(Error::Kind::InvalidInput, problem);
    return submit(PushRunner::record(request, reportDir));
}

Result<JobRecord> JobManager::submit(const JobRecord& job) {
    Result<JobRecord> added = m_store->add(job);
    if (!added)
        return added;
    audit(added.value(), QStringLiteral("queued"), true);
    emit jobChanged(added.value());
    QTimer::singleShot(0, this, &JobManager::schedule);
    return added;
}

SharedAuthorizationPtr JobManager::sharedAuthorization(const QString& target) {
    if (target.isEmpty())
        return nullptr;
    if (SharedAuthorizationPtr live = m_sharedAuthorizations.value(target).lock())
        return live;
    auto shared = std::make_shared<SharedAuthorization>(m_authorization ? m_authorization(target)
                                                                        : QByteArray());
    m_sharedAuthorizations.insert(target, shared);
    return shared;
}

void JobManager::authorizationChanged(const QString& target) {
    if (SharedAuthorizationPtr live = m_sharedAuthorizations.value(target).lock())
        live->set(m_authorization ? m_authorization(target) : QByteArray());
    else
        m_sharedAuthorizations.remove(target);
}

JobRunner* JobManager::runnerFor(const JobRecord& job) {
    if (job.kind == QLatin1String(BulkExportRunner::kind))
        return new BulkExportRunner(sharedAuthorization(job.target), m_options.exportOptions);
    if (job.kind == QLatin1String(DicomExportRunner::kind))
        return new DicomExportRunner;
    if (job.kind == QLatin1String(PushRunner::kind)) {
        const PushRequest request =
            PushRequest::fromJson(job.parameters.value(QLatin1String("request")).toObject());
        return new PushRunner(sharedAuthorization(request.source.id),
                              sharedAuthorization(request.target.id));
    }
    if (const auto factory = m_factories.constFind(job.kind); factory != m_factories.cend())
        return (*factory)(job);
    return nullptr;
}

void JobManager::resumeAll() {
    for (JobRecord job : m_store->unfinished()) {
        if (job.state == JobRecord::State::Running && !m_running.contains(job.id)) {
            job.state = JobRecord::State::Queued; // interrupted: continue from where it was
            save(job);
            audit(job, QStringLiteral("resumed after restart"), true);
        }
    }
    schedule();
}

void JobManager::schedule() {
    const QDateTime now = m_clock->nowUtc();
    QSet<QString> busy;
    for (const JobRecord& live : std::as_const(m_live))
        busy.insert(live.target);
    qint64 wakeInMs = -1;
    for (const JobRecord& job : m_store->unfinished()) {
        if (job.state != JobRecord::State::Queued || busy.contains(job.target))
            continue;
        if (job.nextAttemptUtc.isValid() && job.nextAttemptUtc > now) {
            const qint64 wait = now.msecsTo(job.nextAttemptUtc);
            wakeInMs = wakeInMs < 0 ? wait : std::min(wakeInMs, wait);
            continue;
        }
        busy.insert(job.target); // one job per server at a time
        run(job);
    }
    if (wakeInMs >= 0)
        m_wakeUp->start(int(std::min<qint64>(wakeInMs, 24 * 3600 * 1000)));
}

void JobManager::run(JobRecord job) {
    const qint64 id = job.id;
    JobRunner* runner = runnerFor(job);
    if (!runner) {
        job.state = JobRecord::State::Failed;
        job.error = tr("Sightline does not know jobs of kind \"%1\".").arg(job.kind);
        save(job);
        audit(job, QStringLiteral("failed"), false, job.error);
        return;
    }
    runner->moveToThread(&m_worker);
    m_running.insert(id, runner);
    connect(runner, &JobRunner::checkpoint, this, [this, id](const QString& statusUrl) {
        auto live = m_live.find(id);
        if (live == m_live.end())
            return;
        live->statusUrl = statusUrl;
        m_store->updateRunning(*live);
        emit jobChanged(*live);
    });
    connect(runner, &JobRunner::progressChanged, this,
            [this, id](const QJsonObject& progress) { progressed(id, progress); });
    connect(runner, &JobRunner::finished, this,
            [this, id](const Result<JobOutcome>& result) { finished(id, result); });
    const bool resuming = !job.statusUrl.isEmpty();
    job.state = JobRecord::State::Running;
    job.error.clear();
    m_live.insert(id, job);
    save(job);
    audit(job, resuming ? QStringLiteral("continued") : QStringLiteral("started"), true);
    QMetaObject::invokeMethod(runner, [runner, job] { runner->start(job); });
}

void JobManager::progressed(qint64 id, const QJsonObject& progress) {
    // Kept in memory; the store is written at most every 500 ms and listeners hear at most
    // every 100 ms (and every phase change), so a fast job never floods the GUI thread.
    auto live = m_live.find(id);
    if (live == m_live.end())
        return;
    const QString phase = live->progress.value(QLatin1String("phase")).toString();
    live->progress = progress;
    const bool phaseChanged = phase != progress.value(QLatin1String("phase")).toString();
    const qint64 now = m_clock->nowMs();
    if (phaseChanged || now - m_progressSavedMs.value(id) >= 500) {
        m_progressSavedMs.insert(id, now);
        m_store->updateRunning(*live); // the state belongs to whoever changed it last
    }
    if (phaseChanged || now - m_progressEmittedMs.value(id) >= 100) {
        m_progressEmittedMs.insert(id, now);
        emit jobChanged(*live);
    }
}

void JobManager::followStore() {
    // Collected first: cancelling may finish a job at once, which changes m_running.
    QList<qint64> cancelled;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        const std::optional<JobRecord> stored = m_store->get(it.key());
        if (stored && stored->state == JobRecord::State::Cancelled)
            cancelled << it.key();
    }
    for (const qint64 id : std::as_const(cancelled)) {
        auto live = m_live.find(id);
        if (live == m_live.end() || live->state != JobRecord::State::Running)
            continue;
        live->state = JobRecord::State::Cancelled; // finished() then keeps it so
        emit jobChanged(*live);
        if (JobRunner* runner = m_running.value(id))
            runner->cancel();
    }
}

void JobManager::finished(qint64 id, const Result<JobOutcome>& result) {
    if (JobRunner* runner = m_running.take(id))
        runner->deleteLater();
    const std::optional<JobRecord> live =
        m_live.contains(id) ? std::optional<JobRecord>(m_live.take(id)) : m_store->get(id);
    if (!live)
        return;
    JobRecord job = *live;
    // Paused or cancelled meanwhile, here or by another process (whose cancel the server may
    // have answered with a 404 before this process noticed it).
    const std::optional<JobRecord> stored = m_store->get(id);
    if (job.state != JobRecord::State::Running ||
        (stored && stored->state == JobRecord::State::Cancelled))
        return schedule();
    if (result) {
        job.state = JobRecord::State::Completed;
        QJsonObject progress = job.progress;
        for (auto it = result->progress.begin(); it != result->progress.end(); ++it)
            progress.insert(it.key(), it.value());
        progress.insert(QStringLiteral("summary"), result->summary);
        job.progress = progress;
        save(job);
        audit(job, QStringLiteral("completed"), true, result->summary);
    } else if (result.error().kind == Error::Kind::Cancelled) {
        job.state = JobRecord::State::Cancelled;
        job.statusUrl.clear();
        save(job);
        audit(job, QStringLiteral("cancelled"), true);
    } else {
        job.error = result.error().message;
        if (result.error().kind == Error::Kind::NotFound)
            job.statusUrl.clear(); // expired on the server: the next attempt starts afresh
        if (isTransient(result.error()) && job.attempts + 1 < m_options.maxAttempts) {
            ++job.attempts;
            job.state = JobRecord::State::Queued;
            job.nextAttemptUtc =
                m_clock->nowUtc().addMSecs(m_options.retryBaseMs << (job.attempts - 1));
            save(job);
            audit(job, QStringLiteral("will retry"), false, job.error);
        } else {
            job.state = JobRecord::State::Failed;
            save(job);
            audit(job, QStringLiteral("failed"), false, job.error);
        }
    }
    schedule();
}

Status JobManager::cancel(qint64 id) {
    const Result<JobRecord> loaded = load(id);
    if (!loaded)
        return loaded.error();
    JobRecord job = loaded.value();
    if (job.isFinished())
        return Error::make(Error::Kind::InvalidInput, tr("Job %1 has already ended.").arg(id));
    if (JobRunner* running = m_running.value(id)) {
        running->cancel(); // reports Cancelled when stopped (handled in finished())
        return Done{};
    }
    if (!job.statusUrl.isEmpty())
        forgetOnServer(job);
    job.state = JobRecord::State::Cancelled;
    job.statusUrl.clear();
    save(job);
    audit(job, QStringLiteral("cancelled"), true);
    return Done{};
}

void JobManager::forgetOnServer(const JobRecord& job) {
    // Best effort, like the running export's own DELETE: the server's copy expires anyway.
    HttpRequestSpec spec;
    spec.method = "DELETE";
    spec.url = QUrl(job.statusUrl);
    spec.retry = RetryPolicy::none();
    spec.maxRedirects = 0; // a DELETE never turns into something else
    const QUrl fhirBase(job.parameters.value(QLatin1String("fhirBase")).toString());
    // The token goes to the server's own origin only, as with every request of the export.
    if (m_authorization && HttpPolicy::sameOrigin(spec.url, fhirBase)) {
        if (const QByteArray authorization = m_authorization(job.target); !authorization.isEmpty())
            spec.setHeader("Authorization", authorization);
    }
    auto* call = new RestCall(m_network, nullptr, std::move(spec), Clock::system(), this);
    connect(call, &RestCall::finished, this, [id = job.id](const Result<HttpResponse>& result) {
        if (!result || !result->isSuccess())
            qCInfo(lcNetwork) << "Job" << id << "cancelled; the server did not confirm the DELETE:"
                              << (result ? QString::number(result->status)
                                         : result.error().message);
    });
    call->start();
}

Status JobManager::pause(qint64 id) {
    const Result<JobRecord> loaded = load(id);
    if (!loaded)
        return loaded.error();
    JobRecord job = loaded.value();
    if (job.state != JobRecord::State::Running && job.state != JobRecord::State::Queued)
        return Error::make(Error::Kind::InvalidInput, tr("Job %1 is not running.").arg(id));
    if (const auto live = m_live.take(id); live.id == id)
        job = live; // its status URL and progress are newer than the store's
    job.state = JobRecord::State::Paused;
    save(job);
    if (JobRunner* running = m_running.take(id)) {
        running->disconnect(this);
        running->deleteLater(); // stops the work; a server keeps its export for resume
    }
    audit(job, QStringLiteral("paused"), true);
    schedule();
    return Done{};
}

Status JobManager::resume(qint64 id) {
    const Result<JobRecord> loaded = load(id);
    if (!loaded)
        return loaded.error();
    JobRecord job = loaded.value();
    if (job.state != JobRecord::State::Paused)
        return Error::make(Error::Kind::InvalidInput, tr("Job %1 is not paused.").arg(id));
    job.state = JobRecord::State::Queued;
    job.nextAttemptUtc = {};
    save(job);
    schedule();
    return Done{};
}

Status JobManager::retry(qint64 id) {
    const Result<JobRecord> loaded = load(id);
    if (!loaded)
        return loaded.error();
    JobRecord job = loaded.value();
    if (job.state != JobRecord::State::Failed && job.state != JobRecord::State::Cancelled)
        return Error::make(Error::Kind::InvalidInput, tr("Job %1 has not failed.").arg(id));
    if (job.state == JobRecord::State::Cancelled)
        job.statusUrl.clear(); // the server forgot it: start afresh
    job.state = JobRecord::State::Queued;
    job.attempts = 0;
    job.error.clear();
    job.nextAttemptUtc = {};
    save(job);
    audit(job, QStringLiteral("retried"), true);
    schedule();
    return Done{};
}

Status JobManager::remove(qint64 id) {
    const Result<JobRecord> loaded = load(id);
    if (!loaded)
        return loaded.error();
    if (!loaded->isFinished() || m_running.contains(id))
        return Error::make(Error::Kind::InvalidInput,
                           tr("Job %1 has not finished; cancel it first.").arg(id));
    if (const Status removed = m_store->remove(id); !removed)
        return removed;
    audit(loaded.value(), QStringLiteral("removed from the list"), true);
    emit jobRemoved(id);
    return Done{};
}

} // namespace sightline
