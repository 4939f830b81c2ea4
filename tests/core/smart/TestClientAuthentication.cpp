#include "network/HttpRequestSpec.h"
#include "smart/ClientAuthentication.h"

#include <QTest>
#include <QUrlQuery>

using namespace sightline;

// How a client proves who it is at the token endpoint: the method chosen from the server's list
// or as registered, and what each puts on the request.
class TestClientAuthentication : public QObject {
    Q_OBJECT

    using M = ClientAuthentication::Method;

private slots:
    void chooseMethod_data() {
        QTest::addColumn<QString>("registered");
        QTest::addColumn<QStringList>("server");
        QTest::addColumn<int>("method"); // -1: refused
        const QStringList both{QStringLiteral("client_secret_basic"),
                               QStringLiteral("client_secret_post")};
        QTest::newRow("server lists both") << QString() << both << int(M::SecretBasic);
        QTest::newRow("server lists post only")
            << QString()
            << QStringList{QStringLiteral("none"), QStringLiteral("client_secret_post")}
            << int(M::SecretPost);
        QTest::newRow("server lists nothing (RFC 8414 default)")
            << QString() << QStringList() << int(M::SecretBasic);
        QTest::newRow("registered post wins")
            << QStringLiteral("client_secret_post") << both << int(M::SecretPost);
        QTest::newRow("server takes no secret")
            << QString() << QStringList{QStringLiteral("private_key_jwt")} << -1;
        QTest::newRow("unknown registered method")
            << QStringLiteral("tls_client_auth") << both << -1;
    }
    void chooseMethod() {
        QFETCH(QString, registered);
        QFETCH(QStringList, server);
        QFETCH(int, method);
        const auto chosen = ClientAuthentication::chooseMethod(registered, server);
        QCOMPARE(chosen.ok(), method >= 0);
        if (chosen)
            QCOMPARE(int(chosen.value()), method);
    }

    void basicSendsAnEncodedHeaderAndNoIdInTheBody() {
        ClientAuthentication auth;
        auth.clientId = QStringLiteral("my app");
        auth.method = M::SecretBasic;
        auth.secret = SecretBytes(QByteArrayLiteral("s3:cr+t&"));
        HttpRequestSpec request;
        QUrlQuery form;
        auth.apply(request, form);
        // RFC 6749 §2.3.1: form-encode each part, then Base64 "id:secret".
        QCOMPARE(request.header("Authorization"),
                 "Basic " + QByteArrayLiteral("my%20app:s3%3Acr%2Bt%26").toBase64());
        QVERIFY(!form.hasQueryItem(QStringLiteral("client_id")));
        QVERIFY(!form.hasQueryItem(QStringLiteral("client_secret")));
    }

    void postSendsIdAndSecretInTheForm() {
        ClientAuthentication auth;
        auth.clientId = QStringLiteral("app");
        auth.method = M::SecretPost;
        auth.secret = SecretBytes(QByteArrayLiteral("a&b=c+d"));
        HttpRequestSpec request;
        QUrlQuery form;
        auth.apply(request, form);
        QVERIFY(request.header("Authorization").isEmpty());
        QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("app"));
        // Encoded in the body, the secret's '&', '=' and '+' stay part of it.
        const QUrlQuery reread(form.query(QUrl::FullyEncoded));
        QCOMPARE(reread.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded),
                 QStringLiteral("a&b=c+d"));
    }

    void publicClientSendsItsIdOnly() {
        HttpRequestSpec request;
        QUrlQuery form;
        ClientAuthentication::publicClient(QStringLiteral("desktop")).apply(request, form);
        QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("desktop"));
        QVERIFY(!form.hasQueryItem(QStringLiteral("client_secret")));
        QVERIFY(request.header("Authorization").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientAuthentication)
#include "TestClientAuthentication.moc"
