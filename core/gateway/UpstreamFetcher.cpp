#include "gateway/UpstreamFetcher.h"

#include "common/LogCategories.h"
#include "gateway/UpstreamPipe.h"
#include "network/HttpPolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace sightline {

namespace {
constexpr qint64 kReadChunk = 256 * 1024;
}

UpstreamFetcher::UpstreamFetcher(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network) {}

UpstreamFetcher::~UpstreamFetcher() {
    for (auto it = m_transfers.cbegin(); it != m_transfers.cend(); ++it)
        it.value().pipe->fail(tr("Sightline's gateway stopped"), true);
}

void UpstreamFetcher::fetch(const UpstreamRequest& request, std::shared_ptr<UpstreamPipe> pipe) {
    QMetaObject::invokeMethod(
        this, [this, request, pipe = std::move(pipe)] { start(request, pipe); },
        Qt::QueuedConnection);
}

void UpstreamFetcher::start(const UpstreamRequest& request,
                            const std::shared_ptr<UpstreamPipe>& pipe) {
    if (pipe->isCancelled())
        return;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    HttpRequestSpec spec;
    spec.url = request.url;
    spec.headers = request.headers;
    // A redirect answer goes to the viewer as it came: the gateway never follows one itself.
    QNetworkReply* reply = HttpPolicy::send(*m_network, spec, request.transferTimeoutMs);
    // Qt stops reading the socket once this much is buffered: TCP pushes back on the server.
    reply->setReadBufferSize(1 << 20);
    Transfer transfer;
    transfer.pipe = pipe;
    transfer.request = request;
    m_transfers.insert(reply, transfer);
    // A window in which the viewer held the pipe full does not count against the server:
    // back-pressure is not slowness.
    auto* lowSpeed = new LowSpeedWatch(request.lowSpeed, reply);
    lowSpeed->setHeldByReader([weak = std::weak_ptr<UpstreamPipe>(pipe)] {
        const auto held = weak.lock();
        return held && !held->hasRoom();
    });
    connect(lowSpeed, &LowSpeedWatch::tooSlow, this, [this, reply] {
        const auto it = m_transfers.find(reply);
        if (it == m_transfers.end() || reply->isFinished())
            return;
        it->tooSlow = true;
        reply->abort(); // finished → pump → complete
    });
    m_transfers[reply].lowSpeed = lowSpeed;
    lowSpeed->start();
    QPointer<QNetworkReply> guard(reply);
    pipe->setOnDrained([this, guard] {
        QMetaObject::invokeMethod(
            this,
            [this, guard] {
                if (guard)
                    pump(guard);
            },
            Qt::QueuedConnection);
    });
    pipe->setOnCancelled([this, guard] {
        QMetaObject::invokeMethod(
            this,
            [guard] {
                if (guard)
                    guard->abort();
            },
            Qt::QueuedConnection);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { sendHead(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { pump(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { pump(reply); });
}

void UpstreamFetcher::sendHead(QNetworkReply* reply) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto it = m_transfers.find(reply);
    if (status == 0 || it == m_transfers.end() || it->headSent)
        return;
    it->headSent = true;
    UpstreamHead head;
    head.status = status;
    head.headers = reply->rawHeaderPairs();
    it->pipe->setHead(std::move(head));
}

void UpstreamFetcher::pump(QNetworkReply* reply) {
    if (!m_transfers.contains(reply))
        return;
    sendHead(reply);
    Transfer& transfer = m_transfers[reply];
    if (transfer.headSent) {
        while (reply->bytesAvailable() > 0 && transfer.pipe->hasRoom()) {
            const QByteArray chunk = reply->read(kReadChunk);
            transfer.lowSpeed->received(chunk.size());
            transfer.pipe->push(chunk);
        }
        if (reply->bytesAvailable() > 0)
            transfer.lowSpeed->excuseThisWindow(); // the viewer holds the pipe full
    }
    // A finished reply with bytes left waits for the viewer to drain the pipe (onDrained).
    if (reply->isFinished() && (reply->bytesAvailable() == 0 || !transfer.headSent))
        complete(reply);
}

void UpstreamFetcher::complete(QNetworkReply* reply) {
    if (!m_transfers.contains(reply))
        return;
    const Transfer transfer = m_transfers.take(reply);
    const std::shared_ptr<UpstreamPipe>& pipe = transfer.pipe;
    const bool headSent = transfer.headSent;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (transfer.tooSlow) {
        const QString why =
            tr("%1 sent its answer too slowly (%2); the transfer was stopped")
                .arg(transfer.request.url.host(), transfer.request.lowSpeed.describe());
        qCInfo(lcNetwork) << "Gateway upstream request stopped:" << why;
        pipe->fail(why, true);
    } else if (!headSent) {
        qCInfo(lcNetwork) << "Gateway upstream request failed:" << reply->errorString();
        pipe->fail(reply->errorString(), true);
    } else if (error != QNetworkReply::NoError &&
               (status == 0 || error == QNetworkReply::OperationCanceledError ||
                error == QNetworkReply::RemoteHostClosedError ||
                error == QNetworkReply::TimeoutError)) {
        pipe->fail(tr("The server stopped sending: %1").arg(reply->errorString()), true);
    } else {
        pipe->finish();
    }
    reply->deleteLater();
}

} // namespace sightline
