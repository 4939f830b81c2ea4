#include "audit/AuditTrail.h"
#include "fhir/FhirClient.h"
#include "servers/ServerStore.h"
#include "smart/SessionManager.h"
#include "smart/SessionPanel.h"
#include "smart/SmartSession.h"
#include "support/SandboxFixture.h"
#include "support/ScriptedBrowser.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
        AuditTrail audit(dir.filePath(QStringLiteral("journal.db")));
        test::ScriptedBrowser browser;
        SessionManager sessions(&network, nullptr, browser.opener(), &audit);
        FhirClientFactory clients(&network, nullptr,
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
    }
};

QTEST_MAIN(TestSessionPanel)
#include "TestSessionPanel.moc"
