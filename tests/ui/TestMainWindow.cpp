#include "EhrEvents.h"
#include "MainWindow.h"
#include "capabilities/CapabilitiesPanel.h"
#include "common/PatientBanner.h"
#include "common/SettingsFile.h"
#include "context/ContextSettingsDialog.h"
#include "context/ContextSync.h"
#include "dimse/ReceivingNode.h"
#include "dimse/ReceivingNodeSettings.h"
#include "gateway/DicomWebGateway.h"
#include "help/AboutDialog.h"
#include "help/ShortcutsDialog.h"
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
#include "smart/SessionManager.h"
#include "smart/SessionPanel.h"
#include "support/SandboxFixture.h"
#include "support/ScriptedBrowser.h"
#include "viewers/StudyOpener.h"
#include "viewers/ViewerRegistry.h"
#include "welcome/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sightline;

// The services a window needs without servers to talk to: an empty server list, and (with
// `withImaging`) an image cache in the temporary folder.
struct OfflineServices {
    explicit OfflineServices(bool withImaging = true)
        : servers(dir.filePath(QStringLiteral("servers.ini")))
        , secrets(QStringLiteral("SightlineTest"))
        , clients(&network, &recorder) {
        if (withImaging)
            imaging = std::make_unique<ImagingService>(
                clients, CacheConnections(dir.filePath(QStringLiteral("cache"))));
    }
    MainWindowServices services() {
        MainWindowServices s{&servers, &secrets, &recorder, &log, clients};
        s.imaging = imaging.get();
        return s;
    }

    QTemporaryDir dir;
    ServerStore servers;
    SecretStore secrets;
    QNetworkAccessManager network;
    NetworkRecorder recorder;
    LogCollector log;
    FhirClientFactory clients;
    std::unique_ptr<ImagingService> imaging;
};

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
        ServerProfile profile =
            servers.save(sandbox.openProfile(QStringLiteral("Sightline sandbox")));
        SecretStore secrets(QStringLiteral("SightlineTest"));
        QNetworkAccessManager network;
        NetworkRecorder recorder;
        LogCollector log;
        log.install();

        const FhirClientFactory clients(&network, &recorder);
        ImagingService imaging(clients, CacheConnections(dir.filePath(QStringLiteral("cache"))));
        GatewayOptions gatewayOptions;
        gatewayOptions.cache = imaging.cache();
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

    // A small screen (1280×720) holds the window whatever its labels say, in English and in
    // German: a long server address in the Capabilities title once made it 8,022 px wide, a
    // mismatch warning 1,917 px, and the panels together 858 px tall. What does not fit is
    // elided or wrapped, with the whole text at hand.
    void fitsASmallScreenWithLongLabels_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
    }
    void fitsASmallScreenWithLongLabels() {
        QFETCH(QString, language);
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(QStringLiteral(SIGHTLINE_TRANSLATIONS_DIR "/sightline_") +
                                    language + QStringLiteral(".qm")));
            QCoreApplication::installTranslator(&translator);
        }
        OfflineServices offline;
        ServerProfile profile;
        profile.name = QStringLiteral("Universitätsklinikum Musterstadt — Radiologie, Haus B");
        profile.fhirBase = QUrl(QStringLiteral("https://fhir.radiologie.universitaetsklinikum-"
                                               "musterstadt.example/api/fhir/r4/tenants/") +
                                QString(240, QLatin1Char('x')) + QStringLiteral("/fhir"));
        profile = offline.servers.save(profile);
        MainWindow window(offline.services());
        window.capabilitiesPanel()->selectServer(profile.id);
        PatientSummary patient;
        patient.id = QStringLiteral("p1");
        patient.name =
            QStringLiteral("Maximiliane Alexandra Wilhelmine von Musterfrau-Beispielhaus");
        patient.birthDate = QDate(1958, 3, 14);
        patient.gender = QStringLiteral("female");
        patient.identifier = QStringLiteral("MRN-0000000000000000001");
        window.patientBanner()->showPatient(patient, profile.name);
        window.patientBanner()->showWarning(
            QStringLiteral("The DICOM header of this study names another patient: ") +
            QString(10, QLatin1Char('x'))
                .replace(QLatin1Char('x'), QStringLiteral("MUSTERFRAU^MAXIMILIANE ")));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize smallest = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(smallest.width() <= 1280 && smallest.height() <= 720,
                 qPrintable(QStringLiteral("the window needs at least %1×%2")
                                .arg(smallest.width())
                                .arg(smallest.height())));
        QVERIFY2(
            window.width() <= 1280 && window.height() <= 720,
            qPrintable(
                QStringLiteral("the window is %1×%2").arg(window.width()).arg(window.height())));
        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(window.grab().save(QString::fromLocal8Bit(shots) +
                                       QStringLiteral("/main-window-1280x720-") + language +
                                       QStringLiteral(".png")));
        QCoreApplication::removeTranslator(&translator);
    }

    // A receiving node turned on in Preferences runs whenever the window does, shown in the
    // status bar; when its port is taken, the status bar says so instead of failing silently.
    void startsTheReceivingNodeItWasToldTo() {
        OfflineServices offline;
        ReceivingNode node(offline.imaging->cache());
        MainWindowServices services = offline.services();
        services.receivingNode = &node;
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        ReceivingNodeSettings settings;
        settings.enabled = true;
        settings.scp.port = taken.serverPort();
        QVERIFY(settings.save()); // the user's receiving.ini, in this test's HOME
        {
            MainWindow window(services);
            window.show();
            QVERIFY(!node.isRunning());
            QVERIFY2(
                window.statusBar()->currentMessage().contains("The receiving node cannot start"),
                qPrintable(window.statusBar()->currentMessage()));
            QVERIFY(window.findChild<QLabel*>("receivingNodeStatus")->isHidden());
        }
        taken.close();
        {
            MainWindow window(services);
            window.show();
            QVERIFY(node.isRunning());
            QCOMPARE(node.port(), settings.scp.port);
            auto* status = window.findChild<QLabel*>("receivingNodeStatus");
            QVERIFY(status->isVisible());
            QVERIFY(status->text().contains(QString::number(settings.scp.port)));
        }
        node.stop();
        settings.enabled = false;
        QVERIFY(settings.save());
    }

    // The window comes back as it was left: size, docks, the panel in front.
    void remembersItsLayout() {
        OfflineServices offline;
        const MainWindowServices services = offline.services();
        QSize left;
        {
            MainWindow first(services);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            // A new user starts with the docks closed; this one opens the Log.
            QVERIFY(!first.findChild<QDockWidget*>(QStringLiteral("networkDock"))->isVisible());
            QVERIFY(!first.findChild<QDockWidget*>(QStringLiteral("logDock"))->isVisible());
            first.findChild<QDockWidget*>(QStringLiteral("logDock"))->show();
            first.resize(1000, 700); // the docks may keep it taller
            left = first.size();
            first.findChild<QDockWidget*>(QStringLiteral("networkDock"))->close();
            first.findChild<QTabWidget*>(QStringLiteral("panels"))->setCurrentIndex(2);
            first.close();
        }
        MainWindow next(services);
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        QCOMPARE(next.size(), left);
        QCOMPARE(next.width(), 1000);
        QVERIFY(!next.findChild<QDockWidget*>(QStringLiteral("networkDock"))->isVisible());
        QVERIFY(next.findChild<QDockWidget*>(QStringLiteral("logDock"))->isVisible());
        QCOMPARE(next.findChild<QTabWidget*>(QStringLiteral("panels"))->currentIndex(), 2);
        // The other tests start from the default layout.
        sightline::openSettingsFile({}, QStringLiteral("ui"))->clear();
    }

    // First run: with no server the welcome page is shown; a server typed there is saved and
    // shown in the Capabilities panel, and Help brings the page back.
    void firstRunWelcome() {
        OfflineServices offline(false);
        ServerStore& servers = offline.servers;
        MainWindow window(offline.services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.welcomePage()->isVisible());
        QVERIFY(!window.capabilitiesPanel()->isVisible());

        auto* address =
            window.welcomePage()->findChild<QLineEdit*>(QStringLiteral("welcomeAddress"));
        QTest::keyClicks(address, QStringLiteral("http://127.0.0.1:9/fhir"));
        QTest::keyClick(address, Qt::Key_Return);
        QCOMPARE(servers.profiles().size(), 1);
        QCOMPARE(servers.profiles().constFirst().fhirBase,
                 QUrl(QStringLiteral("http://127.0.0.1:9/fhir")));
        QVERIFY(window.capabilitiesPanel()->isVisible());
        QVERIFY(!window.welcomePage()->isVisible());
        QCOMPARE(window.capabilitiesPanel()->currentServerId(), servers.profiles().constFirst().id);

        QAction* welcome = nullptr;
        for (QAction* menu : window.menuBar()->actions()) {
            for (QAction* action : menu->menu()->actions()) {
                if (action->text() == QLatin1String("&Welcome page"))
                    welcome = action;
            }
        }
        QVERIFY(welcome);
        welcome->trigger();
        QVERIFY(window.welcomePage()->isVisible());
        // Any panel's key leaves it again.
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(window.capabilitiesPanel()->isVisible());

        // With a server configured, the next start opens on the panels.
        MainWindow next(offline.services());
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        QVERIFY(!next.welcomePage()->isVisible());
    }

    // The keys for the main actions work, Help lists them (read from the menus), and About
    // names the libraries actually loaded, with their licences, and copies them for a bug report.
    void shortcutsAndAbout() {
        OfflineServices offline;
        const MainWindowServices services = offline.services();
        MainWindow window(services);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* panels = window.findChild<QTabWidget*>(QStringLiteral("panels"));
        QCOMPARE(panels->currentIndex(), 0);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(panels->currentWidget(), window.studiesPanel());
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(panels->currentIndex(), 0);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(panels->currentWidget(), window.studiesPanel());
        QTRY_COMPARE(QApplication::focusWidget(),
                     window.findChild<QLineEdit*>(QStringLiteral("patientSearch")));

        QTest::keyClick(&window, Qt::Key_F1);
        ShortcutsDialog* keys = nullptr;
        QTRY_VERIFY((keys = window.findChild<ShortcutsDialog*>()) != nullptr);
        const auto listed = ShortcutsDialog::shortcuts(window.menuBar());
        QVERIFY(
            listed.contains(qMakePair(QStringLiteral("View › Studies"), QStringLiteral("Ctrl+2"))));
        QVERIFY(listed.contains(
            qMakePair(QStringLiteral("View › Find patient"), QStringLiteral("Ctrl+F"))));
        QVERIFY(
            listed.contains(qMakePair(QStringLiteral("File › Quit"), QStringLiteral("Ctrl+Q"))));
        QCOMPARE(keys->findChild<QTableWidget*>(QStringLiteral("shortcutTable"))->rowCount(),
                 listed.size());
        keys->close();

        AboutDialog about(&window);
        about.show();
        auto* table = about.findChild<QTableWidget*>(QStringLiteral("aboutComponents"));
        QHash<QString, QString> versions;
        for (int row = 0; row < table->rowCount(); ++row)
            versions.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
        QCOMPARE(versions.value(QStringLiteral("Qt")), QString::fromLatin1(qVersion()));
        QCOMPARE(versions.value(QStringLiteral("DCMTK")), QStringLiteral("3.6.7"));
        QVERIFY(versions.value(QStringLiteral("OpenSSL")).startsWith(QLatin1String("3.")));
        QVERIFY(versions.value(QStringLiteral("SQLite")).startsWith(QLatin1String("3.")));
        QCOMPARE(versions.value(QStringLiteral("OHIF Viewer")), QStringLiteral("3.13.2"));
        QTest::mouseClick(about.findChild<QPushButton*>(QStringLiteral("copyVersions")),
                          Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("Qt ") +
                                                              QString::fromLatin1(qVersion())));
        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(shots));
            QVERIFY(about.grab().save(QString::fromLocal8Bit(shots) +
                                      QStringLiteral("/about-dialog.png")));
        }
    }

    // Context sync as the user sees it: after a SMART login that names the sandbox's FHIRcast
    // hub, the status bar says "connected"; the EHR opens a patient and the window follows,
    // with the banner saying so; an event naming a study of someone else turns the banner red.
    // Another server is selected in the Session panel while a login runs: its launch patient
    // opens on the server whose session named them (patient ids are local to a server; the
    // patient once opened on whichever server was selected).
    void launchPatientOpensOnItsOwnServer() {
        test::SandboxFixture sandbox;
        const QString error = sandbox.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        ServerStore servers(dir.filePath(QStringLiteral("servers.ini")));
        const ServerProfile profile = servers.save(sandbox.smartProfile());
        ServerProfile other = sandbox.smartProfile(QStringLiteral("Another SMART server"));
        other.fhirBase = QUrl(QStringLiteral("http://127.0.0.1:9/fhir"));
        other = servers.save(other);
        SecretStore secrets(QStringLiteral("SightlineTest"));
        QNetworkAccessManager network;
        NetworkRecorder recorder;
        LogCollector log;
        test::ScriptedBrowser browser;
        SessionManager sessions(&network, &recorder, browser.opener(), nullptr);
        const FhirClientFactory clients(&network, &recorder,
                                        [&sessions](FhirClient* c) { sessions.attach(c); });
        ImagingService imaging(clients, CacheConnections(dir.filePath(QStringLiteral("cache"))));
        MainWindowServices services{&servers, &secrets, &recorder, &log, clients};
        services.sessions = &sessions;
        services.imaging = &imaging;
        MainWindow window(services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.sessionPanel()->selectServer(other.id);
        QCOMPARE(window.sessionPanel()->currentServerId(), other.id);

        sessions.login(profile);
        QTRY_VERIFY_WITH_TIMEOUT(window.patientBanner()->text().contains(QStringLiteral("Müller")),
                                 30000);
        QVERIFY(window.patientBanner()->text().contains(profile.name));
        auto* studiesServer = window.findChild<QComboBox*>(QStringLiteral("studiesServer"));
        QCOMPARE(studiesServer->currentData().toString(), profile.id);
        QTRY_VERIFY_WITH_TIMEOUT(window.studiesPanel()->model()->rowCount() > 0, 20000);
    }

    void followsTheEhr() {
        test::SandboxFixture sandbox;
        const QString error = sandbox.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        ServerStore servers(dir.filePath(QStringLiteral("servers.ini")));
        const ServerProfile profile = servers.save(sandbox.smartProfile());
        SecretStore secrets(QStringLiteral("SightlineTest"));
        QNetworkAccessManager network;
        NetworkRecorder recorder;
        LogCollector log;
        test::ScriptedBrowser browser;
        SessionManager sessions(&network, &recorder, browser.opener(), nullptr);
        const FhirClientFactory clients(&network, &recorder,
                                        [&sessions](FhirClient* c) { sessions.attach(c); });
        ImagingService imaging(clients, CacheConnections(dir.filePath(QStringLiteral("cache"))));
        ContextSync context(&network, &servers, &sessions, nullptr);
        MainWindowServices services{&servers, &secrets, &recorder, &log, clients};
        services.sessions = &sessions;
        services.imaging = &imaging;
        services.context = &context;
        MainWindow window(services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* status = window.findChild<QWidget*>(QStringLiteral("contextStatus"));
        QVERIFY(status && !status->isVisible()); // no hub known yet

        sessions.login(profile);
        auto* text = window.findChild<QLabel*>(QStringLiteral("contextStatusText"));
        QTRY_VERIFY_WITH_TIMEOUT(
            text->text().startsWith(QStringLiteral("EHR sync: connected · sandbox-session")),
            30000);
        QVERIFY(status->isVisible());
        QVERIFY(window.findChild<QCheckBox*>(QStringLiteral("contextFollow"))->isChecked());

        // The EHR opens María García.
        const QUrl hub(sandbox.state()[QStringLiteral("fhircastHub")].toString());
        auto publish = [&](const QByteArray& event) {
            QNetworkRequest request(hub);
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            QNetworkReply* reply = network.post(request, event);
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
            reply->deleteLater();
        };
        publish(kEhrOpensGarcia);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.patientBanner()->text().contains(QStringLiteral("María José García")), 20000);
        // The login's launch patient may be García too, shown before the EHR's open completes.
        auto* notice = window.patientBanner()->findChild<QLabel*>(QStringLiteral("patientNotice"));
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 20000);
        QCOMPARE(notice->text(), QStringLiteral("Opened by the EHR"));
        QTRY_VERIFY(text->text().contains(QLatin1String("last Patient-open")));
        QCOMPARE(window.findChild<QTabWidget*>(QStringLiteral("panels"))->currentWidget(),
                 window.studiesPanel());
        QTRY_VERIFY_WITH_TIMEOUT(window.studiesPanel()->model()->rowCount() > 0, 20000);
        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(shots));
            QVERIFY(window.grab().save(QString::fromLocal8Bit(shots) +
                                       QStringLiteral("/ehr-context-sync.png")));
        }

        // A study event that names another patient than its study: refused, shown in red.
        publish(kStudyOfAnotherPatient);
        auto* warning =
            window.patientBanner()->findChild<QLabel*>(QStringLiteral("patientWarning"));
        QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 10000);
        QVERIFY(warning->text().contains(QLatin1String("refused")));
        QVERIFY(window.patientBanner()->text().contains(QStringLiteral("García")));

        // Not following: events no longer switch the patient.
        window.findChild<QCheckBox*>(QStringLiteral("contextFollow"))->setChecked(false);
        QVERIFY(!context.follower()->isFollowing());
        context.stop();

        // Tools → EHR context sync…: a hub entered by hand is checked before it is taken.
        ContextSettingsDialog dialog(FhircastSettings{}, &servers);
        dialog.show();
        dialog.findChild<QCheckBox*>(QStringLiteral("contextEnabled"))->setChecked(true);
        dialog.findChild<QLineEdit*>(QStringLiteral("contextHub"))
            ->setText(QStringLiteral("ftp://x"));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("contextProblem"))->text(),
                 QStringLiteral("The hub URL must be an http(s) address"));
        dialog.findChild<QLineEdit*>(QStringLiteral("contextHub"))->setText(hub.toString());
        dialog.findChild<QLineEdit*>(QStringLiteral("contextTopic"))
            ->setText(QStringLiteral("reading-room-3"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.settings().serverId, profile.id);
        QCOMPARE(dialog.settings().topic, QStringLiteral("reading-room-3"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
