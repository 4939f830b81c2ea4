#include "network/RestCall.h"

#include "common/LogCategories.h"
#include "network/HttpPolicy.h"
#include "network/NetworkRecorder.h"
#include "network/Redactor.h"

#include <QNetworkReply>

namespace sightline {

namespace {
constexpr qsizetype kMaxRecordedRequestBody = 256 * 1024;
constexpr qsizetype kMaxRecordedResponseBody = 2 * 1024 * 1024;

QByteArray recordableBody(const QByteArray& body, const QByteArray& contentType, qsizetype limit) {
    if (body.size() > limit)
        return QByteArrayLiteral("[") + QByteArray::number(body.size()) +
               QByteArrayLiteral(" bytes, not kept]");
    return Redactor::body(body, contentType);
}
} // namespace

RestCall::RestCall(QNetworkAccessManager* network, NetworkRecorder* recorder, HttpRequestSpec spec,
                   const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_recorder(recorder)
    , m_spec(std::move(spec))
    , m_clock(clock) {
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &RestCall::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &RestCall::sendAttempt);
}

RestCall::~RestCall() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool RestCall::sameOrigin(const QUrl& a, const QUrl& b) {
    return HttpPolicy::sameOrigin(a, b);
}

void RestCall::start() {
    m_total.start();
    if (!m_spec.url.isValid() || m_spec.url.host().isEmpty() ||
        (m_spec.url.scheme() != QLatin1String("http") &&
         m_spec.url.scheme() != QLatin1String("https"))) {
        finish(Error::make(Error::Kind::InvalidInput,
                           tr("Not an http(s) address: %1").arg(m_spec.url.toDisplayString())));
        return;
    }
    sendAttempt();
}

void RestCall::cancel() {
    if (m_done)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    m_timeout.stop();
    if (m_reply)
        m_reply->abort(); // onReplyFinished reports the cancellation
    else
        finish(Error::make(Error::Kind::Cancelled, tr("Request cancelled")));
}

void RestCall::sendAttempt() {
    if (m_cancelled)
        return;
    ++m_attempt;
    m_attemptStarted = m_clock.nowUtc();
    m_attemptTimer.start();
    m_timedOut = false;
    m_tooSlow = false;
    m_reply = HttpPolicy::send(*m_network, m_spec);
    connect(m_reply, &QNetworkReply::finished, this, &RestCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &RestCall::downloadProgress);
    if (m_sink) {
        connect(m_reply, &QNetworkReply::readyRead, this, &RestCall::onReadyRead);
        auto* lowSpeed = new LowSpeedWatch(m_spec.lowSpeed, m_reply); // dies with the reply
        connect(lowSpeed, &LowSpeedWatch::tooSlow, this, [this, lowSpeed] {
            if (m_lowSpeed != lowSpeed || !m_reply)
                return; // an earlier attempt's
            m_tooSlow = true;
            m_reply->abort();
        });
        m_lowSpeed = lowSpeed;
    }
    if (m_spec.timeoutMs > 0)
        m_timeout.start(m_spec.timeoutMs);
}

bool RestCall::streamingThisReply() const {
    if (!m_sink || !m_reply)
        return false;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status < 300;
}

void RestCall::onReadyRead() {
    if (!streamingThisReply() || m_sinkError)
        return; // error bodies and redirects are collected as usual
    if (m_spec.timeoutMs > 0)
        m_timeout.start(m_spec.timeoutMs); // idle timeout while data flows
    if (m_lowSpeed)
        m_lowSpeed->start(); // from the first byte of the body on
    const QByteArray contentType = m_reply->rawHeader("Content-Type");
    const qint64 available = m_reply->bytesAvailable();
    const Status taken = m_sink(contentType, *m_reply);
    const qint64 consumed = available - m_reply->bytesAvailable();
    m_streamed += consumed;
    if (m_lowSpeed)
        m_lowSpeed->received(consumed);
    if (!taken) {
        m_sinkError = taken.error();
        m_reply->abort();
    }
}

void RestCall::onTimeout() {
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

Error RestCall::transportError(QNetworkReply* reply) const {
    const QString host = m_spec.url.host();
    const QString detail = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return Error::make(Error::Kind::Tls,
                           tr("The TLS certificate of %1 could not be verified").arg(host), detail);
    case QNetworkReply::ConnectionRefusedError:
        return Error::make(Error::Kind::Network,
                           tr("%1 refused the connection (is the server running?)").arg(host),
                           detail);
    case QNetworkReply::HostNotFoundError:
        return Error::make(Error::Kind::Network, tr("The host %1 was not found").arg(host), detail);
    case QNetworkReply::RemoteHostClosedError:
        // Mid-answer (a body cut short) is a different story for the user than no answer.
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
            return Error::make(Error::Kind::Network,
                               tr("%1 closed the connection in the middle of its answer").arg(host),
                               detail);
        return Error::make(Error::Kind::Network,
                           tr("%1 closed the connection before answering").arg(host), detail);
    case QNetworkReply::TimeoutError:
        return Error::make(Error::Kind::Timeout, tr("%1 did not answer in time").arg(host), detail);
    default:
        return Error::make(Error::Kind::Network, tr("Could not reach %1").arg(host), detail);
    }
}

void RestCall::onReplyFinished() {
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_timeout.stop();
    if (m_lowSpeed)
        m_lowSpeed->stop();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_sinkError) {
        recordAttempt(reply, nullptr, m_sinkError->toString(), {});
        finish(*m_sinkError);
        return;
    }
    if (m_sink && status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        m_reply = reply; // drain what is left through the sink
        onReadyRead();
        m_reply = nullptr;
        if (m_sinkError) {
            recordAttempt(reply, nullptr, m_sinkError->toString(), {});
            finish(*m_sinkError);
            return;
        }
    }
    if (m_cancelled) {
        recordAttempt(reply, nullptr, tr("cancelled"), {});
        finish(Error::make(Error::Kind::Cancelled, tr("Request cancelled")));
        return;
    }
    if (m_tooSlow) {
        const QString why = m_spec.lowSpeed.describe();
        recordAttempt(reply, nullptr, why, {});
        finish(Error::make(
            Error::Kind::Timeout,
            tr("%1 sent its answer too slowly; the transfer was stopped").arg(m_spec.url.host()),
            why));
        return;
    }
    if (m_timedOut) {
        recordAttempt(reply, nullptr, tr("timed out after %1 ms").arg(m_spec.timeoutMs), {});
        finish(Error::make(Error::Kind::Timeout, tr("%1 did not answer within %2 s")
                                                     .arg(m_spec.url.host())
                                                     .arg(m_spec.timeoutMs / 1000.0)));
        return;
    }
    // A connection lost after the status line is a transport failure too: the body is partial.
    if (status == 0 || (reply->error() > QNetworkReply::NoError &&
                        reply->error() < QNetworkReply::ProxyConnectionRefusedError)) {
        const Error error = transportError(reply);
        recordAttempt(reply, nullptr, error.toString(), {});
        finish(error);
        return;
    }

    HttpResponse response;
    response.status = status;
    response.reasonPhrase =
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    response.headers = reply->rawHeaderPairs();
    response.body = reply->readAll();
    response.finalUrl = m_spec.url;
    response.attempts = m_attempt;

    if (m_spec.maxRedirects > 0 && HttpPolicy::isRedirect(status) &&
        !response.header("Location").isEmpty()) {
        const Result<RedirectStep> step =
            HttpPolicy::redirect(m_spec.url, m_spec.method, status, response.header("Location"),
                                 m_redirects, m_spec.maxRedirects);
        if (!step) {
            recordAttempt(reply, &response, {}, step.error().message);
            finish(step.error());
            return;
        }
        ++m_redirects;
        QString note = step->note;
        if (!step->sameOrigin && !m_spec.header("Authorization").isEmpty())
            note += tr("; other origin, Authorization dropped");
        recordAttempt(reply, &response, {}, note);
        HttpPolicy::follow(m_spec, *step);
        --m_attempt; // a redirect is not a retry
        sendAttempt();
        return;
    }

    if (const auto delay = m_streamed > 0 ? std::nullopt
                                          : m_spec.retry.delayAfter(m_attempt, status,
                                                                    response.header("Retry-After"),
                                                                    m_clock.nowUtc())) {
        recordAttempt(reply, &response, {}, tr("will retry in %1 ms").arg(*delay));
        qCInfo(lcNetwork) << "HTTP" << status << "from" << m_spec.url.host() << "- retrying in"
                          << *delay << "ms";
        m_retryTimer.start(static_cast<int>(*delay));
        return;
    }

    response.elapsedMs = m_total.elapsed();
    recordAttempt(reply, &response, {}, {});
    finish(response);
}

void RestCall::recordAttempt(QNetworkReply* reply, const HttpResponse* response,
                             const QString& error, const QString& note) {
    if (!m_recorder)
        return;
    HttpExchange exchange;
    exchange.method = QString::fromLatin1(m_spec.method);
    exchange.url = Redactor::url(m_spec.url);
    exchange.requestHeaders = Redactor::headers(m_spec.headers);
    exchange.requestBody =
        recordableBody(m_spec.body, m_spec.header("Content-Type"), kMaxRecordedRequestBody);
    exchange.bytesSent = m_spec.body.size();
    exchange.startedUtc = m_attemptStarted;
    exchange.elapsedMs = m_attemptTimer.elapsed();
    exchange.attempt = m_attempt;
    exchange.error = error;
    exchange.note = note;
    if (response) {
        exchange.status = response->status;
        exchange.reasonPhrase = QString::fromLatin1(response->reasonPhrase);
        exchange.responseHeaders = Redactor::headers(response->headers);
        exchange.responseBody = recordableBody(response->body, response->header("Content-Type"),
                                               kMaxRecordedResponseBody);
        exchange.bytesReceived = response->body.size() + m_streamed;
    } else if (reply) {
        exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    m_recorder->record(exchange);
}

void RestCall::finish(const Result<HttpResponse>& result) {
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_retryTimer.stop();
    emit finished(result);
    deleteLater();
}

} // namespace sightline
