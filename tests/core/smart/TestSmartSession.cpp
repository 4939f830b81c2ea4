#include "fhir/FhirClient.h"
#include "smart/SmartSession.h"
#include "smart/TokenEndpointClient.h"
#include "support/FakeNetworkAccessManager.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace sightline;
using namespace sightline::test;

namespace {
// A clock the test moves by hand.
class ManualClock final : public Clock {
public:
    QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime nowUtc() const override { return now; }
};

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
        // Expires in 61 s: the refresh is due one second from now.
        session.setTokens(tokens(QStringLiteral("A1"), 61, clock));
        QCOMPARE(session.secondsLeft(), 61);
        QVERIFY(refreshed.wait(5000));
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
