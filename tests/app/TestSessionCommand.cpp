#include "SightlineRun.h"
#include "support/SandboxFixture.h"
#include "support/ScriptedBrowser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

// `sightline login|session|logout` as a user runs them, against the sandbox's SMART server and a
// real keychain (GNOME keyring in the test's own D-Bus session). The login address the command
// prints (--no-browser) is followed by a scripted browser.
class TestSessionCommand : public QObject {
    Q_OBJECT

    sightline::test::SandboxFixture m_sandbox;

    using Run = sightline::test::SightlineRun;
    static Run run(const QStringList& args) { return sightline::test::runSightline(args); }

    QString server() const {
        QString address = m_sandbox.fhirBase().toString();
        address.replace(QLatin1String("http://"), QLatin1String("fhir+http://"));
        return address + QStringLiteral("?client_id=sightline-desktop&name=SMART%20sandbox");
    }

    static void verifyNoTokens(const QByteArray& text) {
        // JWTs (id and access tokens) start with a base64url JSON header.
        QVERIFY2(!text.contains("eyJ"), text.constData());
        QVERIFY2(!text.contains("access_token") && !text.contains("refresh_token"),
                 text.constData());
    }

private slots:
    void initTestCase() {
        const QString error = m_sandbox.start({QStringLiteral("--auth")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void loginSessionLogout() {
        QProcess login;
        login.start(QStringLiteral(SIGHTLINE_EXECUTABLE),
                    {QStringLiteral("login"), server(), QStringLiteral("--no-browser")});
        QUrl address;
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                out += login.readAllStandardOutput();
                for (const QByteArray& line : out.split('\n')) {
                    if (line.startsWith("http"))
                        address = QUrl::fromEncoded(line.trimmed());
                }
                return address.isValid();
            }(),
            20000);
        QVERIFY(out.contains("Open this address in a browser to log in"));
        QCOMPARE(QUrlQuery(address).queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        sightline::test::ScriptedBrowser browser;
        QVERIFY(browser.opener()(address));
        // The scripted browser works in this process's event loop: wait without blocking it.
        QTRY_VERIFY_WITH_TIMEOUT(login.state() == QProcess::NotRunning, 30000);
        out += login.readAllStandardOutput();
        const QByteArray err = login.readAllStandardError();
        QVERIFY2(login.exitCode() == 0, (out + err).constData());
        QVERIFY2(out.contains("Practitioner/dr-rad"), out.constData());
        QVERIFY(out.contains("Patient/pat-mueller"));
        verifyNoTokens(out + err);

        // A later command resumes the session from the keychain (no browser).
        const Run session = run(
            {QStringLiteral("session"), QStringLiteral("SMART sandbox"), QStringLiteral("--json")});
        QVERIFY2(session.code == 0, (session.out + session.err).constData());
        const QJsonObject json = QJsonDocument::fromJson(session.out).object();
        QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("logged-in"));
        QCOMPARE(json.value(QLatin1String("patient")).toString(),
                 QStringLiteral("Patient/pat-mueller"));
        QCOMPARE(json.value(QLatin1String("fhirUser")).toString(),
                 QStringLiteral("Practitioner/dr-rad"));
        QVERIFY(json.value(QLatin1String("expiresInSeconds")).toInt() > 0);
        QVERIFY(json.value(QLatin1String("scopes"))
                    .toArray()
                    .contains(QJsonValue(QStringLiteral("launch/patient"))));
        verifyNoTokens(session.out + session.err);

        // Every command uses the session `sightline login` kept, against a FHIR server that
        // requires a token on every call (they once ran anonymously and got 401).
        const Run studies = run({QStringLiteral("studies"), QStringLiteral("SMART sandbox"),
                                 QStringLiteral("--patient"), QStringLiteral("pat-mueller"),
                                 QStringLiteral("--json")});
        QVERIFY2(studies.code == 0, (studies.out + studies.err).constData());
        QVERIFY(!QJsonDocument::fromJson(studies.out)
                     .object()
                     .value(QLatin1String("studies"))
                     .toArray()
                     .isEmpty());
        const Run consent = run({QStringLiteral("consent"), QStringLiteral("check"),
                                 QStringLiteral("SMART sandbox"), QStringLiteral("--patient"),
                                 QStringLiteral("pat-mueller"), QStringLiteral("--json")});
        QVERIFY2(consent.code == 0, (consent.out + consent.err).constData());
        verifyNoTokens(studies.out + studies.err + consent.out + consent.err);
        // The session is still there for the next command (a rotated refresh token was kept).
        const Run again = run({QStringLiteral("studies"), QStringLiteral("SMART sandbox"),
                               QStringLiteral("--patient"), QStringLiteral("pat-mueller")});
        QVERIFY2(again.code == 0, (again.out + again.err).constData());

        const Run logout = run({QStringLiteral("logout"), QStringLiteral("SMART sandbox")});
        QVERIFY2(logout.code == 0, (logout.out + logout.err).constData());
        QVERIFY(logout.out.contains("logged-out"));

        const Run after = run({QStringLiteral("session"), QStringLiteral("SMART sandbox")});
        QCOMPARE(after.code, 2);
        QVERIFY2(after.err.contains("Not logged in"), after.err.constData());
        // Logged out, a command says how to log in instead of failing with the server's 401.
        const Run anonymous = run({QStringLiteral("studies"), QStringLiteral("SMART sandbox"),
                                   QStringLiteral("--patient"), QStringLiteral("pat-mueller")});
        QCOMPARE(anonymous.code, 2);
        QVERIFY2(anonymous.err.contains("sightline login"), anonymous.err.constData());
    }

    // A Backend Services profile logs in from the command line with a signed assertion (it was
    // refused with "no client id"), and commands then use its token.
    void backendServicesLogInFromTheCommandLine() {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("backend.pem"));
        const Run keygen = run({QStringLiteral("keygen"), QStringLiteral("--out"), key});
        QVERIFY2(keygen.code == 0, keygen.err.constData());
        const QString jwks = dir.filePath(QStringLiteral("jwks.json"));
        QFile file(jwks);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(keygen.out);
        file.close();
        sightline::test::SandboxFixture backend;
        const QString error =
            backend.start({QStringLiteral("--auth"), QStringLiteral("--backend-jwks"), jwks});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QString address = backend.fhirBase().toString();
        address.replace(QLatin1String("http://"), QLatin1String("fhir+http://"));
        address += QStringLiteral("?client_id=sightline-backend&use_jwt_assertion=true"
                                  "&client_secret_path=") +
                   QString::fromLatin1(QUrl::toPercentEncoding(key)) +
                   QStringLiteral("&name=Backend%20sandbox");
        const Run login = run({QStringLiteral("login"), address});
        QVERIFY2(login.code == 0, (login.out + login.err).constData());
        verifyNoTokens(login.out + login.err);
        const Run studies = run({QStringLiteral("studies"), QStringLiteral("Backend sandbox"),
                                 QStringLiteral("--patient"), QStringLiteral("pat-mueller")});
        QVERIFY2(studies.code == 0, (studies.out + studies.err).constData());
        backend.stop();
    }

    void nonSmartServerIsAUsageError() {
        const Run r = run({QStringLiteral("login"), QStringLiteral("http://127.0.0.1:9/fhir")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("not set up for a SMART login"));
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestSessionCommand)
#include "TestSessionCommand.moc"
