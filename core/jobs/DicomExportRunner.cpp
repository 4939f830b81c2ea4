#include "jobs/DicomExportRunner.h"

#include "common/BackgroundWork.h"
#include "common/Clock.h"
#include <QDateTime>
#include <QFileInfo>

namespace sightline {

namespace {

const QString cacheRootKey = QStringLiteral("cacheRoot");
const QString requestKey = QStringLiteral("request");

QJsonObject progressJson(const DicomExportProgress& p) {
    return {{QStringLiteral("phase"), QStringLiteral("writing")},
            {QStringLiteral("bytes"), double(p.bytes)},
            {QStringLiteral("filesDone"), p.done},
            {QStringLiteral("filesTotal"), p.total},
            {QStringLiteral("atMs"), double(Clock::system().nowMs())}};
}

} // namespace

DicomExportRunner::~DicomExportRunner() {
    // Paused or shut down: stop at the next file and let the export clean up after itself.
    m_cancelled->store(true);
    if (m_watcher)
        m_watcher->waitForFinished();
}

JobRecord DicomExportRunner::record(const QString& cacheRoot, const DicomExportRequest& request) {
    JobRecord job;
    job.kind = QLatin1String(kind);
    job.title = request.describe();
    job.target = QStringLiteral("local:dicom-export"); // one study export at a time
    job.outputDir = request.format == DicomExportRequest::Format::Zip
                        ? QFileInfo(request.output).absolutePath()
                        : request.output;
    job.parameters = {{cacheRootKey, cacheRoot}, {requestKey, request.toJson()}};
    return job;
}

void DicomExportRunner::start(const JobRecord& job) {
    const QString cacheRoot = job.parameters.value(cacheRootKey).toString();
    const DicomExportRequest request =
        DicomExportRequest::fromJson(job.parameters.value(requestKey).toObject());
    m_cancelled->store(false);
    m_watcher = new QFutureWatcher<Result<DicomExportSummary>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Result<DicomExportSummary> result = m_watcher->result();
        if (!result) {
            emit finished(result.error());
            return;
        }
        JobOutcome outcome;
        outcome.progress = result->toJson();
        outcome.progress.insert(QStringLiteral("phase"), QStringLiteral("finished"));
        outcome.progress.insert(QStringLiteral("filesDone"), result->instances);
        outcome.progress.insert(QStringLiteral("filesTotal"), result->instances);
        outcome.summary = tr("%n instance(s), %1 MB", nullptr, result->instances)
                              .arg(double(result->bytes) / 1e6, 0, 'f', 1);
        if (!result->burnedInWarnings.isEmpty())
            outcome.summary += QLatin1Char(' ') + tr("(check for burned-in annotation)");
        emit finished(outcome);
    });
    // The callback runs on the pool thread; the signal is queued to the manager.
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    auto report = [this](const DicomExportProgress& p) { emit progressChanged(progressJson(p)); };
    m_watcher->setFuture(runInBackground([cacheRoot, request, cancelled, report] {
        // The cache the job was submitted for, as the job record names it.
        return DicomStudyExport(CacheConnections(cacheRoot), request).run(report, cancelled.get());
    }));
}

void DicomExportRunner::cancel() {
    m_cancelled->store(true);
}

} // namespace sightline
