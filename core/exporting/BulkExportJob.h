#pragma once
// Runs one Bulk Data export end to end: kick-off (GET or POST), status polling that honours
// Retry-After (seconds or HTTP-date) and X-Progress, backs off exponentially without it or on
// 429 and transient 5xx, then downloads every output and error file into the output folder —
// a bounded number at a time, each to a ".part" file that resumes with Range after a dropped
// connection or a restart, checked line by line as NDJSON while it is written, renamed when
// complete. The manifest and a summary are saved beside the data. cancel() stops everything and
// DELETEs the export on the server. The token goes only to the server's own origin, and to
// file URLs only when the manifest says requiresAccessToken; redirects never carry it elsewhere
// (HttpPolicy decides each one: kick-off, status and DELETE go through RestCall, file downloads
// stream through HttpPolicy::send). Without a QNetworkAccessManager it makes its own, so it can run
// on a worker thread (JobManager does that: files are written off the GUI thread); with one, it
// must live on that manager's thread.

#include "common/Clock.h"
#include "common/Result.h"
#include "exporting/BulkExportManifest.h"
#include "exporting/BulkExportRequest.h"
#include "network/HttpRequestSpec.h"
#include "network/LowSpeedWatch.h"
#include "network/SharedAuthorization.h"

#include <QDateTime>
#include <QHash>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace sightline {

class NdjsonChecker;
class RestCall;

struct BulkExportProgress {
    enum class Phase { KickOff, Waiting, Downloading, Finished };
    Phase phase = Phase::KickOff;
    int serverPercent = -1; // from X-Progress when it carries a number
    QString serverStatus;   // X-Progress as sent
    qint64 bytes = 0;
    qint64 resources = 0;
    int filesDone = 0;
    int filesTotal = 0;
    // The server answered 429 (too many requests): no new try before this (UTC). Shown, so a
    // wait is never mistaken for progress.
    QDateTime rateLimitedUntil;
};

struct BulkExportSummary {
    QString outputDir;
    QStringList files;            // written, relative to outputDir
    QHash<QString, qint64> lines; // per resource type
    qint64 malformedLines = 0;
    QStringList problems;
    qint64 bytes = 0;
    int errorFiles = 0;
};

class BulkExportJob : public QObject {
    Q_OBJECT
public:
    struct Options {
        int parallelDownloads = 3;
        int maxTransientFailures = 6; // 5xx or dropped connections in a row, per step
        qint64 firstPollDelayMs = 1000;
        qint64 maxPollDelayMs = 60000;
        // A file arriving slower than this over a whole window is stopped and resumed with a
        // Range request, as a transient failure.
        LowSpeedLimit lowSpeed;
    };

    BulkExportJob(QNetworkAccessManager* network, QUrl fhirBase, BulkExportRequest request,
                  QString outputDir, QObject* parent = nullptr);
    ~BulkExportJob() override;

    void setOptions(const Options& options) { m_options = options; }
    // Reads Retry-After dates and times the 429 wait; it must outlive the job.
    void setClock(const Clock& clock) { m_clock = &clock; }
    // The Authorization header value for the server ("Bearer …"), never logged.
    void setAuthorization(const QByteArray& value) {
        m_authorization = std::make_shared<SharedAuthorization>(value);
    }
    // The same, read afresh for every request: the session renews it while the job runs.
    void setAuthorization(SharedAuthorizationPtr value) {
        m_authorization = value ? std::move(value) : std::make_shared<SharedAuthorization>();
    }
    // Continues a job whose status URL is known (after a restart); files already complete are
    // kept, ".part" files resume.
    void resume(const QUrl& statusUrl);
    void start();
    // Stops the transfers, DELETEs the export on the server, then reports Cancelled.
    void cancel();

    QUrl statusUrl() const { return m_statusUrl; }
    const BulkExportProgress& progress() const { return m_progress; }

signals:
    void statusUrlKnown(const QUrl& statusUrl);
    void progressChanged(const sightline::BulkExportProgress& progress);
    void finished(const sightline::Result<sightline::BulkExportSummary>& summary);

private:
    struct Download;
    void poll();
    void schedulePoll(qint64 delayMs);
    void handleStatus(const sightline::Result<sightline::HttpResponse>& result);
    void startDownloads(const BulkExportManifest& manifest);
    void startNextDownloads();
    void startDownload(Download* download);
    void downloadFinished(Download* download, QNetworkReply* reply);
    // The transfer ended but the file is not whole (a broken last line, or fewer lines than
    // the manifest's count): keep `keepBytes`, resume after a pause, or fail after too many.
    void incompleteDownload(Download* download, qint64 keepBytes, bool brokenEnd);
    void finishAll();
    void fail(const Error& error);
    // Removes the half-written files of an ended job and names the finished ones in `error`.
    Error withLeftovers(Error error);
    // A request with the export's timeout, no retries of RestCall's own (the export backs off
    // itself) and the token when `withToken` and there is one.
    HttpRequestSpec specFor(const QUrl& url, bool withToken) const;
    // Starts nothing: the caller connects, then starts the call. It becomes m_pending.
    RestCall* send(HttpRequestSpec spec);
    QNetworkAccessManager* network();
    bool sameOrigin(const QUrl& url) const;
    void emitProgress();

    QNetworkAccessManager* m_network;
    QUrl m_fhirBase;
    BulkExportRequest m_request;
    QString m_outputDir;
    Options m_options;
    const Clock* m_clock = &Clock::system();
    SharedAuthorizationPtr m_authorization = std::make_shared<SharedAuthorization>();
    QUrl m_statusUrl;
    QPointer<RestCall> m_pending; // the kick-off, status or DELETE request in flight
    QTimer* m_pollTimer;
    int m_transientFailures = 0;
    qint64 m_nextBackoffMs = 0;
    BulkExportProgress m_progress;
    BulkExportManifest m_manifest;
    std::vector<std::unique_ptr<Download>> m_downloads;
    BulkExportSummary m_summary;
    bool m_done = false;
    bool m_resuming = false; // files complete on disk are kept (only when resuming)
};

} // namespace sightline

Q_DECLARE_METATYPE(sightline::BulkExportProgress)
Q_DECLARE_METATYPE(sightline::BulkExportSummary)
