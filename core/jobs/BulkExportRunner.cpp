#include "jobs/BulkExportRunner.h"

#include <QDateTime>

namespace sightline {

namespace {

QJsonObject progressJson(const BulkExportProgress& p) {
    static const char* const phases[] = {"kick-off", "waiting", "downloading", "finished"};
    return {{QStringLiteral("phase"), QLatin1String(phases[int(p.phase)])},
            {QStringLiteral("serverPercent"), p.serverPercent},
            {QStringLiteral("serverStatus"), p.serverStatus},
            {QStringLiteral("bytes"), double(p.bytes)},
            {QStringLiteral("resources"), double(p.resources)},
            {QStringLiteral("filesDone"), p.filesDone},
            {QStringLiteral("filesTotal"), p.filesTotal},
            {QStringLiteral("atMs"), double(QDateTime::currentMSecsSinceEpoch())}};
}

} // namespace

BulkExportRunner::BulkExportRunner(QByteArray authorization, BulkExportJob::Options options)
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
    // No network manager: the job makes its own on this (the worker) thread.
    m_job = new BulkExportJob(nullptr, fhirBase, request, job.outputDir, this);
    m_job->setOptions(m_options);
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
        emit finished(outcome);
    });
    if (!job.statusUrl.isEmpty())
        m_job->resume(QUrl(job.statusUrl));
    else
        m_job->start();
}

void BulkExportRunner::cancel() {
    // DELETEs on the server, then reports Cancelled.
    QMetaObject::invokeMethod(this, [this] {
        if (m_job)
            m_job->cancel();
    });
}

} // namespace sightline
