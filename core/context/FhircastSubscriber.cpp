#include "context/FhircastSubscriber.h"

#include "common/Clock.h"
#include "common/LogCategories.h"
#include "network/RestCall.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QWebSocket>

namespace sightline {

FhircastSubscriber::FhircastSubscriber(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network) {
    m_renewal.setSingleShot(true);
    connect(&m_renewal, &QTimer::timeout, this, [this] { subscribe(true); });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] { subscribe(false); });
}

FhircastSubscriber::~FhircastSubscriber() {
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QString FhircastSubscriber::stateName(State state) {
    switch (state) {
    case State::Off:
        return tr("off");
    case State::Subscribing:
        return tr("connecting");
    case State::Connected:
        return tr("connected");
    case State::Retrying:
        return tr("reconnecting");
    case State::Denied:
        return tr("denied");
    }
    return {};
}

void FhircastSubscriber::setBackoff(int firstMs, int maxMs) {
    m_firstBackoffMs = firstMs;
    m_maxBackoffMs = maxMs;
}

void FhircastSubscriber::setState(State state) {
    m_state = state;
    emit stateChanged();
}

RestCall* FhircastSubscriber::post(const QByteArray& contentType, const QByteArray& body) {
    HttpRequestSpec spec;
    spec.method = "POST";
    spec.url = m_subscription.hubUrl;
    spec.setHeader("Content-Type", contentType);
    spec.setHeader("Accept", "application/json");
    if (m_authorization) {
        if (const QByteArray authorization = m_authorization(); !authorization.isEmpty())
            spec.setHeader("Authorization", authorization);
    }
    spec.body = body;
    spec.retry = RetryPolicy::none(); // the subscription backs off by itself (retryLater)
    return new RestCall(m_network, nullptr, std::move(spec), Clock::system(), this);
}

void FhircastSubscriber::start(const FhircastSubscription& subscription) {
    stop();
    m_subscription = subscription;
    m_failures = 0;
    m_lastError.clear();
    m_contextTimestampUtc = QDateTime();
    if (!subscription.hubUrl.isValid() || subscription.topic.isEmpty()) {
        m_lastError = tr("No FHIRcast hub or topic");
        setState(State::Off);
        return;
    }
    subscribe(false);
}

void FhircastSubscriber::subscribe(bool renewal) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("hub.channel.type"), QStringLiteral("websocket"));
    form.addQueryItem(QStringLiteral("hub.mode"), QStringLiteral("subscribe"));
    form.addQueryItem(QStringLiteral("hub.topic"), m_subscription.topic);
    form.addQueryItem(QStringLiteral("hub.events"), m_subscription.events.join(QLatin1Char(',')));
    form.addQueryItem(QStringLiteral("hub.lease_seconds"),
                      QString::number(m_subscription.leaseSeconds));
    form.addQueryItem(QStringLiteral("subscriber.name"), QStringLiteral("Sightline"));
    if (renewal && !m_endpoint.isEmpty())
        form.addQueryItem(QStringLiteral("hub.channel.endpoint"), m_endpoint);
    if (!renewal)
        setState(State::Subscribing);
    RestCall* call =
        post("application/x-www-form-urlencoded", form.toString(QUrl::FullyEncoded).toUtf8());
    connect(call, &RestCall::finished, this, [this, renewal](const Result<HttpResponse>& result) {
        onSubscribeReply(result, renewal);
    });
    call->start();
}

void FhircastSubscriber::onSubscribeReply(const Result<HttpResponse>& result, bool renewal) {
    if (m_state == State::Off || m_state == State::Denied)
        return; // stopped meanwhile
    if (!result)
        return retryLater(result.error().message);
    const int status = result->status;
    const QJsonObject body = QJsonDocument::fromJson(result->body).object();
    if (status == 401 || status == 403 || status >= 500 || status == 429)
        return retryLater(tr("the hub answered %1").arg(status));
    if (status < 200 || status >= 300) {
        // Refused for good (a malformed request or a topic the hub does not know).
        m_lastError = tr("The hub refused the subscription (%1): %2")
                          .arg(status)
                          .arg(body.value(QLatin1String("error")).toString());
        setState(State::Denied);
        return;
    }
    const QString endpoint = body.value(QLatin1String("hub.channel.endpoint")).toString();
    if (renewal && (endpoint.isEmpty() || endpoint == m_endpoint))
        return; // renewed on the open channel; the hub confirms there
    if (endpoint.isEmpty())
        return retryLater(tr("the hub gave no hub.channel.endpoint"));
    openChannel(endpoint);
}

void FhircastSubscriber::openChannel(const QString& endpoint) {
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_endpoint = endpoint;
    auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::textMessageReceived, this, &FhircastSubscriber::onMessage);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket != m_socket || m_state == State::Off || m_state == State::Denied)
            return;
        m_renewal.stop();
        retryLater(tr("the hub closed the connection"));
    });
    socket->open(QUrl(endpoint));
}

void FhircastSubscriber::onMessage(const QString& text) {
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString mode = message.value(QLatin1String("hub.mode")).toString();
    if (mode == QLatin1String("subscribe")) {
        m_grantedLease = message.value(QLatin1String("hub.lease_seconds")).toInt();
        m_failures = 0;
        m_lastError.clear();
        if (m_grantedLease > 0) // renew at 80 % of the lease, at half of a short one
            m_renewal.start(std::max(1000, m_grantedLease * (m_grantedLease <= 60 ? 500 : 800)));
        setState(State::Connected);
        qCInfo(lcApp) << "FHIRcast: subscribed to" << m_subscription.topic << "for"
                      << m_grantedLease << "s";
        return;
    }
    if (mode == QLatin1String("denied")) {
        m_renewal.stop();
        m_lastError = tr("The hub denied the subscription: %1")
                          .arg(message.value(QLatin1String("hub.reason")).toString());
        qCWarning(lcApp) << "FHIRcast:" << m_lastError;
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->close();
        }
        setState(State::Denied);
        return;
    }
    if (!message.contains(QLatin1String("event")))
        return;
    const auto event = FhircastEvent::fromNotification(message);
    if (!event) {
        qCWarning(lcApp) << "FHIRcast:" << event.error().message;
        return;
    }
    if (m_socket) { // every event is acknowledged (STU3 §2.5)
        m_socket->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("id"), event->id},
                                      {QStringLiteral("status"), QStringLiteral("200")}})
                .toJson(QJsonDocument::Compact)));
    }
    if (event->is(QStringLiteral("heartbeat")) || m_publishedIds.contains(event->id))
        return; // a heartbeat, or our own event coming back: nothing changes

    if (event->timestampUtc.isValid() && m_contextTimestampUtc.isValid() &&
        event->timestampUtc < m_contextTimestampUtc) {
        qCInfo(lcApp) << "FHIRcast: dropped" << event->name << "older than the current context";
        return;
    }
    if (event->timestampUtc.isValid())
        m_contextTimestampUtc = event->timestampUtc;
    m_lastEventName = event->name;
    m_lastEventUtc = Clock::system().nowUtc();
    emit eventReceived(*event);
    emit stateChanged();
}

void FhircastSubscriber::retryLater(const QString& reason) {
    m_failures += 1;
    m_lastError = reason;
    const int delay = int(
        std::min<qint64>(m_maxBackoffMs, qint64(m_firstBackoffMs) << std::min(m_failures - 1, 10)));
    qCWarning(lcApp) << "FHIRcast: subscription lost (" << reason << "); again in" << delay << "ms";
    m_retry.start(delay);
    setState(State::Retrying);
}

bool FhircastSubscriber::stop() {
    m_renewal.stop();
    m_retry.stop();
    const bool wasLive = m_state != State::Off && !m_endpoint.isEmpty();
    const bool unsubscribing = wasLive && m_state != State::Denied;
    if (unsubscribing) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("hub.channel.type"), QStringLiteral("websocket"));
        form.addQueryItem(QStringLiteral("hub.mode"), QStringLiteral("unsubscribe"));
        form.addQueryItem(QStringLiteral("hub.topic"), m_subscription.topic);
        form.addQueryItem(QStringLiteral("hub.channel.endpoint"), m_endpoint);
        RestCall* call =
            post("application/x-www-form-urlencoded", form.toString(QUrl::FullyEncoded).toUtf8());
        connect(call, &RestCall::finished, this, &FhircastSubscriber::unsubscribed);
        call->start();
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
    }
    m_endpoint.clear();
    if (m_state != State::Off)
        setState(State::Off);
    return unsubscribing;
}

void FhircastSubscriber::publish(const FhircastEvent& event, QObject* context,
                                 std::function<void(const Status&)> callback) {
    const QJsonObject message = event.toRequest();
    m_publishedIds.append(message.value(QLatin1String("id")).toString());
    if (m_publishedIds.size() > 100)
        m_publishedIds.removeFirst();
    RestCall* call =
        post("application/json", QJsonDocument(message).toJson(QJsonDocument::Compact));
    connect(call, &RestCall::finished, context, [callback](const Result<HttpResponse>& result) {
        if (result && result->isSuccess())
            return callback(Done{});
        callback(
            Error::make(result ? Error::Kind::Http : Error::Kind::Network,
                        tr("The FHIRcast hub did not take the event"),
                        result ? QString::fromUtf8(result->body.left(300)) : result.error().message,
                        result ? result->status : 0));
    });
    call->start();
}

} // namespace sightline
