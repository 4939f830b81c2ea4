#include "fhir/FhirClient.h"
#include "servers/SecretStore.h"
#include "smart/SessionManager.h"
#include "smart/SmartSession.h"
#include "smart/TokenEndpointClient.h"
#include "smart/TokenVault.h"
#include "support/SandboxFixture.h"
#include "support/ScriptedBrowser.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace sightline;

// Sessions kept in a real OS keychain (a GNOME keyring in the test's own D-Bus session): a login
// survives a "restart" (a new SessionManager) through the refresh token alone, logout revokes and
// forgets it, and a revoked refresh token ends as "log in again" with the entry removed.
class TestSessionKeychainSandbox : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    SecretStore m_secrets{QStringLiteral("SightlineTest")};
    TokenVault m_vault{&m_secrets};

    ServerProfile profile() const {
        ServerProfile p;
        p.id = QStringLiteral("sandbox-smart");
        p.name = QStringLiteral("Sandbox (SMART)");
        p.fhirBase = m_sandbox.fhirBase();
        p.authKind = ServerProfile::AuthKind::SmartPublic;
        p.clientId = QStringLiteral("sightline-desktop");
        return p;
    }

    std::optional<QByteArray> stored(const QString& serverId) {
        std::optional<Result<QByteArray>> result;
        m_secrets.read(TokenVault::keyFor(serverId), this,
                       [&](const Result<QByteArray>& r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000) || !result->ok())
            return std::nullopt;
        return result->value();
    }

    int readPatient(SessionManager& sessions) {
        FhirClient client(&m_network, nullptr, m_sandbox.fhirBase());
        sessions.attach(&client);
        std::optional<int> status;
        client.read(QStringLiteral("Patient"), QStringLiteral("pat-mueller"), this,
                    [&](const Result<FhirReply>& r) { status = r ? 200 : r.error().httpStatus; });
        return QTest::qWaitFor([&] { return status.has_value(); }, 10000) ? *status : -1;
    }

    void loginWith(SessionManager& sessions) {
        QSignalSpy kept(&sessions, &SessionManager::vaultUpdated);
        sessions.login(profile());
        QTRY_VERIFY_WITH_TIMEOUT(sessions.state(profile().id) == SessionManager::State::LoggedIn,
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!kept.isEmpty(), 10000);
        QVERIFY2(sessions.notice(profile().id).isEmpty(),
                 qPrintable(sessions.notice(profile().id)));
    }

private slots:
    void initTestCase() {
        const QString error = m_sandbox.start({QStringLiteral("--auth")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void vaultRoundTrip() {
        TokenSet tokens;
        tokens.accessToken = SecretBytes("access-never-stored");
        tokens.refreshToken = SecretBytes("refresh-1");
        tokens.patient = QStringLiteral("pat-1");
        tokens.fhirUser = QStringLiteral("Practitioner/x");
        tokens.scopes = SmartScopeSet::parse(QStringLiteral("launch/patient patient/*.rs"));
        std::optional<Status> kept;
        m_vault.keep(QStringLiteral("round-trip"), tokens, this,
                     [&](const Status& s) { kept = s; });
        QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), 10000);
        QVERIFY2(kept->ok(), qPrintable(kept->error().toString()));
        QVERIFY(!stored(QStringLiteral("round-trip"))->contains("access-never-stored"));

        std::optional<Result<TokenSet>> restored;
        m_vault.restore(QStringLiteral("round-trip"), this,
                        [&](const Result<TokenSet>& r) { restored = r; });
        QTRY_VERIFY_WITH_TIMEOUT(restored.has_value(), 10000);
        QVERIFY(restored->ok());
        QCOMPARE((*restored)->refreshToken.reveal(), QByteArray("refresh-1"));
        QVERIFY((*restored)->accessToken.isEmpty());
        QCOMPARE((*restored)->patient, QStringLiteral("pat-1"));
        QCOMPARE((*restored)->fhirUser, QStringLiteral("Practitioner/x"));
        QVERIFY((*restored)->scopes.contains(QStringLiteral("patient/*.rs")));

        std::optional<Status> forgotten;
        m_vault.forget(QStringLiteral("round-trip"), this, [&](const Status& s) { forgotten = s; });
        QTRY_VERIFY_WITH_TIMEOUT(forgotten.has_value(), 10000);
        QVERIFY(forgotten->ok());
        restored.reset();
        m_vault.restore(QStringLiteral("round-trip"), this,
                        [&](const Result<TokenSet>& r) { restored = r; });
        QTRY_VERIFY_WITH_TIMEOUT(restored.has_value(), 10000);
        QCOMPARE(restored->error().kind, Error::Kind::NotFound);
    }

    void unreadableEntryIsAClearError() {
        const auto bad = TokenVault::deserialise("{\"version\":99}");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::MalformedData);
        QVERIFY(!TokenVault::deserialise("not json").ok());
    }

    void sessionSurvivesRestartAndLogoutForgetsIt() {
        test::ScriptedBrowser browser;
        QByteArray firstAccess;
        {
            SessionManager sessions(&m_network, nullptr, browser.opener());
            sessions.setTokenVault(&m_vault);
            loginWith(sessions);
            if (QTest::currentTestFailed())
                return;
            firstAccess = sessions.session(profile().id)->tokens().accessToken.reveal();
            const auto entry = stored(profile().id);
            QVERIFY(entry.has_value());
            QVERIFY2(!entry->contains(firstAccess), "the access token must not be kept");
            QVERIFY(
                entry->contains(sessions.session(profile().id)->tokens().refreshToken.reveal()));
        }
        // "Restart": a new manager with no tokens in memory resumes from the keychain.
        SessionManager restarted(&m_network, nullptr, [](const QUrl&) { return false; });
        restarted.setTokenVault(&m_vault);
        QSignalSpy loggedIn(&restarted, &SessionManager::loggedIn);
        restarted.resume(profile());
        QVERIFY(restarted.resuming(profile().id));
        QTRY_VERIFY_WITH_TIMEOUT(!loggedIn.isEmpty(), 15000);
        QCOMPARE(restarted.state(profile().id), SessionManager::State::LoggedIn);
        const TokenSet& tokens = restarted.session(profile().id)->tokens();
        QCOMPARE(tokens.patient, QStringLiteral("pat-mueller"));
        QCOMPARE(tokens.fhirUser, QStringLiteral("Practitioner/dr-rad"));
        QVERIFY(!tokens.accessToken.isEmpty());
        QVERIFY(tokens.accessToken.reveal() != firstAccess);
        QCOMPARE(readPatient(restarted), 200);

        QSignalSpy loggedOut(&restarted, &SessionManager::loggedOut);
        restarted.logout(profile().id);
        QTRY_VERIFY_WITH_TIMEOUT(!loggedOut.isEmpty(), 10000);
        QVERIFY(!stored(profile().id).has_value());
        QCOMPARE(readPatient(restarted), 401);

        // Nothing kept any more: a resume ends quietly logged out.
        SessionManager again(&m_network, nullptr, [](const QUrl&) { return false; });
        again.setTokenVault(&m_vault);
        again.resume(profile());
        QTRY_VERIFY_WITH_TIMEOUT(!again.resuming(profile().id), 10000);
        QCOMPARE(again.state(profile().id), SessionManager::State::LoggedOut);
        QVERIFY(again.lastError(profile().id).isEmpty());
    }

    void revokedRefreshTokenAsksForLoginAndForgets() {
        test::ScriptedBrowser browser;
        SessionManager sessions(&m_network, nullptr, browser.opener());
        sessions.setTokenVault(&m_vault);
        loginWith(sessions);
        if (QTest::currentTestFailed())
            return;
        // Another party (an administrator, the EHR) revokes the refresh token.
        const TokenSet tokens = sessions.session(profile().id)->tokens();
        TokenEndpointClient endpoint(&m_network, nullptr, QStringLiteral("sightline-desktop"));
        std::optional<Status> revoked;
        const QUrl revocation(m_sandbox.smartIssuer().toString() +
                              QStringLiteral("/token/revocation"));
        endpoint.revoke(revocation, tokens.refreshToken, QStringLiteral("refresh_token"), this,
                        [&](const Status& s) { revoked = s; });
        QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), 10000);
        QVERIFY(revoked->ok());

        SessionManager restarted(&m_network, nullptr, [](const QUrl&) { return false; });
        restarted.setTokenVault(&m_vault);
        restarted.resume(profile());
        QTRY_VERIFY_WITH_TIMEOUT(
            restarted.state(profile().id) == SessionManager::State::LoginRequired, 15000);
        QVERIFY(restarted.lastError(profile().id).contains(QLatin1String("invalid_grant")));
        QTRY_VERIFY_WITH_TIMEOUT(!stored(profile().id).has_value(), 10000);
    }

    // A Secret Service that takes calls and never answers (here: its daemon stopped) once
    // left a resumed session "logging in" for ever; the keychain's answer now has a deadline.
    void aKeychainThatNeverAnswersEndsTheWait() {
        QVERIFY(stored(QStringLiteral("nothing-here")) == std::nullopt); // the service runs
        const auto pid = QDBusConnection::sessionBus().interface()->servicePid(
            QStringLiteral("org.freedesktop.secrets"));
        QVERIFY2(pid.isValid() && pid.value() > 0, qPrintable(pid.error().message()));
        QCOMPARE(::kill(pid_t(pid.value()), SIGSTOP), 0);
        const auto resume = qScopeGuard([&] { ::kill(pid_t(pid.value()), SIGCONT); });

        SecretStore hung(QStringLiteral("SightlineTest"));
        hung.setTimeoutMs(1500);
        TokenVault vault(&hung);
        SessionManager sessions(&m_network, nullptr, [](const QUrl&) { return false; });
        sessions.setTokenVault(&vault);
        QElapsedTimer clock;
        clock.start();
        sessions.resume(profile());
        QTRY_VERIFY_WITH_TIMEOUT(sessions.state(profile().id) == SessionManager::State::LoggedOut,
                                 10000);
        QVERIFY2(clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(sessions.lastError(profile().id).contains(QLatin1String("did not answer")),
                 qPrintable(sessions.lastError(profile().id)));
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestSessionKeychainSandbox)
#include "TestSessionKeychainSandbox.moc"
