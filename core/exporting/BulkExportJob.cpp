#include "exporting/BulkExportJob.h"

#include "exporting/BulkExportAnswer.h"

#include "common/AtomicFile.h"
#include "common/LogCategories.h"
#include "exporting/NdjsonChecker.h"
#include "fhir/OperationOutcome.h"
#include "network/HttpPolicy.h"
#include "network/RestCall.h"
#include "network/RetryPolicy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

#include <utility>

namespace sightline {

struct BulkExportJob::Download {
    BulkExportFile file;
    bool isError = false;
    QString name; // final file name in the output folder
    QFile part;
    std::unique_ptr<NdjsonChecker> checker;
    qint64 received = 0;
    int failures = 0;
    int redirects = 0;
    bool tokenAllowed = true; // false once a redirect left the manifest URL's origin
    bool running = false;
    bool done = false;
    bool tooSlow = false;        // the last attempt was stopped by the low-speed rule
    bool countRefetched = false; // fetched again once because its count disagreed
    QPointer<QNetworkReply> reply;
};

using BulkExportAnswer::exportFailed;
using BulkExportAnswer::httpText;
using BulkExportAnswer::isTransient;

namespace {

constexpr int kRequestTimeoutMs = 120000;
constexpr int kMaxRedirects = 5;

} // namespace

BulkExportJob::BulkExportJob(QNetworkAccessManager* network, QUrl fhirBase,
                             BulkExportRequest request, QString outputDir, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_fhirBase(std::move(fhirBase))
    , m_request(std::move(request))
    , m_outputDir(std::move(outputDir))
    , m_pollTimer(new QTimer(this)) {
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &BulkExportJob::poll);
    m_summary.outputDir = m_outputDir;
}

BulkExportJob::~BulkExportJob() {
    m_done = true;
    for (auto& d : m_downloads) {
        if (d->reply)
            d->reply->abort();
    }
    delete m_pending.data(); // its reply is aborted without a word back
}

bool BulkExportJob::sameOrigin(const QUrl& url) const {
    return HttpPolicy::sameOrigin(url, m_fhirBase);
}

HttpRequestSpec BulkExportJob::specFor(const QUrl& url, bool withToken) const {
    HttpRequestSpec spec;
    spec.url = url;
    spec.timeoutMs = kRequestTimeoutMs;
    spec.maxRedirects = kMaxRedirects;
    spec.retry = RetryPolicy::none(); // the export's own back-off decides (Retry-After, X-Progress)
    if (const QByteArray authorization = withToken ? m_authorization->value() : QByteArray();
        !authorization.isEmpty())
        spec.setHeader("Authorization", authorization);
    return spec;
}

RestCall* BulkExportJob::send(HttpRequestSpec spec) {
    auto* call = new RestCall(network(), nullptr, std::move(spec), *m_clock, this);
    m_pending = call;
    return call;
}

void BulkExportJob::emitProgress() {
    m_progress.bytes = 0;
    m_progress.resources = 0;
    for (const auto& d : m_downloads) {
        m_progress.bytes += d->received;
        if (d->checker && !d->isError)
            m_progress.resources += d->checker->lines();
    }
    emit progressChanged(m_progress);
}

void BulkExportJob::fail(const Error& error) {
    if (m_done)
        return;
    m_done = true;
    m_pollTimer->stop();
    for (auto& d : m_downloads) {
        if (d->reply)
            d->reply->abort();
    }
    emit finished(withLeftovers(error));
}

Error BulkExportJob::withLeftovers(Error error) {
    // A failure that may pass is tried again by the job list, which resumes the half-written
    // files: they stay. Otherwise they are of no use once the job has ended: only whole files
    // stay.
    const bool mayPass = error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout ||
                         error.httpStatus == 429 ||
                         (error.kind == Error::Kind::Http && error.httpStatus >= 500);
    m_progress.rateLimitedUntil = {};
    if (mayPass)
        return error;
    QStringList kept;
    for (auto& d : m_downloads) {
        if (d->part.isOpen())
            d->part.close();
        QFile::remove(QDir(m_outputDir).filePath(d->name + QStringLiteral(".part")));
        if (d->done)
            kept << d->name;
    }
    if (!kept.isEmpty()) {
        const QString where =
            tr("Finished files kept in %1: %2").arg(m_outputDir, kept.join(QLatin1String(", ")));
        error.details = error.details.isEmpty() ? where : error.details + QLatin1Char('\n') + where;
    }
    return error;
}

void BulkExportJob::start() {
    if (!QDir().mkpath(m_outputDir))
        return fail(Error::make(Error::Kind::Storage,
                                tr("The output folder %1 cannot be created.").arg(m_outputDir)));
    m_progress.phase = BulkExportProgress::Phase::KickOff;
    emitProgress();
    HttpRequestSpec spec = specFor(m_request.kickoffUrl(m_fhirBase), true);
    // A redirected kick-off is refused, as the server's answer: followed, a POST would become a
    // GET without its parameters, an export of more than was asked for.
    spec.maxRedirects = 0;
    spec.setHeader("Accept", "application/fhir+json");
    spec.setHeader("Prefer",
                   m_request.lenient ? "respond-async, handling=lenient" : "respond-async");
    if (m_request.usePost) {
        spec.method = "POST";
        spec.setHeader("Content-Type", "application/fhir+json");
        spec.body = QJsonDocument(m_request.parameters()).toJson(QJsonDocument::Compact);
    }
    RestCall* call = send(std::move(spec));
    connect(call, &RestCall::finished, this, [this](const Result<HttpResponse>& result) {
        if (m_done)
            return;
        const int status = result ? result->status : 0;
        if (status == 202) {
            if (result->header("Content-Location").isEmpty())
                return fail(Error::make(Error::Kind::MalformedData,
                                        tr("The server accepted the export but gave no status URL "
                                           "(Content-Location).")));
            m_statusUrl =
                m_fhirBase.resolved(QUrl(QString::fromUtf8(result->header("Content-Location"))));
            emit statusUrlKnown(m_statusUrl);
            const auto wait =
                RetryPolicy::parseRetryAfter(result->header("Retry-After"), m_clock->nowUtc());
            m_nextBackoffMs = m_options.firstPollDelayMs;
            return schedulePoll(wait.value_or(m_options.firstPollDelayMs));
        }
        // A refusal the server says will not pass (an OperationOutcome not marked transient) is
        // final: it was once asked again 34 times over 8 minutes.
        const bool refused = result && exportFailed(status, result->body);
        if (!refused && isTransient(result) &&
            ++m_transientFailures <= m_options.maxTransientFailures) {
            const auto wait = RetryPolicy::parseRetryAfter(
                result ? result->header("Retry-After") : QByteArray(), m_clock->nowUtc());
            QTimer::singleShot(wait.value_or(m_options.firstPollDelayMs << m_transientFailures),
                               this, &BulkExportJob::start);
            return;
        }
        if (!result)
            return fail(Error::make(
                result.error().kind == Error::Kind::Tls ? Error::Kind::Tls : Error::Kind::Network,
                tr("The export could not be started: %1").arg(result.error().message),
                result.error().details));
        // Kind Fhir (the server's own verdict), so the job list does not run it again either.
        fail(Error::make(refused ? Error::Kind::Fhir : Error::Kind::Http,
                         tr("The server refused the export: %1").arg(httpText(*result)), {},
                         status));
    });
    call->start();
}

void BulkExportJob::resume(const QUrl& statusUrl) {
    if (!QDir().mkpath(m_outputDir))
        return fail(Error::make(Error::Kind::Storage,
                                tr("The output folder %1 cannot be created.").arg(m_outputDir)));
    m_statusUrl = statusUrl;
    m_resuming = true;
    m_nextBackoffMs = m_options.firstPollDelayMs;
    poll();
}

void BulkExportJob::schedulePoll(qint64 delayMs) {
    m_progress.phase = BulkExportProgress::Phase::Waiting;
    emitProgress();
    m_pollTimer->start(int(std::clamp<qint64>(delayMs, 0, m_options.maxPollDelayMs)));
}

void BulkExportJob::poll() {
    if (m_done)
        return;
    HttpRequestSpec spec = specFor(m_statusUrl, sameOrigin(m_statusUrl));
    spec.setHeader("Accept", "application/json");
    RestCall* call = send(std::move(spec));
    connect(call, &RestCall::finished, this, &BulkExportJob::handleStatus);
    call->start();
}

void BulkExportJob::handleStatus(const Result<HttpResponse>& result) {
    if (m_done)
        return;
    const int status = result ? result->status : 0;
    const QByteArray body = result ? result->body : QByteArray();
    const auto retryAfter = RetryPolicy::parseRetryAfter(
        result ? result->header("Retry-After") : QByteArray(), m_clock->nowUtc());
    const qint64 backoff = m_nextBackoffMs;
    m_nextBackoffMs = std::min(m_nextBackoffMs * 2, m_options.maxPollDelayMs);
    m_progress.rateLimitedUntil =
        status == 429 ? m_clock->nowUtc().addMSecs(std::clamp<qint64>(retryAfter.value_or(backoff),
                                                                      0, m_options.maxPollDelayMs))
                      : QDateTime();
    if (status == 202) {
        m_transientFailures = 0;
        m_progress.serverStatus = QString::fromUtf8(result->header("X-Progress"));
        static const QRegularExpression percent(QStringLiteral("(\\d{1,3})\\s*%"));
        const QRegularExpressionMatch m = percent.match(m_progress.serverStatus);
        m_progress.serverPercent = m.hasMatch() ? std::min(100, m.captured(1).toInt()) : -1;
        return schedulePoll(retryAfter.value_or(backoff));
    }
    if (status == 200) {
        auto manifest = BulkExportManifest::parse(body, m_statusUrl);
        if (!manifest)
            return fail(manifest.error());
        if (Status saved = AtomicFile::write(
                QDir(m_outputDir).filePath(QStringLiteral("manifest.json")), body);
            !saved)
            return fail(saved.error());
        return startDownloads(manifest.value());
    }
    if (!exportFailed(status, body) && isTransient(result) &&
        ++m_transientFailures <= m_options.maxTransientFailures)
        return schedulePoll(retryAfter.value_or(backoff));
    if (status == 404 || status == 410)
        return fail(Error::make(Error::Kind::NotFound,
                                tr("The export is no longer on the server (expired or cancelled)."),
                                {}, status));
    if (!result)
        return fail(Error::make(
            result.error().kind == Error::Kind::Tls ? Error::Kind::Tls : Error::Kind::Network,
            tr("The export's status cannot be read: %1").arg(result.error().message),
            result.error().details));
    fail(Error::make(exportFailed(status, body) ? Error::Kind::Fhir : Error::Kind::Http,
                     tr("The export failed on the server: %1").arg(httpText(*result)), {}, status));
}

void BulkExportJob::startDownloads(const BulkExportManifest& manifest) {
    m_manifest = manifest;
    m_progress.phase = BulkExportProgress::Phase::Downloading;
    QHash<QString, int> perType;
    auto add = [&](const BulkExportFile& file, bool isError) {
        auto d = std::make_unique<Download>();
        d->file = file;
        d->isError = isError;
        const QString type = isError ? QStringLiteral("errors")
                                     : (file.type.isEmpty() ? QStringLiteral("output") : file.type);
        const int n = ++perType[type];
        d->name = n == 1 ? type + QStringLiteral(".ndjson")
                         : QStringLiteral("%1-%2.ndjson").arg(type).arg(n);
        d->checker = std::make_unique<NdjsonChecker>(isError ? QStringLiteral("OperationOutcome")
                                                             : file.type);
        const QString final = QDir(m_outputDir).filePath(d->name);
        if (!m_resuming) {
            // A fresh export: whatever an earlier run left under these names is not ours.
            QFile::remove(final);
            QFile::remove(final + QStringLiteral(".part"));
        }
        if (QFile::exists(final)) {
            // Complete from an earlier run: count it, do not fetch it again.
            QFile done(final);
            if (done.open(QIODevice::ReadOnly)) {
                while (!done.atEnd())
                    d->checker->feed(done.read(1 << 20));
                d->checker->finish();
                d->received = done.size();
            }
            d->done = true;
        }
        m_downloads.push_back(std::move(d));
    };
    for (const BulkExportFile& f : manifest.output)
        add(f, false);
    for (const BulkExportFile& f : manifest.error)
        add(f, true);
    m_progress.filesTotal = int(m_downloads.size());
    startNextDownloads();
}

void BulkExportJob::startNextDownloads() {
    if (m_done)
        return;
    int running = 0;
    int done = 0;
    for (const auto& d : m_downloads) {
        running += d->running;
        done += d->done;
    }
    m_progress.filesDone = done;
    emitProgress();
    if (done == int(m_downloads.size()))
        return finishAll();
    for (auto& d : m_downloads) {
        if (running >= m_options.parallelDownloads)
            break;
        if (!d->done && !d->running) {
            startDownload(d.get());
            ++running;
        }
    }
}

void BulkExportJob::startDownload(Download* d) {
    d->running = true;
    if (!d->part.isOpen()) {
        d->part.setFileName(QDir(m_outputDir).filePath(d->name + QStringLiteral(".part")));
        if (!d->part.open(QIODevice::ReadWrite))
            return fail(Error::make(
                Error::Kind::Storage,
                tr("%1 cannot be written: %2").arg(d->part.fileName(), d->part.errorString())));
        // Resume: what is already on disk is checked once, then appended to.
        d->part.seek(0);
        while (!d->part.atEnd())
            d->checker->feed(d->part.read(1 << 20));
        d->received = d->part.size();
    }
    HttpRequestSpec spec = specFor(d->file.url, m_manifest.requiresAccessToken && d->tokenAllowed);
    spec.setHeader("Accept", "application/fhir+ndjson");
    if (d->received > 0) {
        // The offset counts the file's own (decoded) bytes, so the rest is asked for in the
        // identity encoding: a Range of a gzip representation would count compressed bytes.
        spec.setHeader("Range", "bytes=" + QByteArray::number(d->received) + '-');
        spec.setHeader("Accept-Encoding", "identity");
    }
    {
        // Streamed straight into the file: sent as HttpPolicy says, but not through RestCall.
        QNetworkReply* reply = HttpPolicy::send(*network(), spec, kRequestTimeoutMs);
        // Back-pressure: the network thread stops reading once this much waits for us, so a
        // fast server never fills memory with a file being written more slowly.
        reply->setReadBufferSize(4 << 20);
        d->reply = reply;
        auto* lowSpeed = new LowSpeedWatch(m_options.lowSpeed, reply); // dies with the reply
        connect(lowSpeed, &LowSpeedWatch::tooSlow, this, [d, reply] {
            if (d->reply != reply)
                return;
            d->tooSlow = true;
            reply->abort(); // finished → downloadFinished resumes it
        });
        lowSpeed->start();
        auto accepted = std::make_shared<bool>(false);
        connect(reply, &QNetworkReply::metaDataChanged, this, [d, reply, accepted] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200 && d->received > 0) {
                // The server ignored Range: start the file again.
                d->part.resize(0);
                d->part.seek(0);
                d->received = 0;
                d->checker = std::make_unique<NdjsonChecker>(
                    d->isError ? QStringLiteral("OperationOutcome") : d->file.type);
            }
            *accepted = status == 200 || status == 206;
        });
        connect(reply, &QNetworkReply::readyRead, this, [this, d, reply, accepted, lowSpeed] {
            if (!*accepted || d->reply != reply)
                return;
            const QByteArray chunk = reply->readAll();
            lowSpeed->received(chunk.size());
            d->part.seek(d->received);
            if (d->part.write(chunk) != chunk.size())
                return fail(Error::make(
                    Error::Kind::Storage,
                    tr("%1 cannot be written: %2").arg(d->part.fileName(), d->part.errorString())));
            d->checker->feed(chunk);
            d->received += chunk.size();
            emitProgress();
        });
        connect(reply, &QNetworkReply::finished, this, [this, d, reply] {
            // Qt can report a dropped connection twice; handle the reply once.
            if (d->reply != reply)
                return;
            d->reply = nullptr;
            downloadFinished(d, reply);
        });
    }
}

void BulkExportJob::downloadFinished(Download* d, QNetworkReply* reply) {
    reply->deleteLater();
    d->running = false;
    if (m_done)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (HttpPolicy::isRedirect(status) && reply->hasRawHeader("Location")) {
        const Result<RedirectStep> step = HttpPolicy::redirect(
            d->file.url, "GET", status, reply->rawHeader("Location"), d->redirects, kMaxRedirects);
        if (!step)
            return fail(
                Error::make(step.error().kind,
                            tr("%1 could not be downloaded: %2").arg(d->name, step.error().message),
                            step.error().details, status));
        ++d->redirects;
        d->file.url = step->target;
        // The token never follows a redirect to another origin (and never comes back).
        if (!step->sameOrigin)
            d->tokenAllowed = false;
        return startDownload(d);
    }
    if (reply->error() == QNetworkReply::NoError && (status == 200 || status == 206)) {
        // The transfer says it is complete; the file must say so too. A gzip body cut short can
        // end "successfully" with half the lines and a broken last one.
        const qint64 wholeLines = d->checker->bytesThroughLastNewline();
        d->checker->finish();
        const bool brokenEnd = d->checker->endedMidLine();
        const bool countOff =
            !d->isError && d->file.count >= 0 && d->checker->lines() != d->file.count;
        // A count that disagrees once more after a whole fresh download is the manifest's
        // error, not the transfer's: the file is kept and the disagreement is a problem.
        if (brokenEnd || (countOff && !d->countRefetched)) {
            if (!brokenEnd)
                d->countRefetched = true;
            return incompleteDownload(d, brokenEnd ? wholeLines : d->received, brokenEnd);
        }
        if (countOff)
            m_summary.problems << tr("%1: %2 lines, the manifest says %3")
                                      .arg(d->name)
                                      .arg(d->checker->lines())
                                      .arg(d->file.count);
        d->part.close();
        const QString final = QDir(m_outputDir).filePath(d->name);
        QFile::remove(final);
        if (!QFile::rename(d->part.fileName(), final))
            return fail(
                Error::make(Error::Kind::Storage, tr("%1 cannot be completed.").arg(final)));
        d->done = true;
        d->failures = 0;
        return startNextDownloads();
    }
    if (status == 416 && d->received > 0) { // nothing left beyond what we have
        d->part.resize(0);
        d->received = 0;
        d->checker = std::make_unique<NdjsonChecker>(d->isError ? QStringLiteral("OperationOutcome")
                                                                : d->file.type);
    }
    const bool tooSlow = std::exchange(d->tooSlow, false);
    if ((tooSlow || isTransient(status, reply->error()) || status == 416) &&
        ++d->failures <= m_options.maxTransientFailures) {
        const auto wait =
            RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"), m_clock->nowUtc());
        d->running = true; // reserved while waiting
        QTimer::singleShot(wait.value_or(250LL << std::min(d->failures, 7)), this, [this, d] {
            d->running = false;
            if (!m_done)
                startDownload(d);
        });
        return;
    }
    if (tooSlow)
        return fail(Error::make(Error::Kind::Timeout,
                                tr("%1 could not be downloaded: the server sent it too slowly "
                                   "(%2), %3 times in a row")
                                    .arg(d->name, m_options.lowSpeed.describe())
                                    .arg(d->failures)));
    fail(Error::make(
        status ? Error::Kind::Http : Error::Kind::Network,
        tr("%1 could not be downloaded: %2")
            .arg(d->name, status ? httpText(reply, reply->readAll()) : reply->errorString()),
        {}, status));
}

void BulkExportJob::incompleteDownload(Download* d, qint64 keepBytes, bool brokenEnd) {
    const QString why = brokenEnd ? tr("%1 ends in the middle of a line").arg(d->name)
                                  : tr("%1 has %2 lines, the manifest says %3")
                                        .arg(d->name)
                                        .arg(d->checker->lines())
                                        .arg(d->file.count);
    if (++d->failures > m_options.maxTransientFailures)
        return fail(Error::make(Error::Kind::MalformedData,
                                tr("%1 could not be downloaded whole: %2").arg(d->name, why)));
    qCInfo(lcNetwork) << "Incomplete download, resuming:" << why;
    // Keep the whole lines; the rest comes with Range (a file that has every byte already is
    // answered 416 and fetched again from the start).
    d->part.resize(keepBytes);
    d->part.close(); // reopened and its lines counted again by startDownload
    d->checker = std::make_unique<NdjsonChecker>(d->isError ? QStringLiteral("OperationOutcome")
                                                            : d->file.type);
    d->running = true; // reserved while waiting
    QTimer::singleShot(250LL << std::min(d->failures, 7), this, [this, d] {
        d->running = false;
        if (!m_done)
            startDownload(d);
    });
}

void BulkExportJob::finishAll() {
    if (m_done)
        return;
    m_progress.phase = BulkExportProgress::Phase::Finished;
    QJsonObject perType;
    for (const auto& d : m_downloads) {
        m_summary.files << d->name;
        m_summary.bytes += d->received;
        if (d->isError) {
            ++m_summary.errorFiles;
            // The server's own errors (OperationOutcomes) are problems of this export: said, with
            // the first one's words, never a quiet "completed".
            if (d->checker->lines() > 0)
                m_summary.problems
                    << tr("%1: the server reported %n error(s), the first: %2", nullptr,
                          int(d->checker->lines()))
                           .arg(d->name,
                                BulkExportAnswer::firstIssue(QDir(m_outputDir).filePath(d->name)));
        } else {
            m_summary.lines[d->file.type] += d->checker->lines();
            perType.insert(d->file.type, double(m_summary.lines[d->file.type]));
        }
        m_summary.malformedLines += d->checker->malformed();
        for (const QString& p : d->checker->problems())
            m_summary.problems << d->name + QStringLiteral(": ") + p;
    }
    const QJsonObject summary{
        {QStringLiteral("request"), m_request.describe()},
        {QStringLiteral("statusUrl"), m_statusUrl.toString()},
        {QStringLiteral("transactionTime"), m_manifest.transactionTime.toString(Qt::ISODateWithMs)},
        {QStringLiteral("files"), QJsonArray::fromStringList(m_summary.files)},
        {QStringLiteral("resources"), perType},
        {QStringLiteral("malformedLines"), double(m_summary.malformedLines)},
        {QStringLiteral("problems"), QJsonArray::fromStringList(m_summary.problems)},
        {QStringLiteral("bytes"), double(m_summary.bytes)}};
    if (Status saved = AtomicFile::write(QDir(m_outputDir).filePath(QStringLiteral("summary.json")),
                                         QJsonDocument(summary).toJson());
        !saved)
        return fail(saved.error());
    m_done = true;
    emitProgress();
    emit finished(m_summary);
}

QNetworkAccessManager* BulkExportJob::network() {
    if (!m_network)
        m_network = new QNetworkAccessManager(this); // on the job's own thread
    return m_network;
}

void BulkExportJob::cancel() {
    if (m_done)
        return;
    m_done = true;
    m_pollTimer->stop();
    if (m_pending)
        m_pending->cancel();
    for (auto& d : m_downloads) {
        if (d->reply)
            d->reply->abort();
    }
    const Error cancelled =
        withLeftovers(Error::make(Error::Kind::Cancelled, tr("The export was cancelled.")));
    if (!m_statusUrl.isValid()) {
        emit finished(cancelled);
        return;
    }
    // Tell the server, and report only once it heard (or after 5 s), so whoever deletes this
    // job does not cut the DELETE short.
    HttpRequestSpec spec = specFor(m_statusUrl, sameOrigin(m_statusUrl));
    spec.method = "DELETE";
    spec.maxRedirects = 0; // a DELETE never turns into something else
    RestCall* call = send(std::move(spec));
    auto reported = std::make_shared<bool>(false);
    auto report = [this, reported, cancelled] {
        if (*reported)
            return;
        *reported = true;
        emit finished(cancelled);
    };
    connect(call, &RestCall::finished, this, report);
    QTimer::singleShot(5000, this, report);
    call->start();
}

} // namespace sightline
