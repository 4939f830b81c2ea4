#include "audit/AuditTrail.h"
#include "gateway/DicomWebGateway.h"
#include "gateway/GatewayAuditor.h"
#include "gateway/OhifSite.h"
#include "imaging/ImagingService.h"
#include "imaging/StudiesPanel.h"
#include "imaging/StudyTableModel.h"
#include "servers/ServerStore.h"
#include "support/SandboxFixture.h"
#include "viewers/GatewayStatus.h"
#include "viewers/OpenInButton.h"
#include "viewers/StudyOpener.h"
#include "viewers/ViewerRegistry.h"
#include "viewers/ViewerTab.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineView>

using namespace sightline;

// "Open in OHIF" from the Studies panel: the bundled OHIF opens in Sightline's embedded viewer
// tab through the gateway and draws the sandbox CT study (image pixels in its canvas); a study
// flagged as another patient's opens only after confirmation; launches and viewer accesses land
// in the audit trail.
class TestOpenInViewer : public QObject {
    Q_OBJECT

    static int rowOf(StudyTableModel* model, const QString& description) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->study(row)->description.contains(description))
                return row;
        }
        return -1;
    }

public:
    static void initMain() {
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        // The test display's GL is Mesa's software renderer, which Chromium's GPU blocklist
        // refuses; OHIF needs WebGL to draw.
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--ignore-gpu-blocklist");
    }

    // Share of grey (image) pixels in the largest 2D canvas of the page: cornerstone draws each
    // viewport into one. Read inside the page, since grab() cannot see GL-composited content.
    static double canvasImageShare(QWebEngineView* view) {
        static const QString probe = QStringLiteral(R"JS(
            (() => {
              let best = 0;
              for (const canvas of document.querySelectorAll('canvas')) {
                if (canvas.width < 64 || canvas.height < 64) continue;
                let context;
                try { context = canvas.getContext('2d'); } catch (e) { continue; }
                if (!context) continue;
                const d = context.getImageData(0, 0, canvas.width, canvas.height).data;
                let grey = 0;
                for (let i = 0; i < d.length; i += 16)
                  if (d[i] > 60 && d[i] < 235 && Math.abs(d[i] - d[i + 1]) < 10) ++grey;
                best = Math.max(best, grey / (d.length / 16));
              }
              return best;
            })())JS");
        std::optional<double> share;
        view->page()->runJavaScript(probe, [&](const QVariant& v) { share = v.toDouble(); });
        return QTest::qWaitFor([&] { return share.has_value(); }, 5000) ? *share : 0.0;
    }

private slots:
    void opensOhifEmbeddedAndAudits() {
        if (!OhifSite().isAvailable())
            QSKIP("Built without the bundled OHIF viewer");
        test::SandboxFixture sandbox;
        const QString error = sandbox.start({QStringLiteral("--quiet")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        ServerStore servers(dir.filePath(QStringLiteral("servers.ini")));
        ServerProfile profile = servers.save(sandbox.openProfile());
        QNetworkAccessManager network;
        AuditTrail audit(dir.filePath(QStringLiteral("journal.db")));
        FhirClientFactory clients(&network, nullptr);
        ImagingService imaging(clients, CacheConnections(dir.filePath(QStringLiteral("cache"))),
                               &audit);
        GatewayOptions options;
        options.cache = imaging.cache();
        options.ohifDir = OhifSite::bundledDir();
        DicomWebGateway gateway(options);
        QVERIFY(gateway.start());
        GatewayAuditor gatewayAuditor(&gateway, &audit, 200);
        QSignalSpy accesses(&gateway, &DicomWebGateway::accessed);
        ViewerRegistry viewers(dir.filePath(QStringLiteral("viewers.json")));
        StudyOpener opener(&imaging, &gateway, &viewers, &audit);

        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* panel = new StudiesPanel(&servers, &imaging, &window);
        panel->setViewers(&viewers, &opener);
        auto* tabs = new ViewerTab(&window);
        auto* status = new GatewayStatus(&gateway, &window);
        layout->addWidget(panel);
        layout->addWidget(tabs, 1);
        layout->addWidget(status);
        connect(&opener, &StudyOpener::embeddedRequested, tabs, &ViewerTab::open);
        QStringList confirmations;
        bool confirm = false;
        panel->setMismatchConfirmation([&](const QString& question) {
            confirmations << question;
            return confirm;
        });
        window.resize(1280, 1100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        panel->selectServer(profile.id);
        QSignalSpy opened(panel, &StudiesPanel::patientOpened);
        panel->findChild<QLineEdit*>(QStringLiteral("patientSearch"))
            ->setText(QStringLiteral("SL-1001"));
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("findPatient")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
        auto* table = panel->findChild<QTableView*>(QStringLiteral("studyTable"));
        const int chest = rowOf(panel->model(), QStringLiteral("CT CHEST WITH CONTRAST"));
        QVERIFY(chest >= 0);
        table->selectRow(chest);

        auto* open = panel->findChild<OpenInButton*>(QStringLiteral("openInButton"));
        QVERIFY(open);
        QCOMPARE(open->text(), QStringLiteral("Open in OHIF"));
        QSignalSpy launched(&opener, &StudyOpener::opened);
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(launched.size(), 1, 10000);
        QCOMPARE(tabs->count(), 1);
        // Whose images: the tab names the patient with a four-digit birth year.
        QVERIFY2(tabs->tabText(0).startsWith(QStringLiteral("Jürgen Müller (14 Mar 1958) — ")),
                 qPrintable(tabs->tabText(0)));
        QWebEngineView* view = tabs->currentView();
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->url().toString().startsWith(gateway.baseUrl().toString()),
                                 10000);
        // OHIF loads in the tab, reads the study's metadata series by series through the gateway,
        // and draws the CT: grey anatomy in its viewport canvas.
        const QStringList seriesUids = [&] {
            QStringList out;
            for (const ImagingSeriesRecord& s : panel->model()->study(chest)->series)
                out << s.uid;
            return out;
        }();
        QVERIFY(seriesUids.size() == 2);
        const auto metadataRead = [&] {
            QSet<QString> seen;
            for (const QList<QVariant>& a : std::as_const(accesses)) {
                const auto access = a.first().value<GatewayAccess>();
                if (access.resource == QLatin1String("metadata") && access.status == 200)
                    seen.insert(access.series);
            }
            return seen == QSet<QString>(seriesUids.cbegin(), seriesUids.cend());
        };
        QTRY_VERIFY_WITH_TIMEOUT(metadataRead(), 60000);
        QElapsedTimer drawing;
        drawing.start();
        double share = 0;
        while ((share = canvasImageShare(view)) <= 0.05 && drawing.elapsed() < 60000)
            QTest::qWait(250);
        QVERIFY2(share > 0.05, qPrintable(QStringLiteral("image pixels: %1").arg(share)));
        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty())
            window.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/viewer-tab.png"));
        QVERIFY(status->text().contains(QString::number(gateway.port())));

        // The mislabelled study: flagged once retrieved, then opened only when confirmed.
        const int mislabelled = rowOf(panel->model(), QStringLiteral("MISMATCHED"));
        QVERIFY(mislabelled >= 0);
        table->selectRow(mislabelled);
        // Cancel is there for a running retrieval only.
        auto* cancel = panel->findChild<QPushButton*>(QStringLiteral("cancelRetrieveButton"));
        QVERIFY(!cancel->isEnabled());
        QSignalSpy finished(&imaging, &ImagingService::finished);
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("retrieveButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QTRY_VERIFY(!cancel->isEnabled());
        QVERIFY(panel->model()->hasMismatch(panel->model()->study(mislabelled)->studyUid));
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(confirmations.size(), 1);
        QCOMPARE(tabs->count(), 1); // refused: nothing opened
        confirm = true;
        // Enter on the selected study opens it too.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(mislabelled, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(launched.size(), 2, 10000);
        QCOMPARE(tabs->count(), 2);

        gatewayAuditor.flush();
        QVERIFY(audit.flush());
        std::optional<QList<AuditRecord>> records;
        audit.records({}, this, [&](QList<AuditRecord> r) { records = r; });
        QTRY_VERIFY_WITH_TIMEOUT(records.has_value(), 10000);
        int launches = 0, overrides = 0, gatewayAccesses = 0;
        for (const AuditRecord& r : *records) {
            const QByteArray& json = r.json;
            if (json.contains("viewer-launch"))
                ++launches;
            if (json.contains("patient-mismatch-override") && json.contains("confirmed"))
                ++overrides;
            if (json.contains("gateway-access"))
                ++gatewayAccesses;
        }
        QCOMPARE(launches, 2);
        QCOMPARE(overrides, 1);
        QVERIFY2(gatewayAccesses >= 1, qPrintable(QString::number(accesses.size()) +
                                                  QStringLiteral(" ") + status->text()));
    }

    // A viewer that cannot open anything here (OHIF missing from this build, a program that is
    // not installed) is a disabled entry that says why; the button whose default is such a
    // viewer offers the others instead of failing with a status message that vanishes.
    void unavailableViewersAreDisabledWithTheReason() {
        QTemporaryDir noOhif;
        qputenv("SIGHTLINE_OHIF_DIR", noOhif.path().toUtf8());
        QTemporaryDir settings;
        ViewerRegistry viewers(settings.filePath(QStringLiteral("viewers.json")));
        ViewerProfile missing;
        missing.id = QStringLiteral("missing-program");
        missing.name = QStringLiteral("Missing program");
        missing.kind = ViewerProfile::Kind::Program;
        missing.program = QStringLiteral("sightline-no-such-viewer");
        missing.arguments = {QStringLiteral("{studyUID}")};
        QVERIFY(viewers.save(missing));
        QVERIFY(viewers.setDefaultViewer(QStringLiteral("ohif")));
        OpenInButton button(&viewers);
        QSignalSpy opened(&button, &OpenInButton::openWith);
        const auto action = [&](const QString& id) {
            return button.findChild<QAction*>(QStringLiteral("openIn-") + id);
        };
        QVERIFY(action(QStringLiteral("ohif")) && action(QStringLiteral("missing-program")));
        QVERIFY(!action(QStringLiteral("ohif"))->isEnabled());
        QVERIFY(action(QStringLiteral("ohif"))->toolTip().contains(QStringLiteral("OHIF")));
        QVERIFY(!action(QStringLiteral("missing-program"))->isEnabled());
        QVERIFY(action(QStringLiteral("missing-program"))
                    ->toolTip()
                    .contains(QStringLiteral("sightline-no-such-viewer")));
        QVERIFY(action(QStringLiteral("weasis"))->isEnabled());
        QVERIFY(!button.toolTip().isEmpty());
        // Clicking the button opens its menu rather than a viewer that cannot open.
        QTimer::singleShot(200, &button, [&button] { button.menu()->close(); });
        button.click();
        QCOMPARE(opened.count(), 0);
        qunsetenv("SIGHTLINE_OHIF_DIR");
    }
};

QTEST_MAIN(TestOpenInViewer)
#include "TestOpenInViewer.moc"
