#include "gateway/UpstreamFetcher.h"

#include "common/LogCategories.h"
#include "gateway/UpstreamPipe.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace sightline {

namespace {
constexpr qint64 kReadChunk = 256 * 1024;
}

UpstreamFetcher::UpstreamFetcher(QObject* parent)
    : QObject(parent) {}

UpstreamFetcher::~UpstreamFetcher() {
    for (auto it = m_pipes.cbegin(); it != m_pipes.cend(); ++it)
        it.value()->fail(tr("Sightline's gateway stopped"), true);
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
    QNetworkRequest r(request.url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setTransferTimeout(request.transferTimeoutMs);
    for (const auto& [name, value] : request.headers)
        r.setRawHeader(name, value);
    QNetworkReply* reply = m_network->get(r);
    // Qt stops reading the socket once this much is buffered: TCP pushes back on the server.
    reply->setReadBufferSize(1 << 20);
    m_pipes.insert(reply, pipe);
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
    if (status == 0 || m_headSent.value(reply))
        return;
    m_headSent.insert(reply, true);
    UpstreamHead head;
    head.status = status;
    head.headers = reply->rawHeaderPairs();
    m_pipes.value(reply)->setHead(std::move(head));
}

void UpstreamFetcher::pump(QNetworkReply* reply) {
    const std::shared_ptr<UpstreamPipe> pipe = m_pipes.value(reply);
    if (!pipe)
        return;
    sendHead(reply);
    if (m_headSent.value(reply)) {
        while (reply->bytesAvailable() > 0 && pipe->hasRoom())
            pipe->push(reply->read(kReadChunk));
    }
    // A finished reply with bytes left waits for the viewer to drain the pipe (onDrained).
    if (reply->isFinished() && (reply->bytesAvailable() == 0 || !m_headSent.value(reply)))
        complete(reply);
}

void UpstreamFetcher::complete(QNetworkReply* reply) {
    const std::shared_ptr<UpstreamPipe> pipe = m_pipes.take(reply);
    if (!pipe)
        return;
    const bool headSent = m_headSent.take(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (!headSent) {
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
