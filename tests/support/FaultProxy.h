#pragma once
// Drives the sandbox's fault proxy (tests/sandbox/lib/fault-proxy.mjs) from a test: throttle
// Orthanc's answers, queue faults for the next requests, kill and restart Orthanc.

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QUrl>

namespace sightline::test {

class FaultProxy {
public:
    FaultProxy(QNetworkAccessManager* network, QUrl base)
        : m_network(network)
        , m_base(std::move(base)) {}

    // Sent, not waited for (the caller keeps its event loop turning); the caller owns the reply.
    QNetworkReply* post(const QString& path, const QByteArray& json = "{}") const {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return m_network->post(request, json);
    }
    // Sent and answered (true when the hook said 2xx).
    bool call(const QString& path, const QByteArray& json = "{}") const {
        QNetworkReply* reply = post(path, json);
        const bool answered = QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000);
        const bool ok = answered && reply->error() == QNetworkReply::NoError;
        if (!ok)
            qWarning() << "fault proxy hook" << path << "failed:" << reply->errorString();
        reply->deleteLater();
        return ok;
    }
    // `{"bytesPerSecond": N, "faults": [...]}`; `{}` puts the proxy back to full speed, no faults.
    bool configure(const QByteArray& json) const {
        return call(QStringLiteral("/sandbox/proxy"), json);
    }

private:
    QNetworkAccessManager* m_network;
    QUrl m_base;
};

} // namespace sightline::test
