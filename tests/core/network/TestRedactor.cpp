#include "network/CurlCommand.h"
#include "network/Redactor.h"

#include <QTest>

using namespace sightline;

class TestRedactor : public QObject {
    Q_OBJECT
private slots:
    void headers() {
        const HeaderList in{{"Authorization", "Bearer abc.def.ghi"},
                            {"Accept", "application/fhir+json"},
                            {"Cookie", "session=1"}};
        const HeaderList out = Redactor::headers(in);
        QCOMPARE(out[0].second, QByteArray("Bearer [redacted]"));
        QCOMPARE(out[1].second, QByteArray("application/fhir+json"));
        QCOMPARE(out[2].second, QByteArray("[redacted]"));
    }

    void url() {
        const QUrl in(QStringLiteral(
            "https://user:pw@h/fhir/Observation?code=718-7&access_token=SECRET&patient=1"));
        const QString out = Redactor::url(in).toString();
        QVERIFY(!out.contains(QLatin1String("SECRET")));
        QVERIFY(!out.contains(QLatin1String(":pw@")));
        QVERIFY2(out.contains(QLatin1String("code=718-7")),
                 qPrintable(out)); // search params stay readable
        QVERIFY(out.contains(QLatin1String("patient=1")));
    }

    void jsonBody() {
        const QByteArray body =
            R"({"access_token":"T0K3N","refresh_token":"R","patient":"123","nested":{"client_secret":"S"}})";
        const QByteArray out = Redactor::body(body, "application/json");
        QVERIFY(!out.contains("T0K3N"));
        QVERIFY(!out.contains("\"R\""));
        QVERIFY(!out.contains("\"S\""));
        QVERIFY(out.contains("123"));
    }

    void formBody() {
        const QByteArray form =
            "grant_type=authorization_code&code=AUTHCODE&code_verifier=VERIFIER&client_id=app";
        const QByteArray out = Redactor::body(form, "application/x-www-form-urlencoded");
        QVERIFY(!out.contains("AUTHCODE"));
        QVERIFY(!out.contains("VERIFIER"));
        QVERIFY(out.contains("client_id=app"));
    }

    void binaryBodyIsSummarised() {
        const QByteArray out = Redactor::body(QByteArray(1000, 'x'), "application/dicom");
        QCOMPARE(out, QByteArray("[1000 bytes of application/dicom]"));
    }

    void text_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer") << QStringLiteral("sent Authorization: Bearer abcDEF123")
                                << QStringLiteral("abcDEF123");
        QTest::newRow("jwt") << QStringLiteral("token eyJhbGciOi.eyJzdWIiOiIx.c2lnbmF0dXJl")
                             << QStringLiteral("c2lnbmF0dXJl");
        QTest::newRow("kv") << QStringLiteral("{\"access_token\": \"xyz987\"}")
                            << QStringLiteral("xyz987");
        QTest::newRow("query") << QStringLiteral("url ?refresh_token=rt55&x=1")
                               << QStringLiteral("rt55");
    }
    void text() {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = Redactor::text(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
    }

    void curlHasNoSecrets() {
        HttpExchange e;
        e.method = QStringLiteral("POST");
        e.url = QUrl(QStringLiteral("http://127.0.0.1:1/fhir/Patient"));
        e.requestHeaders = Redactor::headers(
            {{"Authorization", "Bearer SECRET"}, {"Content-Type", "application/fhir+json"}});
        e.requestBody = "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"O'Connor\"}]}";
        const QString curl = CurlCommand::fromExchange(e);
        QVERIFY(!curl.contains(QLatin1String("SECRET")));
        QVERIFY(curl.contains(QLatin1String("${SIGHTLINE_TOKEN}")));
        QVERIFY(curl.contains(QLatin1String("-X POST")));
        QVERIFY2(curl.contains(QLatin1String("O'\\''Connor")), qPrintable(curl)); // shell-quoted
        QVERIFY(curl.endsWith(QLatin1String("'http://127.0.0.1:1/fhir/Patient'")));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
