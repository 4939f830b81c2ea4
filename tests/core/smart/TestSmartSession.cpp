#include "fhir/FhirClient.h"
#include "smart/SmartSession.h"
#include "smart/TokenEndpointClient.h"
#include "support/FakeNetworkAccessManager.h"
#include "support/ManualClock.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace sightline;
using namespace sightline::test;

namespace {
TokenSet tokens(const QString& access, int expiresIn, const Clock& clock,
                const QString& refresh = QStringLiteral("R1")) {
    QJsonObject json{{QStringLiteral("access_token"), access},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), expiresIn},
                     {QStringLiteral("patient"), QStringLiteral("pat-1")}};
    if (!refresh.isEmpty())
        json.insert(QStringLiteral("refresh_token"), refresh);
    return TokenSet::fromTokenResponse(json, clock.nowUtc()).value();
}
} // namespace

class TestSmartSession : public QObject {
    Q_OBJECT

    SmartConfiguration smart() {
        SmartConfiguration s;
        s.tokenEndpoint = QUrl(QStringLiteral("http://auth.example/token"));
        s.revocationEndpoint = QUrl(QStringLiteral("http://auth.example/revoke"));
        return s;
    }

private slots:
    void attachesTokenAndRefreshesBeforeExpiry() {
        FakeNetworkAccessManager network;
        network.enqueue(
            "POST", QUrl(QStringLiteral("http://auth.example/token")),
            jsonReply(200, R"({"access_token":"A2","token_type":"Bearer","expires_in":3600})",
                      {{"Content-Type", "application/json"}}));
        network.enqueue("GET", QUrl(QStringLiteral("http://fhir.example/fhir/Patient/pat-1")),
                        jsonReply(200, R"({"resourceType":"Patient"})"));
        ManualClock clock;
        TokenEndpointClient endpoint(&network, nullptr, QStringLiteral("app"), clock);
        SmartSession session(&endpoint, smart(), clock);
        FhirClient client(&network, nullptr, QUrl(QStringLiteral("http://fhir.example/fhir")));
        session.attach(&client);
        QSignalSpy refreshed(&session, &SmartSession::refreshed);
        // Expires in 61 s: the refresh is due at three quarters of that, 45.75 s from now.
        session.setTokens(tokens(QStringLiteral("A1"), 61, clock));
        QCOMPARE(session.secondsLeft(), 61);
        QVERIFY(qAbs(session.msUntilRefresh() - 45750) < 1000);
        session.refreshNow();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(refreshed.first().first().toBool(), false); // no new refresh token came
        const RecordedRequest& refresh = network.requests().first();
        QCOMPARE(
            QUrlQuery(QString::fromUtf8(refresh.body)).queryItemValue(QStringLiteral("grant_type")),
            QStringLiteral("refresh_token"));
        QCOMPARE(QUrlQuery(QString::fromUtf8(refresh.body))
                     .queryItemValue(QStringLiteral("refresh_token")),
                 QStringLiteral("R1"));
        QCOMPARE(session.tokens().accessToken.reveal(), QByteArray("A2"));
        QCOMPARE(session.tokens().refreshToken.reveal(), QByteArray("R1")); // none came back: kept
        QCOMPARE(session.tokens().patient, QStringLiteral("pat-1"));

        bool done = false;
        client.read(QStringLiteral("Patient"), QStringLiteral("pat-1"), this,
                    [&](const auto&) { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(network.requests().last().header("Authorization"), QByteArray("Bearer A2"));
    }

    // Short-lived tokens (15 s, 60 s, 90 s, an hour): each refresh is due at three quarters of
    // the lifetime and never sooner than ten seconds after the last, so a server that hands out
    // tokens of a few seconds cannot make Sightline ask without pause (it once sent 1,909
    // token requests in 20 s for 60 s tokens).
    void shortTokensDoNotCauseARefreshStorm_data() {
        QTest::addColumn<int>("lifetime");
        QTest::addColumn<int>("dueMs");
        QTest::newRow("15 s") << 15 << 11250;
        QTest::newRow("60 s") << 60 << 45000;
        QTest::newRow("90 s") << 90 << 67500;
        QTest::newRow("1 h") << 3600 << 2700000;
        QTest::newRow("2 s") << 2 << 10000;
    }
    void shortTokensDoNotCauseARefreshStorm() {
        QFETCH(int, lifetime);
        QFETCH(int, dueMs);
        FakeNetworkAccessManager network;
        network.setHandler([lifetime](const RecordedRequest&) {
            return jsonReply(200,
                             QStringLiteral(R"({"access_token":"A","token_type":"Bearer",)"
                                            R"("expires_in":%1,"refresh_token":"R2"})")
                                 .arg(lifetime)
                                 .toUtf8(),
                             {{"Content-Type", "application/json"}});
        });
        ManualClock clock;
        TokenEndpointClient endpoint(&network, nullptr, QStringLiteral("app"), clock);
        SmartSession session(&endpoint, smart(), clock);
        QSignalSpy refreshed(&session, &SmartSession::refreshed);
        session.setTokens(tokens(QStringLiteral("A1"), lifetime, clock));
        // Qt rounds a coarse timer over 20 s to a whole second: a second and a half of slack
        // (it once read 1 s off for 90 s tokens under load).
        if (lifetime >= 14)
            QVERIFY2(qAbs(session.msUntilRefresh() - dueMs) < 1500,
                     qPrintable(QString::number(session.msUntilRefresh())));
        // A refresh now (the user asked, or a 401 came): the next one waits at least 10 s.
        session.refreshNow();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(refreshed.first().first().toBool(), true); // R1 became R2: keep it
        QVERIFY2(session.msUntilRefresh() >= std::min(dueMs, 10000) - 1000,
                 qPrintable(QString::number(session.msUntilRefresh())));
        QTest::qWait(1500);
        QCOMPARE(network.requests().size(), 1);
    }

    // A refresh that fails for a reason that may pass is tried again after a pause while the
    // access token still works; the user is not sent to log in.
    void transientRefreshFailureIsRetriedLater() {
        FakeNetworkAccessManager network;
        network.enqueue("POST", QUrl(QStringLiteral("http://auth.example/token")),
                        jsonReply(503, R"({"error":"temporarily_unavailable"})",
                                  {{"Content-Type", "application/json"}}));
        ManualClock clock;
        TokenEndpointClient endpoint(&network, nullptr, QStringLiteral("app"), clock);
        SmartSession session(&endpoint, smart(), clock);
        QSignalSpy loginRequired(&session, &SmartSession::loginRequired);
        session.setTokens(tokens(QStringLiteral("A1"), 3600, clock));
        session.refreshNow();
        QTRY_COMPARE(network.requests().size(), 1);
        QTest::qWait(200);
        QCOMPARE(loginRequired.size(), 0);
        QVERIFY(qAbs(session.msUntilRefresh() - SmartSession::kFirstRetrySeconds * 1000) < 1000);
    }

    void failedRefreshAsksForLogin() {
        FakeNetworkAccessManager network;
        network.enqueue(
            "POST", QUrl(QStringLiteral("http://auth.example/token")),
            jsonReply(400, R"({"error":"invalid_grant"})", {{"Content-Type", "application/json"}}));
        ManualClock clock;
        TokenEndpointClient endpoint(&network, nullptr, QStringLiteral("app"), clock);
        SmartSession session(&endpoint, smart(), clock);
        QSignalSpy loginRequired(&session, &SmartSession::loginRequired);
        session.setTokens(tokens(QStringLiteral("A1"), 3600, clock));
        session.refreshNow();
        QVERIFY(loginRequired.wait(5000));
        QVERIFY(session.isActive()); // work in progress keeps its session until the user acts
    }

    void logoutRevokesAndForgets() {
        FakeNetworkAccessManager network;
        network.setHandler([](const RecordedRequest&) {
            return jsonReply(200, "{}", {{"Content-Type", "application/json"}});
        });
        ManualClock clock;
        TokenEndpointClient endpoint(&network, nullptr, QStringLiteral("app"), clock);
        SmartSession session(&endpoint, smart(), clock);
        FhirClient client(&network, nullptr, QUrl(QStringLiteral("http://fhir.example/fhir")));
        session.attach(&client);
        session.setTokens(tokens(QStringLiteral("A1"), 3600, clock));
        session.logout();
        QVERIFY(!session.isActive());
        QTRY_COMPARE(network.requests().size(), 2);
        QCOMPARE(QUrlQuery(QString::fromUtf8(network.requests()[0].body))
                     .queryItemValue(QStringLiteral("token_type_hint")),
                 QStringLiteral("refresh_token"));
        QCOMPARE(QUrlQuery(QString::fromUtf8(network.requests()[1].body))
                     .queryItemValue(QStringLiteral("token")),
                 QStringLiteral("A1"));
        bool done = false;
        client.read(QStringLiteral("Patient"), QStringLiteral("x"), this,
                    [&](const auto&) { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(network.requests().last().header("Authorization").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSmartSession)
#include "TestSmartSession.moc"
