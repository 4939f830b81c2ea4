#include "jobs/BulkExportRunner.h"

#include "common/Clock.h"
#include "deidentify/FhirDeidentifier.h"

#include "common/BackgroundWork.h"
#include <QDateTime>
#include <QDir>
#include <QJsonArray>

namespace sightline {

namespace {

QJsonObject progressJson(const BulkExportProgress& p) {
    static const char* const phases[] = {"kick-off", "waiting", "downloading", "finished"};
    QJsonObject json{{QStringLiteral("phase"), QLatin1String(phases[int(p.phase)])},
                     {QStringLiteral("serverPercent"), p.serverPercent},
                     {QStringLiteral("serverStatus"), p.serverStatus},
                     {QStringLiteral("bytes"), double(p.bytes)},
                     {QStringLiteral("resources"), double(p.resources)},
                     {QStringLiteral("filesDone"), p.filesDone},
                     {QStringLiteral("filesTotal"), p.filesTotal},
                     {QStringLiteral("atMs"), double(Clock::system().nowMs())}};
    if (p.rateLimitedUntil.isValid())
        json.insert(QStringLiteral("rateLimitedUntil"), p.rateLimitedUntil.toString(Qt::ISODate));
    return json;
}

// Writes de-identified copies of an export's resource files (not its error files) to
// `folder`, reporting each file done; the counts as JSON for the job's progress.
Result<QJsonObject> deidentifyFiles(const BulkExportSummary& summary, const QString& keyFile,
                                    const QString& folder, const std::atomic_bool* cancelled,
                                    const std::function<void(int, int)>& report) {
    const Result<QByteArray> key = Pseudonymizer::keyFromFile(keyFile);
    if (!key)
        return key.error();
    if (!QDir().mkpath(folder))
        return Error::make(Error::Kind::Storage,
                           BulkExportRunner::tr("The folder %1 cannot be created.").arg(folder));
    QStringList files;
    for (const QString& file : summary.files) {
        if (!file.startsWith(QLatin1String("errors")))
            files << file;
    }
    const FhirDeidentifier deidentifier{Pseudonymizer(key.value())};
    FhirDeidentifyCounts total;
    for (int i = 0; i < files.size(); ++i) {
        if (cancelled->load())
            return Error::make(Error::Kind::Cancelled,
                               BulkExportRunner::tr("The export was cancelled."));
        report(i, int(files.size()));
        const auto counts = deidentifier.deidentifyNdjson(
            QDir(summary.outputDir).filePath(files.at(i)), QDir(folder).filePath(files.at(i)));
        if (!counts)
            return counts.error();
        total.resources += counts->resources;
        total.removed += counts->removed;
        total.datesShifted += counts->datesShifted;
        total.malformedLines += counts->malformedLines;
    }
    return QJsonObject{{QStringLiteral("deidentifiedFolder"), folder},
                       {QStringLiteral("deidentifiedResources"), double(total.resources)},
                       {QStringLiteral("deidentifiedRemoved"), double(total.removed)},
                       {QStringLiteral("deidentifiedDatesShifted"), double(total.datesShifted)}};
}

} // namespace

BulkExportRunner::~BulkExportRunner() {
    m_cancelled->store(true);
    if (m_deidentifying)
        m_deidentifying->waitForFinished();
}

BulkExportRunner::BulkExportRunner(SharedAuthorizationPtr authorization,
                                   BulkExportJob::Options options)
    : m_authorization(std::move(authorization))
    , m_options(options) {
    qRegisterMetaType<BulkExportProgress>();
    qRegisterMetaType<Result<BulkExportSummary>>();
}

JobRecord BulkExportRunner::record(const QString& target, const QUrl& fhirBase,
                                   const BulkExportRequest& request, const QString& outputDir) {
    JobRecord job;
    job.kind = QLatin1String(kind);
    job.title = request.describe();
    job.target = target;
    job.outputDir = outputDir;
    job.parameters = {{QStringLiteral("fhirBase"), fhirBase.toString()},
                      {QStringLiteral("request"), request.toJson()}};
    return job;
}

void BulkExportRunner::start(const JobRecord& job) {
    const QUrl fhirBase(job.parameters.value(QLatin1String("fhirBase")).toString());
    const BulkExportRequest request =
        BulkExportRequest::fromJson(job.parameters.value(QLatin1String("request")).toObject());
    m_request = request;
    // No network manager: the job makes its own on this (the worker) thread.
    m_job = new BulkExportJob(nullptr, fhirBase, request, job.outputDir, this);
    m_job->setOptions(m_options);
    if (m_authorization)
        m_job->setAuthorization(m_authorization);
    connect(m_job, &BulkExportJob::statusUrlKnown, this,
            [this](const QUrl& url) { emit checkpoint(url.toString()); });
    connect(m_job, &BulkExportJob::progressChanged, this,
            [this](const BulkExportProgress& progress) {
                emit progressChanged(progressJson(progress));
            });
    connect(m_job, &BulkExportJob::finished, this, [this](const Result<BulkExportSummary>& result) {
        if (!result) {
            emit finished(result.error());
            return;
        }
        qint64 resources = 0;
        for (qint64 lines : result->lines)
            resources += lines;
        JobOutcome outcome;
        outcome.progress = {{QStringLiteral("phase"), QStringLiteral("finished")},
                            {QStringLiteral("bytes"), double(result->bytes)},
                            {QStringLiteral("resources"), double(resources)},
                            {QStringLiteral("malformedLines"), double(result->malformedLines)}};
        outcome.summary = tr("%1 resources in %2 files").arg(resources).arg(result->files.size());
        // Problems (the server's error files, broken lines) are said with the outcome.
        outcome.progress.insert(QStringLiteral("problems"),
                                QJsonArray::fromStringList(result->problems));
        if (!result->problems.isEmpty())
            outcome.summary += QStringLiteral("; ") +
                               tr("%n problem(s): %1", nullptr, int(result->problems.size()))
                                   .arg(result->problems.first());
        if (m_request.deidentify)
            return deidentify(*result, outcome);
        emit finished(outcome);
    });
    if (!job.statusUrl.isEmpty())
        m_job->resume(QUrl(job.statusUrl));
    else
        m_job->start();
}

void BulkExportRunner::deidentify(const BulkExportSummary& summary, JobOutcome outcome) {
    m_deidentifying = new QFutureWatcher<Result<QJsonObject>>(this);
    connect(m_deidentifying, &QFutureWatcherBase::finished, this, [this, outcome]() mutable {
        const Result<QJsonObject> counts = m_deidentifying->result();
        if (!counts)
            return emit finished(counts.error());
        for (auto it = counts->begin(); it != counts->end(); ++it)
            outcome.progress.insert(it.key(), it.value());
        outcome.summary +=
            QLatin1Char(' ') + tr("(de-identified copies in %1)").arg(deidentifiedFolder());
        emit finished(outcome);
    });
    // The callback runs on the pool thread; the signal is queued to the manager.
    auto report = [this, bytes = double(summary.bytes)](int done, int total) {
        emit progressChanged({{QStringLiteral("phase"), QStringLiteral("de-identifying")},
                              {QStringLiteral("bytes"), bytes},
                              {QStringLiteral("filesDone"), done},
                              {QStringLiteral("filesTotal"), total},
                              {QStringLiteral("atMs"), double(Clock::system().nowMs())}});
    };
    const QString folder = QDir(summary.outputDir).filePath(deidentifiedFolder());
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    m_deidentifying->setFuture(
        runInBackground([summary, keyFile = m_request.keyFile, folder, cancelled, report] {
            return deidentifyFiles(summary, keyFile, folder, cancelled.get(), report);
        }));
}

void BulkExportRunner::cancel() {
    m_cancelled->store(true);
    // DELETEs on the server, then reports Cancelled.
    QMetaObject::invokeMethod(this, [this] {
        if (m_job)
            m_job->cancel();
    });
}

} // namespace sightline
