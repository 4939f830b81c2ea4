#include "capabilities/SmartConfiguration.h"
#include "fhir/FhirClient.h"
#include "smart/ClientAssertion.h"
#include "smart/SessionManager.h"
#include "smart/SigningKey.h"
#include "smart/SmartSession.h"
#include "smart/TokenEndpointClient.h"
#include "support/SandboxFixture.h"
#include "support/ScriptedBrowser.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// SMART Backend Services against the sandbox's oidc-provider: RS384 and ES384 assertions work;
// replayed, expired and foreign-key assertions are refused.
class TestBackendServicesSandbox : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    QList<SigningKey> m_keys;
    SmartConfiguration m_smart;

    Result<TokenSet> requestToken(const QByteArray& assertion) {
        TokenEndpointClient endpoint(&m_network, nullptr, QStringLiteral("sightline-backend"));
        std::optional<Result<TokenSet>> result;
        endpoint.clientCredentials(m_smart.tokenEndpoint, assertion, QStringLiteral("system/*.rs"),
                                   this, [&](const auto& r) { result = r; });
        QTest::qWaitFor([&] { return result.has_value(); }, 10000);
        return result.value_or(
            Result<TokenSet>(Error::make(Error::Kind::Timeout, QStringLiteral("test timed out"))));
    }

private slots:
    void initTestCase() {
        for (auto algorithm : {SigningKey::Algorithm::RS384, SigningKey::Algorithm::ES384})
            m_keys << SigningKey::generate(algorithm).value();
        const QString jwksPath = m_dir.filePath(QStringLiteral("jwks.json"));
        QFile jwks(jwksPath);
        QVERIFY(jwks.open(QIODevice::WriteOnly));
        jwks.write(QJsonDocument(SigningKey::jwks(m_keys)).toJson());
        jwks.close();
        const QString error =
            m_sandbox.start({QStringLiteral("--auth"), QStringLiteral("--backend-jwks"), jwksPath});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QNetworkReply* reply = m_network.get(QNetworkRequest(QUrl(
            m_sandbox.fhirBase().toString() + QStringLiteral("/.well-known/smart-configuration"))));
        QTRY_VERIFY(reply->isFinished());
        m_smart = SmartConfiguration::fromJson(QJsonDocument::fromJson(reply->readAll()).object())
                      .value();
        reply->deleteLater();
        QVERIFY(m_smart.hasCapability(QStringLiteral("client-confidential-asymmetric")));
    }

    void tokenWithEachAlgorithm_data() {
        QTest::addColumn<int>("index");
        QTest::newRow("RS384") << 0;
        QTest::newRow("ES384") << 1;
    }
    void tokenWithEachAlgorithm() {
        QFETCH(int, index);
        const auto assertion =
            ClientAssertion::create(m_keys[index], QStringLiteral("sightline-backend"),
                                    m_smart.tokenEndpoint, QDateTime::currentDateTimeUtc());
        const auto tokens = requestToken(assertion.value());
        QVERIFY2(tokens.ok(), qPrintable(tokens.error().toString()));
        QVERIFY(tokens->scopes.covers(QStringLiteral("ImagingStudy"), SmartScope::Search));
        QNetworkRequest req(
            QUrl(m_sandbox.fhirBase().toString() + QStringLiteral("/ImagingStudy?_count=1")));
        req.setRawHeader("Authorization", "Bearer " + tokens->accessToken.reveal());
        QNetworkReply* reply = m_network.get(req);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

    void refusedAssertions_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("replayed-jti") << "replay";
        QTest::newRow("expired") << "expired";
        QTest::newRow("clock-ahead") << "ahead"; // local clock 15 min fast: iat in the future
        QTest::newRow("foreign-key") << "foreign";
        QTest::newRow("wrong-audience") << "audience";
    }
    void refusedAssertions() {
        QFETCH(QString, kind);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QByteArray assertion;
        if (kind == QLatin1String("replay")) {
            assertion =
                ClientAssertion::create(m_keys[0], QStringLiteral("sightline-backend"),
                                        m_smart.tokenEndpoint, now, 300, QStringLiteral("jti-once"))
                    .value();
            QVERIFY(requestToken(assertion).ok());
        } else if (kind == QLatin1String("expired")) {
            assertion = ClientAssertion::create(m_keys[0], QStringLiteral("sightline-backend"),
                                                m_smart.tokenEndpoint, now.addSecs(-900))
                            .value();
        } else if (kind == QLatin1String("ahead")) {
            assertion = ClientAssertion::create(m_keys[0], QStringLiteral("sightline-backend"),
                                                m_smart.tokenEndpoint, now.addSecs(900))
                            .value();
        } else if (kind == QLatin1String("foreign")) {
            const auto stranger = SigningKey::generate(SigningKey::Algorithm::ES384).value();
            assertion = ClientAssertion::create(stranger, QStringLiteral("sightline-backend"),
                                                m_smart.tokenEndpoint, now)
                            .value();
        } else {
            assertion = ClientAssertion::create(
                            m_keys[1], QStringLiteral("sightline-backend"),
                            QUrl(QStringLiteral("https://elsewhere.example/token")), now)
                            .value();
        }
        const auto tokens = requestToken(assertion);
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error().kind, Error::Kind::Authorization);
        QVERIFY2(tokens.error().message.contains(QLatin1String("invalid_client")),
                 qPrintable(tokens.error().toString()));
    }

    // The way users run it: a Backend Services server profile with a key file; the session gets
    // its token without a browser, FHIR requests carry it, and renewal signs a new assertion.
    void sessionWithoutBrowser() {
        const QString keyPath = m_dir.filePath(QStringLiteral("backend-es384.pem"));
        QVERIFY(m_keys[1].writePrivateKey(keyPath).ok());
        ServerProfile profile;
        profile.id = QStringLiteral("backend");
        profile.fhirBase = m_sandbox.fhirBase();
        profile.authKind = ServerProfile::AuthKind::BackendServices;
        profile.clientId = QStringLiteral("sightline-backend");
        profile.useJwtAssertion = true;
        profile.clientSecretPath = keyPath;
        bool browserOpened = false;
        SessionManager sessions(&m_network, nullptr, [&](const QUrl&) {
            browserOpened = true;
            return false;
        });
        sessions.login(profile);
        QTRY_VERIFY_WITH_TIMEOUT(sessions.state(profile.id) != SessionManager::State::LoggingIn,
                                 15000);
        QVERIFY2(sessions.state(profile.id) == SessionManager::State::LoggedIn,
                 qPrintable(sessions.lastError(profile.id)));
        QVERIFY(!browserOpened);
        FhirClient client(&m_network, nullptr, m_sandbox.fhirBase());
        sessions.attach(&client);
        auto readStatus = [&] {
            std::optional<int> status;
            client.read(
                QStringLiteral("Patient"), QStringLiteral("pat-mueller"), this,
                [&](const Result<FhirReply>& r) { status = r ? 200 : r.error().httpStatus; });
            return QTest::qWaitFor([&] { return status.has_value(); }, 10000) ? *status : -1;
        };
        QCOMPARE(readStatus(), 200);
        const QString firstTokenId = sessions.session(profile.id)->tokens().tokenId;
        QSignalSpy refreshed(sessions.session(profile.id), &SmartSession::refreshed);
        sessions.refresh(profile.id);
        QVERIFY(refreshed.wait(10000));
        QVERIFY(sessions.session(profile.id)->tokens().tokenId != firstTokenId);
        QCOMPARE(readStatus(), 200);

        // A key file that is not a key: a clear error, not a crash or a silent retry.
        profile.id = QStringLiteral("backend-broken");
        profile.clientSecretPath = m_dir.filePath(QStringLiteral("jwks.json"));
        sessions.login(profile);
        QTRY_VERIFY_WITH_TIMEOUT(sessions.state(profile.id) == SessionManager::State::LoggedOut,
                                 10000);
        QVERIFY2(sessions.lastError(profile.id).contains(QLatin1String("private key")),
                 qPrintable(sessions.lastError(profile.id)));
    }

    // A confidential asymmetric app-launch client (the SMART client type without a shared
    // secret): the login in the browser, then the code exchange and each refresh with a fresh
    // signed assertion. Such a client could not log in before (only secrets were sent), and a
    // key from another client is refused with the server's reason.
    void asymmetricConfidentialClientLogsInAndRefreshes_data() {
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("ehrLaunch"); // launched by the EHR with a patient in context
        QTest::newRow("RS384") << 0 << false;
        QTest::newRow("ES384") << 1 << false;
        QTest::newRow("ES384, EHR launch") << 1 << true;
    }
    void asymmetricConfidentialClientLogsInAndRefreshes() {
        QFETCH(int, index);
        QFETCH(bool, ehrLaunch);
        const QString keyPath = m_dir.filePath(QStringLiteral("asymmetric-%1.pem").arg(index));
        QVERIFY(m_keys[index].writePrivateKey(keyPath).ok());
        ServerProfile profile = m_sandbox.smartProfile();
        profile.id = QStringLiteral("asymmetric-%1-%2").arg(index).arg(ehrLaunch);
        profile.authKind = ServerProfile::AuthKind::SmartConfidential;
        profile.clientId = QStringLiteral("sightline-asymmetric");
        profile.useJwtAssertion = true;
        profile.clientSecretPath = keyPath;
        test::ScriptedBrowser browser;
        SessionManager sessions(&m_network, nullptr, browser.opener());
        const QString launch =
            ehrLaunch ? m_sandbox.registerEhrLaunch(R"({"patient":"pat-nguyen"})") : QString();
        QVERIFY(!ehrLaunch || !launch.isEmpty());
        sessions.login(profile, launch);
        QTRY_VERIFY_WITH_TIMEOUT(sessions.state(profile.id) != SessionManager::State::LoggingIn,
                                 30000);
        QVERIFY2(sessions.state(profile.id) == SessionManager::State::LoggedIn,
                 qPrintable(sessions.lastError(profile.id)));
        if (ehrLaunch)
            QCOMPARE(sessions.session(profile.id)->tokens().patient, QStringLiteral("pat-nguyen"));
        const QString firstTokenId = sessions.session(profile.id)->tokens().tokenId;
        QVERIFY(!sessions.session(profile.id)->tokens().refreshToken.isEmpty());
        QSignalSpy refreshed(sessions.session(profile.id), &SmartSession::refreshed);
        sessions.refresh(profile.id);
        QVERIFY(refreshed.wait(10000));
        QVERIFY(sessions.session(profile.id)->tokens().tokenId != firstTokenId);

        // A key the server does not know for this client: refused, with the reason.
        const auto stranger = SigningKey::generate(SigningKey::Algorithm::ES384);
        const QString strangerPath = m_dir.filePath(QStringLiteral("stranger-%1.pem").arg(index));
        QVERIFY(stranger && stranger->writePrivateKey(strangerPath).ok());
        profile.id = QStringLiteral("asymmetric-stranger-%1-%2").arg(index).arg(ehrLaunch);
        profile.clientSecretPath = strangerPath;
        sessions.login(profile);
        QTRY_VERIFY_WITH_TIMEOUT(sessions.state(profile.id) != SessionManager::State::LoggingIn,
                                 30000);
        QCOMPARE(sessions.state(profile.id), SessionManager::State::LoggedOut);
        QVERIFY(!sessions.lastError(profile.id).isEmpty());
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestBackendServicesSandbox)
#include "TestBackendServicesSandbox.moc"
