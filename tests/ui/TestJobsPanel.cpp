// Test data is written as plain literals here.
#undef QT_NO_CAST_FROM_ASCII

#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "jobs/JobsPanel.h"
#include "jobs/NewExportDialog.h"
#include "servers/ServerStore.h"
#include "support/SandboxFixture.h"
#include "support/WaitFor.h"

#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sightline;
using test::waitFor;

// The Jobs panel with real exports from the sandbox: started from the New export dialog,
// progress shown while running, paused and resumed with the buttons, completed, folder opened.
class TestJobsPanel : public QObject {
    Q_OBJECT

private slots:
    void exportFromThePanel() {
        test::SandboxFixture sandbox;
        const QString error = sandbox.start({"--export-delay-ms", "2500"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        ServerStore servers(dir.filePath("servers.ini"));
        ServerProfile profile;
        profile.name = "Sandbox";
        profile.fhirBase = sandbox.fhirBase();
        profile = servers.save(profile);
        auto store = JobStore::open(dir.filePath("jobs.db"));
        QVERIFY(store);
        QNetworkAccessManager network;
        JobManager manager(store->get(), &network, nullptr);
        JobsPanel panel(&manager, &servers, FhirClientFactory(&network, nullptr));
        QStringList opened;
        panel.setFolderOpener([&opened](const QString& folder) { opened << folder; });
        panel.resize(1300, 520);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        // A throttled large file keeps the job visibly running for a while.
        {
            QUrl url = sandbox.fhirBase();
            url.setPath("/sandbox/export-fault");
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            QNetworkReply* reply = network.post(
                request,
                "{\"mode\":\"off\",\"syntheticBytes\":3000000,\"bytesPerSecond\":1000000}");
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(10000));
            reply->deleteLater();
        }
        panel.newExport([&](NewExportDialog* dialog) {
            dialog->setServer(profile.id);
            dialog->setGroup("export-cohort");
            dialog->setTypes("Patient, Observation");
            dialog->setOutputDir(dir.filePath("cohort"));
            // The sandbox declares all three levels in its CapabilityStatement.
            QVERIFY(waitFor([&] { return dialog->capabilitiesKnown(); }, 10000));
            QVERIFY(dialog->support().system && dialog->support().patient &&
                    dialog->support().group);
            QTimer::singleShot(0, dialog, &QDialog::accept);
        });
        QTableWidget* table = panel.table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QString("Group/export-cohort: Patient, Observation"));
        QCOMPARE(table->item(0, 2)->text(), QString("Sandbox"));
        table->selectRow(0);
        QVERIFY(waitFor([&] { return table->item(0, 3)->text() == "running"; }));
        auto* bar = qobject_cast<QProgressBar*>(table->cellWidget(0, 4));
        QVERIFY(bar);

        // Pause while the server works, then resume.
        auto* pause = panel.findChild<QPushButton*>("Pause");
        auto* resume = panel.findChild<QPushButton*>("Resume");
        QVERIFY(waitFor([&] { return pause->isEnabled(); }));
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(table->item(0, 3)->text(), QString("paused"));
        QVERIFY(resume->isEnabled());
        QVERIFY(!pause->isEnabled());
        QTest::mouseClick(resume, Qt::LeftButton);
        QVERIFY(waitFor([&] { return table->item(0, 3)->text() == "running"; }));

        // While downloading: speed shown, progress between the halves.
        QVERIFY(waitFor([&] { return !table->item(0, 5)->text().isEmpty(); }, 60000));
        QVERIFY(bar->value() >= 50);
        QVERIFY(panel.details()->text().contains("downloading"));
        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(shots));
            QVERIFY(panel.grab().save(QString::fromLocal8Bit(shots) + "/jobs-panel.png"));
        }

        QVERIFY(waitFor([&] { return table->item(0, 3)->text() == "completed"; }, 60000));
        QCOMPARE(bar->value(), 100);
        QVERIFY(panel.details()->text().contains("Job 1"));
        QTest::mouseClick(panel.findChild<QPushButton*>("Open_folder"), Qt::LeftButton);
        QCOMPARE(opened, QStringList{dir.filePath("cohort")});
        QVERIFY(QFile::exists(dir.filePath("cohort/Patient.ndjson")));
        QVERIFY(panel.findChild<QPushButton*>("Retry")->isEnabled() == false);
    }
};

QTEST_MAIN(TestJobsPanel)
#include "TestJobsPanel.moc"
