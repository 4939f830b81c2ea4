#pragma once
// One logical HTTP request: owns its timeout, redirect policy (Authorization never crosses to
// another origin), retries on 429/503 with Retry-After, cancellation, and records every attempt
// in the NetworkRecorder. Lives on the thread of its QNetworkAccessManager; deletes itself after
// emitting finished().

#include "common/Clock.h"
#include "common/Result.h"
#include "network/HttpRequestSpec.h"
#include "network/NetworkRecorder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

namespace sightline {

class RestCall : public QObject {
    Q_OBJECT
public:
    RestCall(QNetworkAccessManager* network, NetworkRecorder* recorder, HttpRequestSpec spec,
             const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~RestCall() override;

    // Streams a successful (2xx) body to `sink` as it arrives instead of collecting it, for large
    // downloads; the response then has an empty body. Returning false from the sink aborts the
    // call with its error (e.g. a malformed multipart body). While streaming, the timeout is an
    // idle timeout (restarted by every chunk) plus the spec's low-speed rule, and a call that has
    // delivered data is not retried.
    // The sink gets the response's Content-Type (a multipart boundary lives there) and the reply
    // itself, to read the bytes available now straight into its own buffer. It reads all of them
    // unless it fails: bytes left unread are offered again only when more arrive.
    using BodySink = std::function<Status(const QByteArray& contentType, QIODevice& body)>;
    void setBodySink(BodySink sink) { m_sink = std::move(sink); }

    void start();
    // Aborts the request; finished() then carries an Error of kind Cancelled.
    void cancel();
    const HttpRequestSpec& spec() const { return m_spec; }

    static bool sameOrigin(const QUrl& a, const QUrl& b);

signals:
    // A reply with any HTTP status is a value; only transport failures are errors.
    void finished(const sightline::Result<sightline::HttpResponse>& result);
    void downloadProgress(qint64 received, qint64 total);

private:
    void sendAttempt();
    void onReplyFinished();
    void onReadyRead();
    bool streamingThisReply() const;
    void onTimeout();
    void finish(const Result<HttpResponse>& result);
    void recordAttempt(QNetworkReply* reply, const HttpResponse* response, const QString& error,
                       const QString& note);
    Error transportError(QNetworkReply* reply) const;

    QNetworkAccessManager* m_network;
    QPointer<NetworkRecorder> m_recorder;
    HttpRequestSpec m_spec;
    const Clock& m_clock;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QPointer<LowSpeedWatch> m_lowSpeed; // one per attempt, owned by its reply
    bool m_tooSlow = false;
    QTimer m_retryTimer;
    QElapsedTimer m_total;
    QElapsedTimer m_attemptTimer;
    QDateTime m_attemptStarted;
    int m_attempt = 0;
    int m_redirects = 0;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_done = false;
    BodySink m_sink;
    qint64 m_streamed = 0;
    std::optional<Error> m_sinkError;
};

} // namespace sightline
