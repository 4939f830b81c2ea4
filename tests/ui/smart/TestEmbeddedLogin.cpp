#include "smart/EmbeddedLoginWindow.h"
#include "smart/SessionManager.h"
#include "smart/SmartSession.h"
#include "support/SandboxFixture.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTest>
#include <QWidget>

using namespace sightline;

// The embedded (Qt WebEngine) login against the sandbox's oidc-provider: the real login pages
// load in Sightline's window, the redirect reaches the loopback listener, the session starts and
// the window closes. Closing the window early cancels the login.
class TestEmbeddedLogin : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;

    ServerProfile profile(const QString& id) const {
        ServerProfile p;
        p.id = id;
        p.fhirBase = m_sandbox.fhirBase();
        p.authKind = ServerProfile::AuthKind::SmartPublic;
        p.clientId = QStringLiteral("sightline-desktop");
        p.embeddedLogin = true;
        return p;
    }

private slots:
    void initTestCase() {
        const QString error = m_sandbox.start({QStringLiteral("--auth")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void loginInsideSightline() {
        QWidget main;
        main.show();
        bool systemBrowser = false;
        SessionManager sessions(&m_network, nullptr, [&](const QUrl&) {
            systemBrowser = true;
            return false;
        });
        sessions.setEmbeddedOpener(EmbeddedLoginWindow::opener(&main, &sessions));
        sessions.login(profile(QStringLiteral("embedded")));
        QTRY_VERIFY_WITH_TIMEOUT(main.findChild<EmbeddedLoginWindow*>() != nullptr, 20000);
        QPointer<EmbeddedLoginWindow> window = main.findChild<EmbeddedLoginWindow*>();
        QTRY_VERIFY_WITH_TIMEOUT(
            sessions.state(QStringLiteral("embedded")) != SessionManager::State::LoggingIn, 60000);
        QVERIFY2(sessions.state(QStringLiteral("embedded")) == SessionManager::State::LoggedIn,
                 qPrintable(sessions.lastError(QStringLiteral("embedded"))));
        QVERIFY(!systemBrowser);
        QCOMPARE(sessions.session(QStringLiteral("embedded"))->tokens().patient,
                 QStringLiteral("pat-mueller"));
        QTRY_VERIFY_WITH_TIMEOUT(window.isNull(), 10000); // closed and deleted
    }

    void closingTheWindowCancels() {
        QWidget main;
        main.show();
        SessionManager sessions(&m_network, nullptr, [](const QUrl&) { return false; });
        sessions.setEmbeddedOpener(EmbeddedLoginWindow::opener(&main, &sessions));
        sessions.login(profile(QStringLiteral("cancelled")));
        QTRY_VERIFY_WITH_TIMEOUT(main.findChild<EmbeddedLoginWindow*>() != nullptr, 20000);
        main.findChild<EmbeddedLoginWindow*>()->close(); // as the window's close button does
        QTRY_VERIFY_WITH_TIMEOUT(
            sessions.state(QStringLiteral("cancelled")) != SessionManager::State::LoggingIn, 10000);
        // Either the user beat the scripted login (cancelled) or the login had already come back.
        if (sessions.state(QStringLiteral("cancelled")) != SessionManager::State::LoggedIn)
            QVERIFY2(
                sessions.lastError(QStringLiteral("cancelled")).contains(QLatin1String("ancel")),
                qPrintable(sessions.lastError(QStringLiteral("cancelled"))));
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_MAIN(TestEmbeddedLogin)
#include "TestEmbeddedLogin.moc"
