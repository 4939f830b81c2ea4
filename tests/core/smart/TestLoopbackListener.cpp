#include "smart/LoopbackListener.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>

using namespace sightline;

class TestLoopbackListener : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;

    QByteArray get(const QUrl& url, int* status = nullptr) {
        QNetworkReply* reply = m_network.get(QNetworkRequest(url));
        QTest::qWaitFor([&] { return reply->isFinished(); }, 5000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    std::optional<Result<AuthorizationResponse>> runCallback(const QString& query,
                                                             int* status = nullptr) {
        LoopbackListener listener;
        if (!listener.listen(0).ok())
            return std::nullopt;
        listener.expect("STATE-123", QStringLiteral("http://issuer.example"));
        std::optional<Result<AuthorizationResponse>> result;
        connect(&listener, &LoopbackListener::received, this, [&](const auto& r) { result = r; });
        QUrl url = listener.redirectUri();
        url.setQuery(query);
        get(url, status);
        QTest::qWaitFor([&] { return result.has_value(); }, 5000);
        return result;
    }

private slots:
    void bindsLoopbackOnly() {
        LoopbackListener listener;
        QVERIFY(listener.listen(0).ok());
        QCOMPARE(listener.redirectUri().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(listener.redirectUri().port() > 0);
        QCOMPARE(listener.redirectUri().path(), QStringLiteral("/callback"));
    }

    void acceptsMatchingState() {
        int status = 0;
        const auto r = runCallback(
            QStringLiteral("code=abc&state=STATE-123&iss=http%3A%2F%2Fissuer.example"), &status);
        QVERIFY(r && r->ok());
        QCOMPARE((*r)->code, QByteArray("abc"));
        QCOMPARE(status, 200);
    }

    void rejects_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("tampered-state") << "code=abc&state=STATE-999"
                                        << "state mismatch";
        QTest::newRow("missing-state") << "code=abc"
                                       << "state mismatch";
        QTest::newRow("denied") << "error=access_denied&state=STATE-123"
                                << "denied";
        QTest::newRow("other-issuer") << "code=abc&state=STATE-123&iss=http%3A%2F%2Fevil.example"
                                      << "another issuer";
        QTest::newRow("no-code") << "state=STATE-123"
                                 << "no authorization code";
        QTest::newRow("error-with-forged-state") << "error=access_denied&state=nope"
                                                 << "state mismatch";
    }
    void rejects() {
        QFETCH(QString, query);
        QFETCH(QString, messagePart);
        const auto r = runCallback(query);
        QVERIFY(r.has_value());
        QVERIFY(!r->ok());
        QCOMPARE(r->error().kind, Error::Kind::Authorization);
        QVERIFY2(r->error().message.contains(messagePart), qPrintable(r->error().message));
    }

    void oneShotThenClosed() {
        LoopbackListener listener;
        QVERIFY(listener.listen(0).ok());
        listener.expect("S", {});
        int received = 0;
        connect(&listener, &LoopbackListener::received, this, [&](const auto&) { ++received; });
        QUrl favicon = listener.redirectUri();
        favicon.setPath(QStringLiteral("/favicon.ico"));
        int status = 0;
        get(favicon, &status);
        QCOMPARE(status, 400);
        QCOMPARE(received, 0); // unrelated requests do not end the flow
        QUrl url = listener.redirectUri();
        url.setQuery(QStringLiteral("code=c&state=S"));
        get(url);
        QTRY_COMPARE(received, 1);
        QVERIFY(!listener.isListening());
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, quint16(listener.redirectUri().port()));
        QVERIFY(!late.waitForConnected(1000)); // a second redirect finds nothing listening
        QCOMPARE(received, 1);
    }
};

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "TestLoopbackListener.moc"
