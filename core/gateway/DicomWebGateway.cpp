#include "gateway/DicomWebGateway.h"

#include "cache/ImageCache.h"
#include "common/ConstantTime.h"
#include "common/LogCategories.h"
#include "exporting/StudyArchive.h"
#include "gateway/CachedDicomWeb.h"
#include "gateway/DicomNodeAnswers.h"
#include "gateway/DicomWebPath.h"
#include "gateway/HttpReply.h"
#include "gateway/LaunchTickets.h"
#include "gateway/LoopbackPeer.h"
#include "gateway/OhifSite.h"
#include "gateway/PartHeaderFilter.h"
#include "gateway/PatientScope.h"
#include "gateway/SeriesFetcher.h"
#include "gateway/UpstreamFetcher.h"
#include "gateway/UpstreamPipe.h"
#include "imaging/MultipartReader.h"

#include <algorithm>

#include <httplib.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>
#include <QUrlQuery>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace sightline {

namespace {

constexpr qsizetype kJsonLimit = 256 << 20;

QString resourceName(DicomWebPath::Resource resource) {
    switch (resource) {
    case DicomWebPath::Resource::Search:
        return QStringLiteral("search");
    case DicomWebPath::Resource::Retrieve:
        return QStringLiteral("retrieve");
    case DicomWebPath::Resource::Metadata:
        return QStringLiteral("metadata");
    case DicomWebPath::Resource::Frames:
        return QStringLiteral("frames");
    case DicomWebPath::Resource::Rendered:
        return QStringLiteral("rendered");
    case DicomWebPath::Resource::Thumbnail:
        return QStringLiteral("thumbnail");
    case DicomWebPath::Resource::Bulk:
        return QStringLiteral("bulk");
    }
    return {};
}

// Upstream JSON names the upstream in BulkDataURIs and RetrieveURLs; the viewer must use the
// gateway instead (it cannot reach the upstream, and must not try with its own credentials).
QByteArray rewriteUrls(QByteArray json, const QUrl& upstream, const QString& gatewayRoot) {
    const QByteArray from = upstream.toString(QUrl::FullyEncoded).toUtf8();
    const QByteArray to = gatewayRoot.toUtf8();
    json.replace("\"" + from + "/", "\"" + to + "/");
    QByteArray escapedFrom = from, escapedTo = to;
    escapedFrom.replace("/", "\\/");
    escapedTo.replace("/", "\\/");
    json.replace("\"" + escapedFrom + "\\/", "\"" + escapedTo + "\\/");
    return json;
}

// Every Study Instance UID a request names as a parameter (by keyword or tag, each value).
QStringList studyParameters(const httplib::Request& req) {
    QStringList out;
    for (const char* key : {"StudyInstanceUID", "0020000D"}) {
        for (size_t i = 0; i < req.get_param_value_count(key); ++i)
            out.append(QString::fromStdString(req.get_param_value(key, i)));
    }
    return out;
}

} // namespace

struct DicomWebGateway::Private {
    DicomWebGateway* q = nullptr;
    GatewayOptions options;
    DicomNodeAnswers::WaitLimit nodeWaits; // requests waiting for a DICOM node, shared
    GatewaySources sources;
    OhifSite ohif;
    LaunchTickets tickets;
    QByteArray prefix; // "/<random>"
    std::unique_ptr<httplib::Server> server;
    std::thread listener;
    QThread ioThread;
    UpstreamFetcher* fetcher = nullptr;
    mutable std::mutex seriesFetcherMutex;
    std::shared_ptr<SeriesFetcher> seriesFetcher;
    std::shared_ptr<SeriesFetcher> currentSeriesFetcher() const {
        std::lock_guard lock(seriesFetcherMutex);
        return seriesFetcher;
    }
    int port = 0;

    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
    QString root() const { return origin() + QString::fromLatin1(prefix); }
    QString sourceRoot(const QString& id) const {
        return root() + QStringLiteral("/dicomweb/") + id;
    }

    httplib::Server::HandlerResponse screen(const httplib::Request& req, httplib::Response& res);
    void handle(const httplib::Request& req, httplib::Response& res);
    void handleDicomWeb(const GatewaySource& source, const QString& rest,
                        const httplib::Request& req, httplib::Response& res);
    void handleOhif(const QString& rest, const httplib::Request& req, httplib::Response& res);
    void handleArchive(const QString& name, httplib::Response& res);
    void handleNode(const GatewaySource& source, const DicomWebPath& path,
                    const httplib::Request& req, const QByteArray& accept, httplib::Response& res,
                    GatewayAccess& access);
    bool proxy(const GatewaySource& source, const DicomWebPath& path, const httplib::Request& req,
               httplib::Response& res, GatewayAccess& access);
};

httplib::Server::HandlerResponse DicomWebGateway::Private::screen(const httplib::Request& req,
                                                                  httplib::Response& res) {
    const auto refuse = [&](int status, const QString& why) {
        qCInfo(lcNetwork) << "Gateway refused a request:" << why;
        send(res, GatewayAnswer::text(status, why));
        return httplib::Server::HandlerResponse::Handled;
    };
    if (req.remote_addr != "127.0.0.1" && req.remote_addr != "::1")
        return refuse(403, QStringLiteral("Only this computer may use Sightline's gateway"));
    // Only the user who runs Sightline: another user of a shared computer who learned a URL
    // (from `ps`, say) reads nothing with Sightline's credentials.
    if (LoopbackPeer::canTell()) {
        const auto owner = LoopbackPeer::ownerOf(quint16(req.remote_port), quint16(port));
        if (!owner || *owner != uint(::getuid())) {
            qCInfo(lcNetwork).noquote()
                << QStringLiteral("Gateway peer at port %1 belongs to %2")
                       .arg(req.remote_port)
                       .arg(owner ? QStringLiteral("uid %1").arg(*owner)
                                  : QStringLiteral("no socket the kernel lists"));
            emit q->accessed(
                {QString(), QString(), QString(), QStringLiteral("other-user"), false, 403});
            return refuse(403, QStringLiteral("Only the user who runs Sightline may use its "
                                              "gateway"));
        }
    }
    const QByteArray host = QByteArray::fromStdString(req.get_header_value("Host"));
    if (host != QByteArray("127.0.0.1:") + QByteArray::number(port) &&
        host != QByteArray("localhost:") + QByteArray::number(port))
        return refuse(421, QStringLiteral("Unexpected Host header"));
    if (req.has_header("Origin") &&
        QString::fromStdString(req.get_header_value("Origin")) != origin())
        return refuse(403, QStringLiteral("Cross-origin requests are not allowed"));
    if (req.method != "GET" && req.method != "HEAD")
        return refuse(405, QStringLiteral("The gateway is read-only"));
    return httplib::Server::HandlerResponse::Unhandled;
}

void DicomWebGateway::Private::handle(const httplib::Request& req, httplib::Response& res) {
    // Cross-origin isolation: the viewer's pages get SharedArrayBuffer (OHIF's volume and CPU
    // rendering need it), and nothing the gateway serves can be embedded by another origin.
    res.set_header("Cross-Origin-Opener-Policy", "same-origin");
    res.set_header("Cross-Origin-Embedder-Policy", "require-corp");
    res.set_header("Cross-Origin-Resource-Policy", "same-origin");
    const QByteArray path = QByteArray::fromStdString(req.path);
    if (path.startsWith(LaunchTickets::pathPrefix().toLatin1())) {
        send(res, tickets.redeem(QString::fromUtf8(path.mid(LaunchTickets::pathPrefix().size()))));
        res.set_header("Cache-Control", "no-store");
        emit q->accessed(
            {QString(), QString(), QString(), QStringLiteral("launch"), false, res.status});
        return;
    }
    const QByteArray withSlash = prefix + '/';
    if (path.size() <= withSlash.size() ||
        !constantTimeEquals(path.left(withSlash.size()), withSlash)) {
        // Outside the session prefix only the viewer build's public files exist.
        if (const auto file = ohif.staticFile(QString::fromUtf8(path.mid(1)))) {
            streamFile(res, *file, OhifSite::mimeType(*file));
            res.set_header("Cache-Control", "public, max-age=86400");
            return;
        }
        send(res, GatewayAnswer::text(404, QStringLiteral("Not found")));
        return;
    }
    const QString rest = QString::fromUtf8(path.mid(withSlash.size()));
    if (rest.startsWith(QLatin1String("dicomweb/"))) {
        const QString sourceAndPath = rest.mid(9);
        const qsizetype slash = sourceAndPath.indexOf(QLatin1Char('/'));
        const auto source = sources.find(sourceAndPath.left(slash));
        if (slash < 0 || !source) {
            send(res, GatewayAnswer::text(404, QStringLiteral("Unknown DICOMweb source")));
            return;
        }
        handleDicomWeb(*source, sourceAndPath.mid(slash), req, res);
    } else if (rest.startsWith(QLatin1String("archive/"))) {
        handleArchive(rest.mid(8), res);
    } else if (rest == QLatin1String("ohif") || rest.startsWith(QLatin1String("ohif/"))) {
        handleOhif(rest.mid(5), req, res);
    } else {
        send(res, GatewayAnswer::text(404, QStringLiteral("Not found")));
    }
    res.set_header("Cache-Control", "no-store");
}

// A whole cached study as a ZIP (OsiriX/Horos DownloadURL): only when the cache holds all of it.
void DicomWebGateway::Private::handleArchive(const QString& name, httplib::Response& res) {
    const QString study = name.endsWith(QLatin1String(".zip")) ? name.chopped(4) : QString();
    GatewayAccess access{QString(), study, QString(), QStringLiteral("archive"), true, 404};
    ImageCache& cache = options.cache->forThisThread();
    if (!ImageCache::isValidUid(study) || !cache.isStudyComplete(study)) {
        send(res, GatewayAnswer::text(404, QStringLiteral("The study is not (completely) in the "
                                                          "cache; retrieve it first")));
        emit q->accessed(access);
        return;
    }
    QList<StudyArchive::Entry> entries;
    for (const CachedInstance& i : cache.instancesOf(study))
        entries.append(
            {i.seriesUid + QLatin1Char('/') + i.sopUid + QStringLiteral(".dcm"), i.path, i.size});
    auto archive = StudyArchive::create(entries);
    if (!archive) {
        access.status = 413;
        send(res, GatewayAnswer::text(413, QStringLiteral("The study is too large for a ZIP "
                                                          "archive; use DICOMweb")));
        emit q->accessed(access);
        return;
    }
    auto shared = std::make_shared<StudyArchive>(std::move(*archive));
    res.set_content_provider(size_t(shared->size()), "application/zip",
                             [shared](size_t offset, size_t length, httplib::DataSink& sink) {
                                 return shared->write(qint64(offset),
                                                      std::min<qint64>(qint64(length), 4 << 20),
                                                      [&sink](const char* data, qint64 size) {
                                                          return sink.write(data, size_t(size));
                                                      });
                             });
    res.set_header("Content-Disposition",
                   "attachment; filename=\"" + study.toStdString() + ".zip\"");
    access.status = 200;
    emit q->accessed(access);
}

void DicomWebGateway::Private::handleOhif(const QString& rest, const httplib::Request& req,
                                          httplib::Response& res) {
    if (!ohif.isAvailable()) {
        send(res, GatewayAnswer::text(404, QStringLiteral("This build has no bundled viewer")));
        return;
    }
    if (rest == QLatin1String("app-config.js")) {
        // A viewer is configured with the source it was opened with alone (a patient's viewer
        // with that patient's); a page opened without one sees only sources that belong to no
        // patient. No viewer is offered another patient's source to switch to.
        const QString wanted = QString::fromStdString(req.get_param_value("source"));
        QList<OhifDataSource> list;
        for (const GatewaySource& source : sources.all()) {
            if (wanted.isEmpty() ? !source.isForPatient() : source.id == wanted)
                list.append({source.id, source.label, sourceRoot(source.id)});
        }
        send(res, {200,
                   "text/javascript; charset=utf-8",
                   OhifSite::appConfig(QString::fromLatin1(prefix) + QStringLiteral("/ohif"), list),
                   nullptr,
                   {}});
        return;
    }
    if (const auto file = ohif.staticFile(rest)) {
        streamFile(res, *file, OhifSite::mimeType(*file));
        return;
    }
    // The viewer's own routes (/viewer?StudyInstanceUIDs=…&datasources=…): the single-page
    // application, configured for the source it was opened with.
    QString config = QString::fromLatin1(prefix) + QStringLiteral("/ohif/app-config.js");
    if (const QString source = QString::fromStdString(req.get_param_value("datasources"));
        !source.isEmpty() && sources.find(source))
        config += QStringLiteral("?source=") + source;
    send(res, {200, "text/html; charset=utf-8", ohif.indexHtml(config), nullptr, {}});
    emit q->accessed({QString(), QString(), QString(), QStringLiteral("viewer"), false, 200});
}

void DicomWebGateway::Private::handleDicomWeb(const GatewaySource& source, const QString& rest,
                                              const httplib::Request& req, httplib::Response& res) {
    const auto path = DicomWebPath::parse(rest);
    if (!path) {
        send(res, GatewayAnswer::text(404, QStringLiteral("Not a DICOMweb resource")));
        return;
    }
    GatewayAccess access{source.id, path->study, path->series, resourceName(path->resource), false,
                         0};
    if (const QString refusal = PatientScope::refusal(source, *path, studyParameters(req));
        !refusal.isEmpty()) {
        qCWarning(lcNetwork) << "Gateway refused a viewer's request outside its patient";
        access.status = 403;
        send(res, GatewayAnswer::text(403, refusal));
        emit q->accessed(access);
        return;
    }
    const QByteArray accept = QByteArray::fromStdString(req.get_header_value("Accept"));
    if (source.node) {
        handleNode(source, *path, req, accept, res, access);
        return;
    }
    if (path->resource != DicomWebPath::Resource::Search) {
        CachedDicomWeb cached(options.cache->forThisThread(), sourceRoot(source.id));
        if (const auto answer = cached.answer(*path, accept)) {
            send(res, *answer);
            access.fromCache = true;
            access.status = answer->status;
            emit q->accessed(access);
            return;
        }
    }
    if (!proxy(source, *path, req, res, access) &&
        path->resource == DicomWebPath::Resource::Search) {
        QUrlQuery query;
        for (const auto& [key, value] : req.params)
            query.addQueryItem(QString::fromStdString(key), QString::fromStdString(value));
        CachedDicomWeb cached(options.cache->forThisThread(), sourceRoot(source.id));
        if (auto answer = cached.search(*path, query)) {
            if (source.isForPatient() && PatientScope::isStudySearch(*path))
                answer->body = PatientScope::onlyStudiesOf(source, answer->body);
            send(res, *answer);
            access.fromCache = true;
            access.status = answer->status;
        }
    }
    emit q->accessed(access);
}

void DicomWebGateway::Private::handleNode(const GatewaySource& source, const DicomWebPath& path,
                                          const httplib::Request& req, const QByteArray& accept,
                                          httplib::Response& res, GatewayAccess& access) {
    const std::shared_ptr<SeriesFetcher> bringer = currentSeriesFetcher();
    QList<QPair<QString, QString>> parameters;
    for (const auto& [key, value] : req.params)
        parameters.append({QString::fromStdString(key), QString::fromStdString(value)});
    DicomNodeAnswers node(options.cache->forThisThread(), sourceRoot(source.id), bringer.get(),
                          std::chrono::milliseconds(options.nodeFetchWaitMs), &nodeWaits);
    GatewayAnswer answer = node.answer(source, path, parameters, accept, &access.fromCache);
    if (source.isForPatient() && PatientScope::isStudySearch(path) && answer.status == 200)
        answer.body = PatientScope::onlyStudiesOf(source, answer.body);
    send(res, answer);
    access.status = answer.status;
    emit q->accessed(access);
}

// Passes the request to the upstream; false when the upstream could not be reached (the
// response then holds a 502 the caller may replace with a cached answer).
bool DicomWebGateway::Private::proxy(const GatewaySource& source, const DicomWebPath& path,
                                     const httplib::Request& req, httplib::Response& res,
                                     GatewayAccess& access) {
    if (!source.hasUpstream()) {
        access.status = 404;
        send(res, GatewayAnswer::text(404, QStringLiteral("Not in Sightline's image cache (a "
                                                          "DICOM node's studies are read there)")));
        return false;
    }
    UpstreamRequest upstream;
    upstream.url = source.base;
    upstream.url.setPath(source.base.path() + path.normalised);
    upstream.transferTimeoutMs = options.upstreamTimeoutMs;
    upstream.lowSpeed = options.upstreamLowSpeed;
    QUrlQuery query;
    for (const auto& [key, value] : req.params) {
        const QString name = QString::fromStdString(key);
        const QString text = QString::fromStdString(value);
        // "includefield=a,b" (or "a%2Cb") goes out repeated: some servers ignore the list form.
        if (name == QLatin1String("includefield")) {
            for (const QString& field : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                query.addQueryItem(name, field.trimmed());
        } else {
            query.addQueryItem(name, text);
        }
    }
    upstream.url.setQuery(query);
    // A patient's viewer searches studies as JSON only: that answer is what gets filtered.
    if (source.isForPatient() && PatientScope::isStudySearch(path))
        upstream.headers.append({QByteArray("Accept"), QByteArray("application/dicom+json")});
    else if (req.has_header("Accept"))
        upstream.headers.append(
            {"Accept", QByteArray::fromStdString(req.get_header_value("Accept"))});
    if (!source.authorization.isEmpty())
        upstream.headers.append({"Authorization", source.authorization});

    auto pipe = std::make_shared<UpstreamPipe>();
    fetcher->fetch(upstream, pipe);
    UpstreamPipe::Failure failure;
    const auto head =
        pipe->waitHead(std::chrono::milliseconds(options.upstreamTimeoutMs + 5000), &failure);
    if (!head) {
        pipe->cancel();
        access.status = 502;
        emit q->upstreamFailed(source.id, failure.reason);
        send(res, GatewayAnswer::text(
                      502, QStringLiteral("Sightline cannot reach %1: %2")
                               .arg(source.label.isEmpty() ? source.base.host() : source.label,
                                    failure.reason)));
        return false;
    }
    access.status = head->status;
    if (head->status == 401)
        emit q->credentialsRejected(source.id);
    if (head->status >= 300 && head->status < 400) {
        pipe->cancel();
        send(res, GatewayAnswer::text(502, QStringLiteral("The server redirected the request; "
                                                          "the gateway does not follow it")));
        return true;
    }
    res.status = head->status;
    for (const char* name : {"ETag", "Last-Modified", "Retry-After", "Warning"}) {
        if (const QByteArray value = head->header(name); !value.isEmpty())
            res.set_header(name, value.toStdString());
    }
    const QByteArray contentType = head->header("Content-Type");
    const auto idle = std::chrono::milliseconds(options.upstreamTimeoutMs);
    if (source.isForPatient() && PatientScope::isStudySearch(path) && head->status == 200 &&
        !contentType.contains("json")) {
        pipe->cancel();
        send(res, GatewayAnswer::text(502, QStringLiteral("The server answered a study search "
                                                          "with something other than JSON")));
        return true;
    }
    if (contentType.contains("json")) {
        QByteArray body;
        if (pipe->readAll(&body, idle, kJsonLimit) != UpstreamPipe::Read::End) {
            pipe->cancel();
            send(res, GatewayAnswer::text(502, QStringLiteral("The server's answer broke off")));
            return true;
        }
        body = rewriteUrls(body, source.base, sourceRoot(source.id));
        if (source.isForPatient() && PatientScope::isStudySearch(path) && head->status == 200)
            body = PatientScope::onlyStudiesOf(source, body);
        res.set_content(body.constData(), size_t(body.size()), contentType.toStdString());
        return true;
    }
    // A multipart body's part headers may name the PACS (Content-Location): rewritten.
    std::shared_ptr<PartHeaderFilter> parts;
    if (const auto boundary = MultipartReader::boundaryOf(contentType))
        parts = std::make_shared<PartHeaderFilter>(*boundary, source.base, sourceRoot(source.id));
    res.set_chunked_content_provider(
        contentType.isEmpty() ? std::string("application/octet-stream") : contentType.toStdString(),
        [this, pipe, idle, parts, id = source.id](size_t, httplib::DataSink& sink) {
            QByteArray chunk;
            switch (pipe->read(&chunk, idle)) {
            case UpstreamPipe::Read::Data:
                if (parts && (chunk = parts->feed(chunk), parts->failed()))
                    break; // not the multipart body it claims to be
                // An empty write would end the answer: held-back bytes wait for the next read.
                return chunk.isEmpty() || sink.write(chunk.constData(), size_t(chunk.size()));
            case UpstreamPipe::Read::End:
                if (parts)
                    chunk = parts->finish();
                if (!chunk.isEmpty() && !sink.write(chunk.constData(), size_t(chunk.size())))
                    return false;
                sink.done();
                return true;
            case UpstreamPipe::Read::Failed:
            case UpstreamPipe::Read::TimedOut:
                break;
            }
            // The viewer sees the body break off (no closing chunk), as it did upstream.
            const QString reason = pipe->failureReason();
            emit q->upstreamFailed(
                id, reason.isEmpty() ? DicomWebGateway::tr(
                                           "the server stopped sending in the middle of an answer")
                                     : reason);
            return false;
        },
        [pipe](bool success) {
            if (!success)
                pipe->cancel();
        });
    return true;
}

DicomWebGateway::DicomWebGateway(GatewayOptions options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>()) {
    qRegisterMetaType<GatewayAccess>();
    d->q = this;
    d->options = std::move(options);
    d->ohif = OhifSite(d->options.ohifDir);
}

DicomWebGateway::~DicomWebGateway() {
    stop();
}

Status DicomWebGateway::start() {
    if (isRunning())
        return Done{};
    if (!d->options.cache)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The gateway has no image cache to answer from."));
    if (const auto fetcher = d->currentSeriesFetcher())
        fetcher->resumeWaiting(); // after a stop(), requests may wait for a node again
    quint32 random[6];
    QRandomGenerator::system()->fillRange(random);
    d->prefix = '/' + QByteArray(reinterpret_cast<const char*>(random), sizeof random)
                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    d->server = std::make_unique<httplib::Server>();
    httplib::Server& server = *d->server;
    // Browsers open about six connections per host and viewer; requests waiting for a DICOM
    // node each hold a worker, up to a limit that leaves the rest free (DicomNodeAnswers).
    const int workers = std::max(2, d->options.workers);
    server.new_task_queue = [workers] { return new httplib::ThreadPool(size_t(workers)); };
    d->nodeWaits.most = std::clamp(d->options.mostWaitingForNodes, 0, workers - 1);
    // SO_REUSEADDR only: the library's default adds SO_REUSEPORT, which would let a second
    // listener share the port (and its connections).
    server.set_socket_options([](socket_t socket) {
        int yes = 1;
        ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    server.set_keep_alive_timeout(5);
    server.set_read_timeout(10);
    server.set_write_timeout(30);
    server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
        return d->screen(req, res);
    });
    server.Get(
        ".*", [this](const httplib::Request& req, httplib::Response& res) { d->handle(req, res); });
    if (d->options.port != 0) {
        if (!server.bind_to_port("127.0.0.1", d->options.port))
            return Error::make(
                Error::Kind::Network,
                tr("The gateway cannot listen on port %1: it is in use").arg(d->options.port));
        d->port = d->options.port;
    } else {
        d->port = server.bind_to_any_port("127.0.0.1");
        if (d->port <= 0)
            return Error::make(Error::Kind::Network, tr("The gateway cannot open a local port"));
    }
    d->fetcher = new UpstreamFetcher;
    d->fetcher->moveToThread(&d->ioThread);
    connect(&d->ioThread, &QThread::finished, d->fetcher, &QObject::deleteLater);
    d->ioThread.setObjectName(QStringLiteral("gateway-network"));
    d->ioThread.start();
    // The library's stop() does nothing to a server not yet in its accept loop: a stop() right
    // after this start() would otherwise leave it listening, and stop() waiting for it forever.
    // Until it runs, or its thread ended (it failed): stop() joins that thread either way.
    auto listening = std::make_shared<std::atomic_bool>(true);
    d->listener = std::thread([server = d->server.get(), listening] {
        server->listen_after_bind();
        *listening = false;
    });
    while (!d->server->is_running() && *listening)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    qCInfo(lcNetwork) << "Gateway listening on 127.0.0.1 port" << d->port;
    return Done{};
}

void DicomWebGateway::stop() {
    if (!d->server)
        return;
    // Requests waiting for a DICOM node's series give up now: the workers are joined below, and
    // only this thread could have let them go on.
    if (const auto fetcher = d->currentSeriesFetcher())
        fetcher->releaseWaiting();
    d->server->stop();
    if (d->listener.joinable())
        d->listener.join();
    d->server.reset();
    d->ioThread.quit();
    d->ioThread.wait();
    d->fetcher = nullptr;
    d->port = 0;
    qCInfo(lcNetwork) << "Gateway stopped";
}

bool DicomWebGateway::isRunning() const {
    return d->server != nullptr;
}

quint16 DicomWebGateway::port() const {
    return quint16(d->port);
}

QUrl DicomWebGateway::baseUrl() const {
    return isRunning() ? QUrl(d->root()) : QUrl();
}

QUrl DicomWebGateway::launchTicket(const QUrl& address) const {
    // Only addresses under the session's own prefix: the redirect can lead nowhere else.
    if (!isRunning() || !address.toString().startsWith(d->root() + QLatin1Char('/')))
        return {};
    const QString target =
        address.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded);
    return QUrl(d->origin() + LaunchTickets::pathPrefix() + d->tickets.issue(target));
}

QUrl DicomWebGateway::studyArchiveUrl(const QString& studyUid) const {
    return isRunning()
               ? QUrl(d->root() + QStringLiteral("/archive/") + studyUid + QStringLiteral(".zip"))
               : QUrl();
}

QUrl DicomWebGateway::dicomWebRoot(const QString& sourceId) const {
    return isRunning() ? QUrl(d->sourceRoot(sourceId)) : QUrl();
}

bool DicomWebGateway::hasOhif() const {
    return d->ohif.isAvailable();
}

QUrl DicomWebGateway::ohifViewerUrl(const QString& sourceId, const QStringList& studyUids) const {
    if (!isRunning() || !hasOhif())
        return {};
    QUrl url(d->root() + QStringLiteral("/ohif/viewer"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("StudyInstanceUIDs"), studyUids.join(QLatin1Char(',')));
    query.addQueryItem(QStringLiteral("datasources"), sourceId);
    url.setQuery(query);
    return url;
}

void DicomWebGateway::setSeriesFetcher(std::shared_ptr<SeriesFetcher> fetcher) {
    std::lock_guard lock(d->seriesFetcherMutex);
    d->seriesFetcher = std::move(fetcher);
}

GatewaySources& DicomWebGateway::sources() {
    return d->sources;
}

} // namespace sightline
