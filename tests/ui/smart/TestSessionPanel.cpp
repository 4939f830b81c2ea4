#include "audit/AuditTrail.h"
#include "fhir/FhirClient.h"
#include "logging/LogCollector.h"
#include "network/NetworkRecorder.h"
#include "servers/SecretStore.h"
#include "servers/ServerStore.h"
#include "smart/SessionManager.h"
#include "smart/SessionPanel.h"
#include "smart/SmartSession.h"
#include "smart/TokenVault.h"
#include "support/SandboxFixture.h"
#include "support/ScriptedBrowser.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace sightline;

// Logs in to the sandbox (FHIR server requiring tokens) from the Session panel, with the
// browser scripted, and checks what the panel shows, the launch patient, the token on FHIR
// requests, the audit trail and logging out.
class TestSessionPanel : public QObject {
    Q_OBJECT
private slots:
    void loginShowLogout() {
        test::SandboxFixture sandbox;
        const QString error = sandbox.start({QStringLiteral("--auth")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        ServerStore servers(dir.filePath(QStringLiteral("servers.ini")));
        ServerProfile profile;
        profile.name = QStringLiteral("Sandbox (SMART)");
        profile.fhirBase = sandbox.fhirBase();
        profile.authKind = ServerProfile::AuthKind::SmartPublic;
        profile.clientId = QStringLiteral("sightline-desktop");
        profile.scopes = {QStringLiteral("openid"),         QStringLiteral("fhirUser"),
                          QStringLiteral("offline_access"), QStringLiteral("launch/patient"),
                          QStringLiteral("patient/*.rs"),   QStringLiteral("patient/Device.rs")};
        profile = servers.save(profile);

        QNetworkAccessManager network;
        NetworkRecorder recorder;
        LogCollector log;
        log.install();
        QLoggingCategory::setFilterRules(QStringLiteral("sightline.*=true"));
        AuditTrail audit(dir.filePath(QStringLiteral("journal.db")));
        test::ScriptedBrowser browser;
        SessionManager sessions(&network, &recorder, browser.opener(), &audit);
        SecretStore keychain(QStringLiteral("SightlineTest")); // a real keyring (KEYRING test)
        TokenVault vault(&keychain);
        sessions.setTokenVault(&vault);
        QSignalSpy kept(&sessions, &SessionManager::vaultUpdated);
        FhirClientFactory clients(&network, &recorder,
                                  [&sessions](FhirClient* c) { sessions.attach(c); });
        SessionPanel panel(&servers, &sessions, clients);
        QSignalSpy patientOpened(&panel, &SessionPanel::patientOpened);
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("sessionState"))->text(),
                 QStringLiteral("Not logged in"));

        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("loginButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(sessions.state(profile.id) == SessionManager::State::LoggedIn,
                                 30000);
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("sessionUser"))->text(),
                 QStringLiteral("Practitioner/dr-rad"));
        // Kept in the keychain: no warning under the form.
        QTRY_VERIFY_WITH_TIMEOUT(!kept.isEmpty(), 10000);
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("sessionError"))->text(), QString());
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("sessionPatient"))->text(),
                 QStringLiteral("Patient/pat-mueller"));
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("sessionExpiry"))
                    ->text()
                    .startsWith(QLatin1String("in ")));
        QVERIFY(panel.findChild<QListWidget*>(QStringLiteral("grantedScopes"))->count() >= 2);
        // The sandbox does not grant a scope it does not know: shown as asked for, not granted.
        QVERIFY(!panel.findChild<QListWidget*>(QStringLiteral("missingScopes"))
                     ->findItems(QStringLiteral("patient/Device.rs"), Qt::MatchExactly)
                     .isEmpty());

        // Identity scopes the tokens prove (id_token, fhirUser claim, refresh token) are not
        // "missing".
        QVERIFY(panel.findChild<QListWidget*>(QStringLiteral("missingScopes"))
                    ->findItems(QStringLiteral("openid"), Qt::MatchExactly)
                    .isEmpty());
        QVERIFY(panel.findChild<QListWidget*>(QStringLiteral("missingScopes"))
                    ->findItems(QStringLiteral("offline_access"), Qt::MatchExactly)
                    .isEmpty());

        // The launch patient opens, read with the session's token.
        QTRY_COMPARE_WITH_TIMEOUT(patientOpened.size(), 1, 10000);
        const auto patient = patientOpened.first().first().value<PatientSummary>();
        QCOMPARE(patient.name, QStringLiteral("Jürgen Müller"));
        QCOMPARE(patient.identifier, QStringLiteral("SL-1001"));

        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(shots));
            QVERIFY(panel.grab().save(QString::fromLocal8Bit(shots) +
                                      QStringLiteral("/session-panel.png")));
        }

        // A refresh, so the cycle is login → refresh → logout; remember every token seen.
        QList<QByteArray> secrets{sessions.session(profile.id)->tokens().accessToken.reveal(),
                                  sessions.session(profile.id)->tokens().refreshToken.reveal()};
        QSignalSpy refreshed(sessions.session(profile.id), &SmartSession::refreshed);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("refreshButton")),
                          Qt::LeftButton);
        QVERIFY(refreshed.wait(10000));
        secrets << sessions.session(profile.id)->tokens().accessToken.reveal()
                << sessions.session(profile.id)->tokens().refreshToken.reveal();

        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("logoutButton")),
                          Qt::LeftButton);
        QCOMPARE(sessions.state(profile.id), SessionManager::State::LoggedOut);
        QVERIFY(!sessions.session(profile.id)->isActive());
        QVERIFY(audit.flush().ok());
        std::optional<QList<AuditRecord>> records;
        audit.records({}, this, [&](QList<AuditRecord> r) { records = r; });
        QTRY_VERIFY(records.has_value());
        QStringList codes;
        for (const auto& r : *records) {
            if (r.json.contains("\"login\""))
                codes << QStringLiteral("login");
            if (r.json.contains("\"logout\""))
                codes << QStringLiteral("logout");
        }
        QCOMPARE(codes, (QStringList{QStringLiteral("login"), QStringLiteral("logout")}));

        // No token anywhere it could leak: log lines, recorded HTTP exchanges, settings, audit.
        QTest::qWait(200); // let the revocation requests finish and be recorded
        QByteArray everything;
        for (const LogEntry& e : log.entries())
            everything += e.message.toUtf8() + '\n';
        for (const HttpExchange& x : recorder.exchanges()) {
            everything += x.url.toEncoded() + x.requestBody + x.responseBody;
            for (const auto& [name, value] : x.requestHeaders + x.responseHeaders)
                everything += name + ": " + value + '\n';
        }
        QFile settings(servers.fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        everything += settings.readAll();
        for (const auto& r : *records)
            everything += r.json;
        QVERIFY(recorder.exchanges().size() >=
                6); // discovery, token, patient read, refresh, two revocations
        for (const QByteArray& secret : secrets) {
            QVERIFY(secret.size() > 10);
            QVERIFY2(!everything.contains(secret),
                     "a token leaked into logs, the Network panel, settings or the audit trail");
        }
    }

    // Confidential clients from the window, as a user sets them up: the secret typed into the
    // server's dialog goes to the keychain (a real GNOME keyring here), and the Log in button
    // logs in with it, as registered (basic or post); FHIR then answers with the session's
    // token, and Refresh works. Until now only the command line and core ran these clients.
    void confidentialClientsLogInFromThePanel() {
        test::SandboxFixture sandbox;
        const QString error = sandbox.start({QStringLiteral("--auth")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        ServerStore servers(dir.filePath(QStringLiteral("servers.ini")));
        QNetworkAccessManager network;
        test::ScriptedBrowser browser;
        SessionManager sessions(&network, nullptr, browser.opener());
        SecretStore keychain(QStringLiteral("SightlineTest"));
        sessions.setSecretStore(&keychain);
        FhirClientFactory clients(&network, nullptr,
                                  [&sessions](FhirClient* c) { sessions.attach(c); });
        for (const QJsonValue c :
             sandbox.state().value(QLatin1String("confidentialClients")).toArray()) {
            const QString clientId = c.toObject().value(QLatin1String("clientId")).toString();
            ServerProfile profile = sandbox.smartProfile(clientId);
            profile.authKind = ServerProfile::AuthKind::SmartConfidential;
            profile.clientId = clientId;
            profile.tokenEndpointAuthMethod =
                c.toObject().value(QLatin1String("method")).toString();
            profile = servers.save(profile);
            std::optional<Status> stored;
            keychain.write(profile.secretKey(),
                           c.toObject().value(QLatin1String("secret")).toString().toUtf8(), this,
                           [&](const Status& s) { stored = s; });
            QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
            QVERIFY2(stored->ok(), qPrintable(stored->error().toString()));

            SessionPanel panel(&servers, &sessions, clients);
            panel.resize(1000, 600);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            auto* server = panel.findChild<QComboBox*>(QStringLiteral("sessionServer"));
            QVERIFY(server);
            server->setCurrentIndex(server->findData(profile.id));
            QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("loginButton")),
                              Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(sessions.state(profile.id) != SessionManager::State::LoggingIn,
                                     30000);
            QVERIFY2(sessions.state(profile.id) == SessionManager::State::LoggedIn,
                     qPrintable(clientId + QStringLiteral(": ") + sessions.lastError(profile.id)));
            QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("sessionState"))->text(),
                     QStringLiteral("Logged in"));

            auto client = clients.create(profile, this);
            QVERIFY(client);
            std::optional<int> status;
            client.value()->read(
                QStringLiteral("Patient"), QStringLiteral("pat-mueller"), this,
                [&](const Result<FhirReply>& r) { status = r ? 200 : r.error().httpStatus; });
            QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 10000);
            QCOMPARE(*status, 200);

            QSignalSpy refreshed(sessions.session(profile.id), &SmartSession::refreshed);
            QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("refreshButton")),
                              Qt::LeftButton);
            QVERIFY2(refreshed.wait(10000), qPrintable(sessions.lastError(profile.id)));
            delete client.value();
        }
    }

    // No browser can be opened (a headless desktop, `launch --no-browser`): the login waits, the
    // panel shows its address with Copy, and opening the copied address elsewhere logs in. It
    // once failed at once with "Could not open the system browser". A login that ends without
    // tokens offers to try again.
    void noBrowserShowsTheLoginAddressToCopy() {
        test::SandboxFixture sandbox;
        const QString error = sandbox.start({QStringLiteral("--auth")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        ServerStore servers(dir.filePath(QStringLiteral("servers.ini")));
        const ServerProfile profile = servers.save(sandbox.smartProfile());
        QNetworkAccessManager network;
        SessionManager sessions(&network, nullptr, [](const QUrl&) { return false; });
        SessionPanel panel(&servers, &sessions, FhirClientFactory(&network, nullptr));
        QSignalSpy status(&panel, &SessionPanel::statusMessage);
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* login = panel.findChild<QPushButton*>(QStringLiteral("loginButton"));
        auto* address = panel.findChild<QLineEdit*>(QStringLiteral("loginPageAddress"));
        QVERIFY(login && address);
        QVERIFY(!address->isVisible());

        QTest::mouseClick(login, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(address->isVisible(), 20000);
        QCOMPARE(sessions.state(profile.id), SessionManager::State::LoggingIn);
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("sessionState"))
                    ->text()
                    .contains(QStringLiteral("No browser")));
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("copyLoginPage")),
                          Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, address->text());
        QVERIFY(QUrlQuery(QUrl(copied)).hasQueryItem(QStringLiteral("code_challenge")));
        QVERIFY(!status.isEmpty());

        test::ScriptedBrowser elsewhere;
        elsewhere.visit(QUrl(copied));
        QTRY_VERIFY_WITH_TIMEOUT(sessions.state(profile.id) == SessionManager::State::LoggedIn,
                                 30000);
        QVERIFY(!address->isVisible());

        // A login that is cancelled (or times out) leaves the button as "Try again".
        sessions.logout(profile.id);
        QTRY_VERIFY_WITH_TIMEOUT(sessions.state(profile.id) == SessionManager::State::LoggedOut,
                                 10000);
        QTest::mouseClick(login, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(address->isVisible(), 20000);
        sessions.cancelLogin(profile.id);
        QTRY_COMPARE_WITH_TIMEOUT(login->text(), QStringLiteral("Try again"), 10000);
        QVERIFY(login->isEnabled());
    }
};

QTEST_MAIN(TestSessionPanel)
#include "TestSessionPanel.moc"
