#include "cache/ImageCache.h"
#include "dicom/DicomParser.h"
#include "jobs/BulkExportRunner.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "jobs/JobsPanel.h"
#include "jobs/NewExportDialog.h"
#include "jobs/PushDialog.h"
#include "jobs/StudyExportDialog.h"
#include "servers/ServerStore.h"
#include "support/SandboxFixture.h"
#include "support/WaitFor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace sightline;
using test::waitFor;

// The Jobs panel with real exports from the sandbox: started from the New export dialog,
// progress shown while running, paused and resumed with the buttons, completed, folder opened.
class TestJobsPanel : public QObject {
    Q_OBJECT

    // A Jobs panel over a store of recorded jobs, none of them started: bulk exports to a
    // server nobody listens on, in the states and progress a test gives them.
    struct RecordedJobs {
        QTemporaryDir dir;
        ServerStore servers{dir.filePath("servers.ini")};
        std::unique_ptr<JobStore> store =
            std::move(JobStore::open(dir.filePath("jobs.db")).value());
        QNetworkAccessManager network;
        std::unique_ptr<JobManager> manager;
        std::unique_ptr<JobsPanel> panel;
        QTableWidget* table = nullptr;

        JobRecord exportJob(const QString& folder) const {
            return BulkExportRunner::record("server", QUrl("http://127.0.0.1:9/fhir"),
                                            BulkExportRequest{}, dir.filePath(folder));
        }
        qint64 add(const JobRecord& job) {
            const auto added = store->add(job);
            return added ? added->id : -1;
        }
        // Shows the panel once every job is added.
        void show() {
            manager = std::make_unique<JobManager>(store.get(), &network, nullptr);
            panel = std::make_unique<JobsPanel>(manager.get(), &servers,
                                                FhirClientFactory(&network, nullptr));
            panel->show();
            table = panel->findChild<QTableWidget*>("jobsTable");
        }
    };

private slots:
    void exportFromThePanel() {
        test::SandboxFixture sandbox;
        const QString error = sandbox.start({"--export-delay-ms", "2500"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        ServerStore servers(dir.filePath("servers.ini"));
        ServerProfile profile = servers.save(sandbox.openProfile());
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

        // With the finished export selected, New push offers its folder; the sandbox accepts
        // transactions; its patients are all there already, so nothing is created.
        panel.newPush([&](PushDialog* dialog) {
            QCOMPARE(dialog->request().files, QStringList{dir.filePath("cohort")});
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // no identifier system yet
            QVERIFY(dialog->problem().contains("identifier system"));
            dialog->setTarget(profile.id);
            dialog->setIdentifierSystem("urn:oid:1.2.826.0.1.3680043.10.1042.1");
            QVERIFY(waitFor([&] { return dialog->targetChecked(); }, 10000));
            QVERIFY(dialog->findChild<QLabel*>("pushTargetInfo")->text().contains("accepts"));
            QVERIFY2(ok->isEnabled(), qPrintable(dialog->problem()));
            QCOMPARE(ok->text(), QString("Start push"));
            if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty()) {
                dialog->show();
                QVERIFY(QTest::qWaitForWindowExposed(dialog));
                QVERIFY(dialog->grab().save(QString::fromLocal8Bit(shots) + "/push-dialog.png"));
            }
            QTimer::singleShot(0, ok, [ok] { ok->click(); });
        });
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(table->item(0, 1)->text().startsWith("Push cohort to Sandbox"));
        table->selectRow(0);
        QVERIFY(waitFor([&] { return table->item(0, 3)->text() == "completed"; }, 60000));
        const QString details = panel.details()->text();
        QVERIFY2(details.contains("Created 0; already there "), qPrintable(details));
        QVERIFY(!details.contains("already there 0;"));
        QVERIFY(details.contains("push-report.ndjson"));
    }

    // A cached study exported de-identified through the study export dialog: the dialog's
    // choices reach the job, which completes on "This computer" with its details shown.
    void studyExportFromTheDialog() {
        QString error;
        const QJsonObject data = test::SandboxFixture::generatedDicom(&error);
        QVERIFY2(!data.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        const QString cacheRoot = dir.filePath("cache");
        const QJsonObject study = data.value("studies").toArray().first().toObject();
        int instances = 0;
        {
            ImageCache cache(cacheRoot);
            for (const QJsonValue series : study.value("series").toArray())
                for (const QJsonValue file : series.toObject().value("files").toArray()) {
                    QFile f(file.toString());
                    QVERIFY(f.open(QIODevice::ReadOnly));
                    const QByteArray bytes = f.readAll();
                    QVERIFY(cache.store(DicomParser::parse(bytes).value(), bytes, "orthanc").ok());
                    ++instances;
                }
        }
        ServerStore servers(dir.filePath("servers.ini"));
        auto store = JobStore::open(dir.filePath("jobs.db"));
        QVERIFY(store);
        QNetworkAccessManager network;
        JobManager manager(store->get(), &network, nullptr);
        JobsPanel panel(&manager, &servers, FhirClientFactory(&network, nullptr));
        panel.setImageCacheRoot(cacheRoot);
        panel.resize(1300, 520);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        const QString output = dir.filePath("teaching");
        panel.exportStudy(
            study.value("uid").toString(), "CT chest — 1 Jan 2026 — Test",
            [&](StudyExportDialog* dialog) {
                auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
                dialog->setOutput(QString());
                QVERIFY(!ok->isEnabled()); // nowhere to write
                dialog->setOutput(output);
                dialog->setZip(true);
                QCOMPARE(dialog->request().output, output + ".zip");
                dialog->setZip(false);
                QCOMPARE(dialog->request().output, output);
                auto* pseudonym = dialog->findChild<QLineEdit*>("pseudonym");
                QVERIFY(!pseudonym->isEnabled());
                QTest::mouseClick(dialog->findChild<QCheckBox*>("deidentify"), Qt::LeftButton);
                QVERIFY(pseudonym->isEnabled());
                QTest::keyClicks(pseudonym, "CASE-9");
                QVERIFY(ok->isEnabled());
                if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR");
                    !shots.isEmpty()) {
                    dialog->show();
                    QVERIFY(QTest::qWaitForWindowExposed(dialog));
                    QVERIFY(dialog->grab().save(QString::fromLocal8Bit(shots) +
                                                "/study-export-dialog.png"));
                }
                QTimer::singleShot(0, ok, [ok] { ok->click(); });
            });
        QTableWidget* table = panel.table();
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 1)->text().startsWith("De-identified study"));
        QCOMPARE(table->item(0, 2)->text(), QString("This computer"));
        table->selectRow(0);
        QVERIFY(waitFor([&] { return table->item(0, 3)->text() == "completed"; }, 60000));
        QCOMPARE(qobject_cast<QProgressBar*>(table->cellWidget(0, 4))->value(), 100);
        QVERIFY2(panel.details()->text().contains("De-identified as patient CASE-9"),
                 qPrintable(panel.details()->text()));
        QVERIFY(panel.details()->text().contains(QString("%1 of %1 files").arg(instances)));
        QVERIFY(QFile::exists(output + "/DICOMDIR"));
    }

    // In German the Jobs panel says what a job is and where it stands in German: the export's
    // title and its phase were once shown as recorded ("System: all types", "Phase:
    // downloading").
    void jobsSpeakTheUsersLanguage() {
        QTranslator german;
        QVERIFY(german.load(SIGHTLINE_TRANSLATIONS_DIR "/sightline_de.qm"));
        QCoreApplication::installTranslator(&german);
        RecordedJobs jobs;
        JobRecord job = jobs.exportJob("out");
        job.title = "System: all types"; // as an English session recorded it
        job.state = JobRecord::State::Paused;
        job.progress = QJsonObject{{"phase", "downloading"},
                                   {"filesDone", 1},
                                   {"filesTotal", 3},
                                   {"resources", 10},
                                   {"bytes", 2048}};
        QVERIFY(jobs.add(job) > 0);
        jobs.show();
        auto* table = jobs.table;
        QTRY_COMPARE(table->rowCount(), 1);
        table->selectRow(0);
        const QString title = BulkExportRequest{}.describe();
        QVERIFY2(title != "System: all types", qPrintable(title));
        bool shown = false;
        for (int column = 0; column < table->columnCount(); ++column)
            shown |= table->item(0, column) && table->item(0, column)->text() == title;
        QVERIFY2(shown, qPrintable(title));
        const QString details = jobs.panel->findChild<QLabel*>("jobDetails")->text();
        QVERIFY2(!details.contains("downloading"), qPrintable(details));
        QCoreApplication::removeTranslator(&german);
    }

    // The bar and the details say the same: the whole job's percentage and what the current
    // step has done. Before, a waiting export's bar read 42% while its details said the server
    // was at 85%, and a bar's percentage was nowhere in the details.
    void barAndDetailsAgree_data() {
        QTest::addColumn<QJsonObject>("progress");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("percent");
        QTest::addColumn<QString>("text");
        const int paused = int(JobRecord::State::Paused);
        QTest::newRow("server preparing")
            << QJsonObject{{"phase", "waiting"}, {"serverPercent", 85}} << paused << 42
            << "42 % — server 85 %";
        QTest::newRow("downloading")
            << QJsonObject{{"phase", "downloading"}, {"filesDone", 1}, {"filesTotal", 3}} << paused
            << 66 << "66 % — 1 of 3 files";
        QTest::newRow("completed with a file missing")
            << QJsonObject{{"phase", "downloading"}, {"filesDone", 2}, {"filesTotal", 3}}
            << int(JobRecord::State::Completed) << 100 << "100 % — 2 of 3 files";
        QTest::newRow("cancelled while downloading")
            << QJsonObject{{"phase", "downloading"}, {"filesDone", 1}, {"filesTotal", 2}}
            << int(JobRecord::State::Cancelled) << 75 << "75 % — 1 of 2 files";
    }
    void barAndDetailsAgree() {
        QFETCH(QJsonObject, progress);
        QFETCH(int, state);
        QFETCH(int, percent);
        QFETCH(QString, text);
        RecordedJobs jobs;
        JobRecord job = jobs.exportJob("out");
        job.state = JobRecord::State(state);
        job.progress = progress;
        QVERIFY(jobs.add(job) > 0);
        jobs.show();
        auto* table = jobs.table;
        QTRY_COMPARE(table->rowCount(), 1);
        table->selectRow(0);
        auto* bar = qobject_cast<QProgressBar*>(table->cellWidget(0, 4));
        QVERIFY(bar);
        QCOMPARE(bar->value(), percent);
        QCOMPARE(bar->text(), text);
        const QString details = jobs.panel->findChild<QLabel*>("jobDetails")->text();
        QVERIFY2(details.contains("Progress: " + text), qPrintable(details));
    }

    // A finished job can be taken off the list (its files stay); one that has not finished
    // cannot.
    void finishedJobsCanBeRemoved() {
        RecordedJobs jobs;
        JobRecord done = jobs.exportJob("done");
        done.state = JobRecord::State::Completed;
        JobRecord paused = done;
        paused.state = JobRecord::State::Paused;
        JobRecord cancelled = done;
        cancelled.state = JobRecord::State::Cancelled;
        cancelled.progress =
            QJsonObject{{"phase", "downloading"}, {"filesDone", 1}, {"filesTotal", 2}};
        const qint64 finished = jobs.add(done);
        const qint64 stopped = jobs.add(cancelled);
        const qint64 waiting = jobs.add(paused);
        QVERIFY(finished > 0 && stopped > 0 && waiting > 0);
        jobs.show();
        auto* table = jobs.table;
        auto* remove = jobs.panel->findChild<QPushButton*>("Remove_job");
        QVERIFY(remove);
        QTRY_COMPARE(table->rowCount(), 3);
        // A cancelled job's bar is greyed out, not left looking as if it were still going.
        for (int row = 0; row < 3; ++row) {
            if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == stopped)
                QVERIFY(!table->cellWidget(row, 4)->isEnabled());
        }
        int finishedRow = -1;
        for (int row = 0; row < 3; ++row) {
            table->selectRow(row);
            const qint64 id = table->item(row, 0)->data(Qt::UserRole).toLongLong();
            QCOMPARE(remove->isEnabled(), id != waiting); // completed or cancelled: finished
            if (id == finished)
                finishedRow = row;
        }
        // From the row's context menu, which offers what the buttons do.
        const QRect cell = table->visualRect(table->model()->index(finishedRow, 1));
        emit table->customContextMenuRequested(cell.center());
        QMenu* menu = nullptr;
        QTRY_VERIFY((menu = table->findChild<QMenu*>("buttonMenu")) != nullptr);
        QAction* removeAction = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->text() == remove->text())
                removeAction = action;
        }
        QVERIFY(removeAction && removeAction->isEnabled());
        removeAction->trigger();
        menu->close();
        QTRY_COMPARE(table->rowCount(), 2);
        QCOMPARE(jobs.manager->jobs().size(), 2);
        for (const JobRecord& left : jobs.manager->jobs()) {
            if (left.state == JobRecord::State::Paused)
                QVERIFY(!jobs.manager->remove(left.id)); // not finished
        }
    }
};

QTEST_MAIN(TestJobsPanel)
#include "TestJobsPanel.moc"
