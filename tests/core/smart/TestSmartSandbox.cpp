#include "capabilities/SmartConfiguration.h"
#include "fhir/FhirClient.h"
#include "servers/SecretStore.h"
#include "smart/AuthorizationCodeFlow.h"
#include "smart/LoopbackListener.h"
#include "smart/SessionManager.h"
#include "smart/SmartSession.h"
#include "smart/TokenEndpointClient.h"
#include "smart/TokenVault.h"
#include "support/SandboxFixture.h"
#include "support/ScriptedBrowser.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace sightline;

// SMART App Launch against the sandbox's oidc-provider and a FHIR server that requires tokens,
// with the browser replaced by a scripted one that follows the redirects through the login.
class TestSmartSandbox : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    SmartConfiguration m_smart;

    AuthorizationRequest request() const {
        AuthorizationRequest r;
        r.fhirBase = m_sandbox.fhirBase();
        r.clientId = QStringLiteral("sightline-desktop");
        r.scopes = {QStringLiteral("openid"), QStringLiteral("fhirUser"),
                    QStringLiteral("offline_access"), QStringLiteral("launch/patient"),
                    QStringLiteral("patient/*.rs")};
        r.timeoutMs = 20000;
        return r;
    }

    Result<TokenSet> login(test::ScriptedBrowser& browser, SmartConfiguration smart,
                           AuthorizationRequest r) {
        AuthorizationCodeFlow flow(&m_network, nullptr, std::move(smart), std::move(r),
                                   browser.opener());
        std::optional<Result<TokenSet>> result;
        connect(&flow, &AuthorizationCodeFlow::finished, this,
                [&](const Result<TokenSet>& t) { result = t; });
        flow.start();
        QTest::qWaitFor([&] { return result.has_value(); }, 30000);
        return result.value_or(
            Result<TokenSet>(Error::make(Error::Kind::Timeout, QStringLiteral("test timed out"))));
    }

    int fhirStatus(const QByteArray& bearer) {
        QNetworkRequest req(
            QUrl(m_sandbox.fhirBase().toString() + QStringLiteral("/Patient/pat-mueller")));
        if (!bearer.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + bearer);
        QNetworkReply* reply = m_network.get(req);
        QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    void scriptNextLogin(const QByteArray& json) {
        QNetworkRequest req(
            QUrl(m_sandbox.smartIssuer().toString() + QStringLiteral("/sandbox/next-login")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = m_network.post(req, json);
        QTest::qWaitFor([&] { return reply->isFinished(); }, 5000);
        reply->deleteLater();
    }

    QJsonObject sandboxJson(const QString& path, const QByteArray& post = {}) {
        QNetworkRequest req(QUrl(m_sandbox.smartIssuer().toString() + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = post.isEmpty() ? m_network.get(req) : m_network.post(req, post);
        QTest::qWaitFor([&] { return reply->isFinished(); }, 5000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    int refreshRequests() {
        return sandboxJson(QStringLiteral("/sandbox/token-requests"))
            .value(QLatin1String("byGrant"))
            .toObject()
            .value(QLatin1String("refresh_token"))
            .toInt();
    }

private slots:
    void initTestCase() {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sightline-test-bus");
        const QString error = m_sandbox.start({QStringLiteral("--auth")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QNetworkReply* reply = m_network.get(QNetworkRequest(QUrl(
            m_sandbox.fhirBase().toString() + QStringLiteral("/.well-known/smart-configuration"))));
        QTRY_VERIFY(reply->isFinished());
        m_smart = SmartConfiguration::fromJson(QJsonDocument::fromJson(reply->readAll()).object())
                      .value();
        reply->deleteLater();
    }

    void fhirRequiresAToken() { QCOMPARE(fhirStatus({}), 401); }

    void standaloneLoginRefreshRevoke() {
        test::ScriptedBrowser browser;
        const auto tokens = login(browser, m_smart, request());
        QVERIFY2(tokens.ok(), qPrintable(tokens.error().toString()));
        QCOMPARE(tokens->patient, QStringLiteral("pat-mueller"));
        QCOMPARE(tokens->fhirUser, QStringLiteral("Practitioner/dr-rad"));
        QVERIFY(tokens->needPatientBanner);
        QVERIFY(!tokens->refreshToken.isEmpty());
        QVERIFY(tokens->scopes.covers(QStringLiteral("ImagingStudy"), SmartScope::Search));
        QVERIFY(tokens->expiresUtc > QDateTime::currentDateTimeUtc());
        // The redirect carried state and the issuer (RFC 9207), and a 128-bit state.
        const QUrlQuery redirect(browser.deliveredRedirect());
        QCOMPARE(redirect.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded),
                 m_sandbox.smartIssuer().toString());
        QVERIFY(redirect.queryItemValue(QStringLiteral("state")).size() >= 22);
        QCOMPARE(fhirStatus(tokens->accessToken.reveal()), 200);

        TokenEndpointClient endpoint(&m_network, nullptr, QStringLiteral("sightline-desktop"));
        std::optional<Result<TokenSet>> refreshed;
        endpoint.refresh(m_smart.tokenEndpoint, tokens->refreshToken, {}, this,
                         [&](const auto& r) { refreshed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 10000);
        QVERIFY2(refreshed->ok(), qPrintable(refreshed->error().toString()));
        QVERIFY((*refreshed)->accessToken.reveal() != tokens->accessToken.reveal());
        TokenSet current = tokens.value();
        current.mergeRefresh(refreshed->value());
        QCOMPARE(fhirStatus(current.accessToken.reveal()), 200);

        std::optional<Status> revoked;
        endpoint.revoke(m_smart.revocationEndpoint, current.refreshToken,
                        QStringLiteral("refresh_token"), this,
                        [&](const Status& s) { revoked = s; });
        QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), 10000);
        QVERIFY(revoked->ok());
        std::optional<Result<TokenSet>> afterRevoke;
        endpoint.refresh(m_smart.tokenEndpoint, current.refreshToken, {}, this,
                         [&](const auto& r) { afterRevoke = r; });
        QTRY_VERIFY_WITH_TIMEOUT(afterRevoke.has_value(), 10000);
        QVERIFY(!afterRevoke->ok());
        QCOMPARE(afterRevoke->error().kind, Error::Kind::Authorization);
        QVERIFY(afterRevoke->error().message.contains(QLatin1String("invalid_grant")));
    }

    void ehrLaunchCarriesContext() {
        const QString launch = m_sandbox.registerEhrLaunch(
            R"({"patient":"pat-garcia","encounter":"enc-7","intent":"review",
            "fhirContext":[{"reference":"ImagingStudy/study-3"}]})");
        QVERIFY(!launch.isEmpty());
        AuthorizationRequest r = request();
        r.scopes = {QStringLiteral("openid"), QStringLiteral("fhirUser"),
                    QStringLiteral("patient/*.rs")};
        r.launch = launch;
        test::ScriptedBrowser browser;
        const auto tokens = login(browser, m_smart, r);
        QVERIFY2(tokens.ok(), qPrintable(tokens.error().toString()));
        QCOMPARE(tokens->patient, QStringLiteral("pat-garcia"));
        QCOMPARE(tokens->encounter, QStringLiteral("enc-7"));
        QCOMPARE(tokens->intent, QStringLiteral("review"));
        QCOMPARE(
            tokens->fhirContext.first().toObject().value(QLatin1String("reference")).toString(),
            QStringLiteral("ImagingStudy/study-3"));
        QVERIFY(tokens->scopes.contains(QStringLiteral("launch")));
    }

    void unknownLaunchIsRefused() {
        AuthorizationRequest r = request();
        r.launch = QStringLiteral("not-a-launch");
        test::ScriptedBrowser browser;
        const auto tokens = login(browser, m_smart, r);
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error().kind, Error::Kind::Authorization);
    }

    void accessDenied() {
        scriptNextLogin(R"({"deny":true})");
        test::ScriptedBrowser browser;
        const auto tokens = login(browser, m_smart, request());
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error().kind, Error::Kind::Authorization);
        QVERIFY2(tokens.error().message.contains(QLatin1String("denied")),
                 qPrintable(tokens.error().message));
    }

    void tamperedStateIsRefused() {
        test::ScriptedBrowser browser;
        browser.setTamper([](const QUrl& url) {
            QUrlQuery q(url);
            q.removeQueryItem(QStringLiteral("state"));
            q.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
            QUrl out = url;
            out.setQuery(q);
            return out;
        });
        const auto tokens = login(browser, m_smart, request());
        QVERIFY(!tokens.ok());
        QVERIFY(tokens.error().message.contains(QLatin1String("state mismatch")));
    }

    void wrongVerifierIsInvalidGrant() {
        // Drive the authorize step by hand so the code can be exchanged with the wrong verifier.
        LoopbackListener listener;
        QVERIFY(listener.listen(0).ok());
        const PkcePair pkce = PkcePair::generate();
        listener.expect("S-1", m_smart.issuer);
        std::optional<Result<AuthorizationResponse>> code;
        connect(&listener, &LoopbackListener::received, this, [&](const auto& r) { code = r; });
        test::ScriptedBrowser browser;
        browser.opener()(AuthorizationCodeFlow::authorizeUrl(
            m_smart, request(), listener.redirectUri(), "S-1", pkce.challenge));
        QTRY_VERIFY_WITH_TIMEOUT(code.has_value(), 20000);
        QVERIFY(code->ok());
        TokenEndpointClient endpoint(&m_network, nullptr, QStringLiteral("sightline-desktop"));
        std::optional<Result<TokenSet>> tokens;
        endpoint.exchangeCode(m_smart.tokenEndpoint, (*code)->code, listener.redirectUri(),
                              PkcePair::generate().verifier, this,
                              [&](const auto& r) { tokens = r; });
        QTRY_VERIFY_WITH_TIMEOUT(tokens.has_value(), 10000);
        QVERIFY(!tokens->ok());
        QVERIFY2(tokens->error().message.contains(QLatin1String("invalid_grant")),
                 qPrintable(tokens->error().toString()));
    }

    void serverWithoutS256IsRefused() {
        SmartConfiguration weak = m_smart;
        weak.codeChallengeMethods = {QStringLiteral("plain")};
        test::ScriptedBrowser browser;
        const auto tokens = login(browser, weak, request());
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error().kind, Error::Kind::Unsupported);
        QCOMPARE(browser.hops(), 0); // the browser was never opened
    }

    void tokenEndpointUnreachableMidFlow() {
        SmartConfiguration broken = m_smart;
        broken.tokenEndpoint = QUrl(QStringLiteral("http://127.0.0.1:9/token"));
        test::ScriptedBrowser browser;
        const auto tokens = login(browser, broken, request());
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error().kind, Error::Kind::Network);
    }

    // No Secret Service in this test's process: the login works, and the user is told it cannot
    // be kept; nothing is written to a file instead.
    void loginWithoutKeychainSaysSo() {
        SecretStore secrets(QStringLiteral("SightlineTest"));
        TokenVault vault(&secrets);
        test::ScriptedBrowser browser;
        SessionManager sessions(&m_network, nullptr, browser.opener());
        sessions.setTokenVault(&vault);
        QSignalSpy vaultAnswered(&sessions, &SessionManager::vaultUpdated);
        ServerProfile profile;
        profile.id = QStringLiteral("no-keychain");
        profile.fhirBase = m_sandbox.fhirBase();
        profile.authKind = ServerProfile::AuthKind::SmartPublic;
        profile.clientId = QStringLiteral("sightline-desktop");
        sessions.login(profile);
        QTRY_VERIFY_WITH_TIMEOUT(!vaultAnswered.isEmpty(), 40000);
        QCOMPARE(sessions.state(profile.id), SessionManager::State::LoggedIn);
        QVERIFY2(sessions.notice(profile.id).contains(QLatin1String("No OS keychain")),
                 qPrintable(sessions.notice(profile.id)));
        const QByteArray refresh = sessions.session(profile.id)->tokens().refreshToken.reveal();
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.size() < 10 * 1024 * 1024 && file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(refresh), qPrintable(file.fileName()));
        }
    }

    // Confidential symmetric clients, registered strictly for one method each: the secret is
    // sent the way the server takes it (chosen from its token_endpoint_auth_methods_supported,
    // or as the profile says), for the code exchange and for every refresh. Before, only the
    // client_id went out and the server answered "invalid_client".
    void confidentialClientLogsInAndRefreshes_data() {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("registered"); // the profile's setting
        QTest::addColumn<bool>("works");
        QTest::addColumn<bool>("ehrLaunch"); // launched by the EHR with a patient in context
        QTest::newRow("basic, chosen from the server's list") << "sightline-confidential-basic"
                                                              << "" << true << false;
        QTest::newRow("post, as registered") << "sightline-confidential-post"
                                             << "client_secret_post" << true << false;
        QTest::newRow("post client sending basic") << "sightline-confidential-post"
                                                   << "client_secret_basic" << false << false;
        QTest::newRow("basic, EHR launch") << "sightline-confidential-basic"
                                           << "" << true << true;
        QTest::newRow("post, EHR launch") << "sightline-confidential-post"
                                          << "client_secret_post" << true << true;
    }
    void confidentialClientLogsInAndRefreshes() {
        QFETCH(QString, clientId);
        QFETCH(QString, registered);
        QFETCH(bool, works);
        QFETCH(bool, ehrLaunch);
        QString secret;
        for (const QJsonValue c :
             m_sandbox.state().value(QLatin1String("confidentialClients")).toArray()) {
            if (c.toObject().value(QLatin1String("clientId")).toString() == clientId)
                secret = c.toObject().value(QLatin1String("secret")).toString();
        }
        QVERIFY(!secret.isEmpty());
        QTemporaryDir dir;
        const QString secretFile = dir.filePath(QStringLiteral("secret.txt"));
        QFile file(secretFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(secret.toUtf8() + '\n');
        file.close();

        test::ScriptedBrowser browser;
        SessionManager sessions(&m_network, nullptr, browser.opener());
        ServerProfile profile;
        profile.id = QStringLiteral("confidential-") +
                     QString::number(qHash(clientId + registered + QString::number(ehrLaunch)));
        profile.name = clientId;
        profile.fhirBase = m_sandbox.fhirBase();
        profile.authKind = ServerProfile::AuthKind::SmartConfidential;
        profile.clientId = clientId;
        profile.clientSecretPath = secretFile;
        profile.tokenEndpointAuthMethod = registered;
        const QString launch =
            ehrLaunch ? m_sandbox.registerEhrLaunch(R"({"patient":"pat-garcia","intent":"review"})")
                      : QString();
        sessions.login(profile, launch);
        QTRY_VERIFY_WITH_TIMEOUT(sessions.state(profile.id) != SessionManager::State::LoggingIn,
                                 40000);
        if (!works) {
            QCOMPARE(sessions.state(profile.id), SessionManager::State::LoggedOut);
            QVERIFY2(sessions.lastError(profile.id).contains(QLatin1String("invalid_client")),
                     qPrintable(sessions.lastError(profile.id)));
            return;
        }
        QVERIFY2(sessions.state(profile.id) == SessionManager::State::LoggedIn,
                 qPrintable(sessions.lastError(profile.id)));
        SmartSession* session = sessions.session(profile.id);
        if (ehrLaunch)
            QCOMPARE(session->tokens().patient, QStringLiteral("pat-garcia"));
        const QByteArray first = session->tokens().accessToken.reveal();
        QCOMPARE(fhirStatus(first), 200);
        QSignalSpy refreshed(session, &SmartSession::refreshed);
        sessions.refresh(profile.id);
        QVERIFY(refreshed.wait(15000));
        QVERIFY(session->tokens().accessToken.reveal() != first);
        QCOMPARE(fhirStatus(session->tokens().accessToken.reveal()), 200);
    }

    // Short-lived tokens from the server: Sightline refreshes at three quarters of their life,
    // so the number of token requests is what the lifetime calls for. With 60 s tokens it once
    // refreshed without pause (1,909 token requests in 20 s).
    void shortLivedTokensAreRefreshedCalmly_data() {
        QTest::addColumn<int>("lifetime");
        QTest::addColumn<int>("watchMs");
        QTest::addColumn<int>("expectedRefreshes");
        QTest::newRow("15 s tokens, watched for 14 s") << 15 << 14000 << 1;
        QTest::newRow("60 s tokens, watched for 5 s") << 60 << 5000 << 0;
        QTest::newRow("1 h tokens, watched for 5 s") << 3600 << 5000 << 0;
    }
    void shortLivedTokensAreRefreshedCalmly() {
        QFETCH(int, lifetime);
        QFETCH(int, watchMs);
        QFETCH(int, expectedRefreshes);
        sandboxJson(QStringLiteral("/sandbox/token-ttl"),
                    QStringLiteral(R"({"seconds":%1})").arg(lifetime).toUtf8());
        test::ScriptedBrowser browser;
        SessionManager sessions(&m_network, nullptr, browser.opener());
        ServerProfile profile = m_sandbox.smartProfile();
        profile.id = QStringLiteral("short-tokens-%1").arg(lifetime);
        sessions.login(profile);
        QTRY_VERIFY_WITH_TIMEOUT(sessions.state(profile.id) == SessionManager::State::LoggedIn,
                                 40000);
        QVERIFY(qAbs(sessions.session(profile.id)->secondsLeft() - lifetime) <= 2);
        const int before = refreshRequests();
        QTest::qWait(watchMs);
        QCOMPARE(refreshRequests() - before, expectedRefreshes);
        QCOMPARE(sessions.state(profile.id), SessionManager::State::LoggedIn);
        QCOMPARE(fhirStatus(sessions.session(profile.id)->tokens().accessToken.reveal()), 200);
    }

    // The server rotates a public client's refresh token at every refresh and, as OAuth
    // advises, revokes the whole grant when an old one is used again. Each refresh must send
    // the newest: three refreshes in a row keep the session, and the keychain is told each time.
    void rotatedRefreshTokensAreUsedOnce() {
        test::ScriptedBrowser browser;
        SessionManager sessions(&m_network, nullptr, browser.opener());
        ServerProfile profile = m_sandbox.smartProfile();
        profile.id = QStringLiteral("rotation");
        sessions.login(profile);
        QTRY_VERIFY_WITH_TIMEOUT(sessions.state(profile.id) == SessionManager::State::LoggedIn,
                                 40000);
        SmartSession* session = sessions.session(profile.id);
        QSignalSpy refreshed(session, &SmartSession::refreshed);
        QSet<QByteArray> seen{session->tokens().refreshToken.reveal()};
        for (int round = 1; round <= 3; ++round) {
            session->refreshNow();
            QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), round, 10000);
            QVERIFY2(refreshed.last().first().toBool(), "a rotated token is news for the keychain");
            const QByteArray current = session->tokens().refreshToken.reveal();
            QVERIFY2(!seen.contains(current), "the server rotates at every refresh");
            seen.insert(current);
            QCOMPARE(sessions.state(profile.id), SessionManager::State::LoggedIn);
            QCOMPARE(fhirStatus(session->tokens().accessToken.reveal()), 200);
        }
    }

    // Whatever a test did to the token lifetime, the next one starts with hour-long tokens.
    void cleanup() {
        sandboxJson(QStringLiteral("/sandbox/token-ttl"), QByteArrayLiteral(R"({"seconds":3600})"));
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestSmartSandbox)
#include "TestSmartSandbox.moc"
