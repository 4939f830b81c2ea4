#include "network/HttpPolicy.h"
#include "support/FakeNetworkAccessManager.h"

#include <QNetworkReply>
#include <QTest>

using namespace sightline;
using namespace sightline::test;

// The rules every outgoing request follows, whoever sends it: which redirects are taken, where
// credentials may go, and what reaches the network.
class TestHttpPolicy : public QObject {
    Q_OBJECT

private slots:
    void originsCompareSchemeHostAndDefaultPort() {
        QVERIFY(HttpPolicy::sameOrigin(QUrl("https://Fhir.Example/a"),
                                       QUrl("https://fhir.example:443/b")));
        QVERIFY(HttpPolicy::sameOrigin(QUrl("http://h/x"), QUrl("http://h:80/y")));
        QVERIFY(!HttpPolicy::sameOrigin(QUrl("http://h/x"), QUrl("https://h/x")));
        QVERIFY(!HttpPolicy::sameOrigin(QUrl("http://h:8080/x"), QUrl("http://h/x")));
        QVERIFY(!HttpPolicy::sameOrigin(QUrl("http://h/x"), QUrl("http://h.evil/x")));
    }

    void relativeRedirectStaysOnTheOrigin() {
        const auto step = HttpPolicy::redirect(QUrl("https://fhir.example/fhir/a"), "GET", 307,
                                               "/fhir/b?x=1", 0, 5);
        QVERIFY(step);
        QCOMPARE(step->target, QUrl("https://fhir.example/fhir/b?x=1"));
        QVERIFY(step->sameOrigin);
        QVERIFY(!step->becomesGet);
    }

    void downgradeToHttpIsRefused() {
        const auto step = HttpPolicy::redirect(QUrl("https://fhir.example/a"), "GET", 302,
                                               "http://fhir.example/a", 0, 5);
        QVERIFY(!step);
        QCOMPARE(step.error().kind, Error::Kind::Tls);
        QCOMPARE(step.error().httpStatus, 302);
    }

    // Only web addresses: a Location of file:// or ftp:// is never followed.
    void aRedirectToAnotherSchemeIsRefused() {
        for (const char* location : {"file:///etc/passwd", "ftp://h/x", "data:,x"}) {
            const auto step = HttpPolicy::redirect(QUrl("http://h/a"), "GET", 302, location, 0, 5);
            QVERIFY2(!step, location);
        }
    }

    void redirectsAreCounted() {
        QVERIFY(HttpPolicy::redirect(QUrl("http://h/a"), "GET", 302, "/b", 4, 5));
        const auto tooMany = HttpPolicy::redirect(QUrl("http://h/a"), "GET", 302, "/b", 5, 5);
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().kind, Error::Kind::Http);
    }

    void followingToAnotherOriginDropsCredentials() {
        HttpRequestSpec spec;
        spec.method = "POST";
        spec.url = QUrl("https://fhir.example/fhir/$export");
        spec.body = "{}";
        spec.setHeader("Authorization", "Bearer SECRET");
        spec.setHeader("Content-Type", "application/fhir+json");
        const auto step = HttpPolicy::redirect(spec.url, spec.method, 303,
                                               "https://files.example/export/1", 0, 5);
        QVERIFY(step);
        QVERIFY(!step->sameOrigin);
        QVERIFY(step->becomesGet);
        HttpPolicy::follow(spec, *step);
        QCOMPARE(spec.url, QUrl("https://files.example/export/1"));
        QCOMPARE(spec.method, QByteArray("GET"));
        QVERIFY(spec.body.isEmpty());
        QVERIFY(spec.header("Authorization").isEmpty());
        QVERIFY(spec.header("Content-Type").isEmpty());
    }

    void aPostKeepsItsMethodThrough307() {
        const auto step =
            HttpPolicy::redirect(QUrl("https://h/a"), "POST", 307, "https://h/b", 0, 5);
        QVERIFY(step);
        QVERIFY(!step->becomesGet);
        const auto moved =
            HttpPolicy::redirect(QUrl("https://h/a"), "POST", 301, "https://h/b", 0, 5);
        QVERIFY(moved && moved->becomesGet);
    }

    void theLogNeverShowsAQueryToken() {
        const auto step = HttpPolicy::redirect(QUrl("https://h/a"), "GET", 302,
                                               "https://h/b?access_token=SECRET", 0, 5);
        QVERIFY(step);
        QVERIFY2(!step->note.contains("SECRET"), qPrintable(step->note));
    }

    // What reaches the network: the method, the headers, and no redirect Qt follows by itself.
    void sendHandsTheSpecToTheNetwork() {
        FakeNetworkAccessManager network;
        ScriptedReply moved;
        moved.status = 302;
        moved.headers = {{"Location", "http://elsewhere.example/x"}};
        network.enqueue("DELETE", QUrl("http://h/status/1"), moved);
        HttpRequestSpec spec;
        spec.method = "delete";
        spec.url = QUrl("http://h/status/1");
        spec.setHeader("Authorization", "Bearer SECRET");
        QNetworkReply* reply = HttpPolicy::send(network, spec);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
        QCOMPARE(network.requests().size(), 1); // the redirect was not followed
        QCOMPARE(network.requests()[0].method, QByteArray("DELETE"));
        QCOMPARE(network.requests()[0].header("Authorization"), QByteArray("Bearer SECRET"));
        QCOMPARE(reply->request().attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestHttpPolicy)
#include "TestHttpPolicy.moc"
