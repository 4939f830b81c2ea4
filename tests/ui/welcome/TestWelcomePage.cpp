#include "desktop/SandboxLauncher.h"
#include "servers/ServerStore.h"
#include "welcome/WelcomePage.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// The first-run page: a server typed as a URL or connection string is offered to the main
// window (or the reason it cannot be used is shown), and the sandbox from Sightline's source
// starts, is offered as the one "Sightline sandbox" server, and stops with the page.
class TestWelcomePage : public QObject {
    Q_OBJECT
private slots:
    void init() { qputenv("SIGHTLINE_SANDBOX_DIR", SIGHTLINE_SANDBOX_DIR); }

    void typedServerIsOffered() {
        QTemporaryDir dir;
        ServerStore servers(dir.filePath("servers.ini"));
        WelcomePage page(&servers);
        page.show();
        QSignalSpy chosen(&page, &WelcomePage::serverChosen);
        auto* address = page.findChild<QLineEdit*>("welcomeAddress");
        auto* add = page.findChild<QPushButton*>("welcomeAdd");
        auto* problem = page.findChild<QLabel*>("welcomeProblem");

        QTest::keyClicks(address, "ftp://files.example.org");
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(problem->text().contains("fhir://"));
        QCOMPARE(chosen.size(), 0);

        address->clear();
        QVERIFY(problem->text().isEmpty());
        QTest::keyClicks(address, "fhir+http://127.0.0.1:9/fhir?name=Test%20EHR&client_id=app");
        QTest::keyClick(address, Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        const auto profile = chosen.at(0).at(0).value<ServerProfile>();
        QCOMPARE(profile.name, QString("Test EHR"));
        QCOMPARE(profile.fhirBase, QUrl("http://127.0.0.1:9/fhir"));
        QCOMPARE(profile.clientId, QString("app"));
        QVERIFY(address->text().isEmpty());

        QSignalSpy dialog(&page, &WelcomePage::serverDialogRequested);
        QTest::mouseClick(page.findChild<QPushButton*>("welcomeAllSettings"), Qt::LeftButton);
        QCOMPARE(dialog.size(), 1);
    }

    void missingSandboxIsExplained() {
        QTemporaryDir dir;
        qputenv("SIGHTLINE_SANDBOX_DIR", dir.path().toLocal8Bit());
        ServerStore servers(dir.filePath("servers.ini"));
        WelcomePage page(&servers);
        QVERIFY(!page.findChild<QPushButton*>("welcomeStartSandbox")->isEnabled());
        QVERIFY(
            page.findChild<QLabel*>("welcomeSandboxStatus")->text().contains("tests/sandbox/demo"));
    }

    void sandboxStartsAndStopsWithThePage() {
        qputenv("SIGHTLINE_SANDBOX_CACHE", SIGHTLINE_SANDBOX_CACHE); // images generated once
        QTemporaryDir dir;
        ServerStore servers(dir.filePath("servers.ini"));
        ServerProfile old;
        old.name = SandboxLauncher::profileName();
        old.fhirBase = QUrl("http://127.0.0.1:1/fhir"); // a port from an earlier start
        old = servers.save(old);

        auto* page = new WelcomePage(&servers);
        page->resize(900, 640);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
        QSignalSpy chosen(page, &WelcomePage::serverChosen);
        auto* start = page->findChild<QPushButton*>("welcomeStartSandbox");
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(!start->isEnabled());
        QVERIFY(page->findChild<QPushButton*>("welcomeCancelSandbox")->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(chosen.size(), 1, SandboxLauncher::kStartTimeoutMs);

        // The existing sandbox profile follows the new port.
        const auto profile = chosen.at(0).at(0).value<ServerProfile>();
        QCOMPARE(profile.id, old.id);
        QCOMPARE(profile.fhirBase.host(), QString("127.0.0.1"));
        QVERIFY(profile.fhirBase.port() != 1);
        QVERIFY(start->isEnabled());
        QVERIFY(page->findChild<QLabel*>("welcomeSandboxStatus")
                    ->text()
                    .contains(profile.fhirBase.toString()));

        // Its FHIR server answers.
        QNetworkAccessManager network;
        QUrl metadata = profile.fhirBase;
        metadata.setPath(metadata.path() + "/metadata");
        QNetworkReply* reply = network.get(QNetworkRequest(metadata));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();

        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(shots));
            QVERIFY(page->grab().save(QString::fromLocal8Bit(shots) + "/welcome-page.png"));
        }

        // Asked again while it runs: the same server, at once.
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.at(1).at(0).value<ServerProfile>().fhirBase, profile.fhirBase);

        // The sandbox goes with the page (with Sightline).
        delete page;
        QTcpSocket probe;
        probe.connectToHost("127.0.0.1", quint16(profile.fhirBase.port()));
        QVERIFY(!probe.waitForConnected(2000));
    }
};

QTEST_MAIN(TestWelcomePage)
#include "TestWelcomePage.moc"
