#include "MainWindow.h"
#include "capabilities/CapabilitiesPanel.h"
#include "common/PatientBanner.h"
#include "logging/LogCollector.h"
#include "network/NetworkRecorder.h"
#include "servers/SecretStore.h"
#include "servers/ServerStore.h"
#include "support/SandboxFixture.h"

#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// The whole window as a user sees it: a configured sandbox server is selected, its capabilities
// load, the Network dock lists the requests, the Log dock the log lines, and the banner says that
// no patient is open.
class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void showsSandboxServer() {
        test::SandboxFixture sandbox;
        const QString error = sandbox.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QTemporaryDir dir;
        ServerStore servers(dir.filePath(QStringLiteral("servers.ini")));
        ServerProfile profile;
        profile.name = QStringLiteral("Sightline sandbox");
        profile.fhirBase = sandbox.fhirBase();
        profile = servers.save(profile);
        SecretStore secrets(QStringLiteral("SightlineTest"));
        QNetworkAccessManager network;
        NetworkRecorder recorder;
        LogCollector log;
        log.install();

        MainWindow window(
            {&servers, &secrets, &recorder, &log, FhirClientFactory(&network, &recorder)});
        window.capabilitiesPanel()->selectServer(profile.id);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.capabilitiesPanel()->capabilitiesOf(profile.id) != nullptr,
                                 20000);

        QVERIFY(window.patientBanner()->text().contains(QLatin1String("No patient open")));
        auto* networkTable = window.findChild<QDockWidget*>(QStringLiteral("networkDock"))
                                 ->findChild<QTableView*>(QStringLiteral("networkTable"));
        QVERIFY(networkTable->model()->rowCount() >= 2);
        auto* logText = window.findChild<QDockWidget*>(QStringLiteral("logDock"))
                            ->findChild<QPlainTextEdit*>(QStringLiteral("logText"));
        QTRY_VERIFY(logText->toPlainText().contains(QLatin1String("sightline.capabilities")));
        networkTable->selectRow(0);

        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(shots));
            QVERIFY(window.grab().save(QString::fromLocal8Bit(shots) +
                                       QStringLiteral("/main-window.png")));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
