#pragma once
// Sightline's FHIRcast (STU3) subscription over the WebSocket channel: subscribes with a form
// POST to hub.url (bearer token), opens the WebSocket the hub returns, takes the confirmation,
// renews the lease before it ends, acknowledges every event, reconnects and subscribes again
// with backoff when the hub goes away, stops for good when the hub denies the subscription,
// and unsubscribes on stop(). Also publishes events. Events older than the one that set the
// current context are acknowledged and dropped, as the specification asks. GUI-thread object.

#include "common/Result.h"
#include "context/FhircastEvent.h"
#include "network/HttpRequestSpec.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QWebSocket;

namespace sightline {

class RestCall;

struct FhircastSubscription {
    QUrl hubUrl;
    QString topic;
    QStringList events{QStringLiteral("Patient-open"), QStringLiteral("Patient-close"),
                       QStringLiteral("ImagingStudy-open"), QStringLiteral("ImagingStudy-close")};
    int leaseSeconds = 3600;
};

class FhircastSubscriber : public QObject {
    Q_OBJECT
public:
    enum class State { Off, Subscribing, Connected, Retrying, Denied };
    Q_ENUM(State)
    // The bearer value for the hub ("Bearer …"), asked for at each request so a refreshed
    // session's token is used; empty: none.
    using AuthorizationProvider = std::function<QByteArray()>;

    explicit FhircastSubscriber(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~FhircastSubscriber() override;

    void setAuthorization(AuthorizationProvider provider) { m_authorization = std::move(provider); }
    void setBackoff(int firstMs, int maxMs);
    void start(const FhircastSubscription& subscription);
    // Unsubscribes (best effort) and closes the channel. True when an unsubscribe request is on
    // its way: unsubscribed() follows once the hub answered or the request failed (at exit, the
    // application waits for it a moment).
    bool stop();
    void publish(const FhircastEvent& event, QObject* context,
                 std::function<void(const Status&)> callback);

    State state() const { return m_state; }
    const FhircastSubscription& subscription() const { return m_subscription; }
    QString lastError() const { return m_lastError; }
    int grantedLeaseSeconds() const { return m_grantedLease; }
    QString lastEventName() const { return m_lastEventName; }
    QDateTime lastEventUtc() const { return m_lastEventUtc; }
    static QString stateName(State state);

signals:
    void stateChanged();
    void eventReceived(const sightline::FhircastEvent& event);
    void unsubscribed();

private:
    void subscribe(bool renewal);
    void onSubscribeReply(const sightline::Result<sightline::HttpResponse>& result, bool renewal);
    void openChannel(const QString& endpoint);
    void onMessage(const QString& text);
    void retryLater(const QString& reason);
    void setState(State state);
    // Not started yet: the caller connects to it first.
    RestCall* post(const QByteArray& contentType, const QByteArray& body);

    QNetworkAccessManager* m_network;
    AuthorizationProvider m_authorization;
    FhircastSubscription m_subscription;
    QPointer<QWebSocket> m_socket;
    QString m_endpoint;
    QTimer m_renewal;
    QTimer m_retry;
    State m_state = State::Off;
    QString m_lastError;
    int m_grantedLease = 0;
    int m_failures = 0;
    int m_firstBackoffMs = 1000;
    int m_maxBackoffMs = 60000;
    QDateTime m_contextTimestampUtc; // of the event that set the current context
    QStringList m_publishedIds;      // our own events, which the hub sends back to us too
    QString m_lastEventName;
    QDateTime m_lastEventUtc;
};

} // namespace sightline
