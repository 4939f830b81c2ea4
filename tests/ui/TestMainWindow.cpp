#include "MainWindow.h"
#include "capabilities/CapabilitiesPanel.h"
#include "common/PatientBanner.h"
#include "gateway/DicomWebGateway.h"
#include "imaging/ImagingService.h"
#include "imaging/StudiesPanel.h"
#include "imaging/StudyTableModel.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "jobs/JobsPanel.h"
#include "logging/LogCollector.h"
#include "network/NetworkRecorder.h"
#include "servers/SecretStore.h"
#include "servers/ServerStore.h"
#include "support/SandboxFixture.h"
#include "viewers/StudyOpener.h"
#include "viewers/ViewerRegistry.h"

#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sightline;

// The whole window as a user sees it: a configured sandbox server is selected, its capabilities
// load, the Network dock lists the requests, the Log dock the log lines, and the banner says that
// no patient is open.
class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // English plural forms, as the app loads them ("4 imaging studies", not "stud(y/ies)").
        auto* plurals = new QTranslator(this);
        if (plurals->load(QStringLiteral(SIGHTLINE_TRANSLATIONS_DIR "/sightline_en.qm")))
            QCoreApplication::installTranslator(plurals);
    }

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

        const FhirClientFactory clients(&network, &recorder);
        ImagingService imaging(clients, dir.filePath(QStringLiteral("cache")));
        GatewayOptions gatewayOptions;
        gatewayOptions.cacheRoot = imaging.cacheRoot();
        DicomWebGateway gateway(gatewayOptions);
        QVERIFY(gateway.start());
        ViewerRegistry viewers(dir.filePath(QStringLiteral("viewers.json")));
        StudyOpener opener(&imaging, &gateway, &viewers, nullptr);
        auto jobStore = JobStore::open(dir.filePath(QStringLiteral("jobs.db")));
        QVERIFY(jobStore);
        JobManager jobs(jobStore->get(), &network, nullptr);
        MainWindow window({&servers, &secrets, &recorder, &log, clients, nullptr, nullptr, nullptr,
                           &imaging, &gateway, &viewers, &opener, &jobs});
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

        // The Studies panel opens a patient: the banner says whose data is on screen.
        auto* panels = window.findChild<QTabWidget*>(QStringLiteral("panels"));
        panels->setCurrentWidget(window.studiesPanel());
        window.studiesPanel()->openPatient(profile.id, QStringLiteral("pat-mueller"));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.patientBanner()->text().contains(QStringLiteral("Jürgen Müller")), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(window.studiesPanel()->model()->rowCount(), 4, 20000);
        // Viewers: "Open in …", the embedded Viewer tab, and the gateway in the status bar.
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("openInButton")));
        QVERIFY(window.viewerTabs());
        // Jobs: a tab of their own, and the selected study can be exported from the cache.
        QVERIFY(window.findChild<JobsPanel*>());
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("exportStudyButton")));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("gatewayStatus"))
                    ->text()
                    .contains(QString::number(gateway.port())));

        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(shots));
            QVERIFY(window.grab().save(QString::fromLocal8Bit(shots) +
                                       QStringLiteral("/main-window.png")));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
