#pragma once
// A QNetworkAccessManager whose replies are scripted by the test: no sockets, full control over
// status, headers, body, transport errors and timing. Records every request it receives.

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <functional>

namespace sightline::test {

struct ScriptedReply {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int delayMs = 0;        // answer after this long (for timeout tests use a large value)
    int cutAfterBytes = -1; // ≥ 0: send the status and this much body, then drop the connection
};

struct RecordedRequest {
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray& name) const;
};

class FakeNetworkAccessManager : public QNetworkAccessManager {
    Q_OBJECT
public:
    using Handler = std::function<ScriptedReply(const RecordedRequest&)>;

    explicit FakeNetworkAccessManager(QObject* parent = nullptr);
    // Replies are consumed in order for requests matching method and URL (query included).
    void enqueue(const QByteArray& method, const QUrl& url, ScriptedReply reply);
    // Fallback for requests nothing was enqueued for; default answers 404.
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<RecordedRequest>& requests() const { return m_requests; }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* body) override;

private:
    QList<QPair<QPair<QByteArray, QUrl>, ScriptedReply>> m_queue;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
};

ScriptedReply jsonReply(int status, const QByteArray& json,
                        QList<QPair<QByteArray, QByteArray>> extraHeaders = {});

} // namespace sightline::test
