#include "audit/AuditTrail.h"
#include "common/SecurityLabelChips.h"
#include "fhir/PatientSummary.h"
#include "imaging/DicomTagDialog.h"
#include "imaging/ImagingService.h"
#include "imaging/StudiesPanel.h"
#include "imaging/StudyTableModel.h"
#include "servers/ServerStore.h"
#include "support/SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sightline;

// The Studies panel against the sandbox: find Jürgen Müller by MRN, see his four studies,
// retrieve them all into the cache with progress, get real thumbnails, the deliberately
// mislabelled study flagged in red, the DICOM tags of a cached instance, and audit records.
class TestStudiesPanel : public QObject {
    Q_OBJECT
    test::SandboxFixture sandbox;

    // A real thumbnail has light body pixels in the middle, unlike the dark placeholder.
    static bool showsRealThumbnail(const QListWidgetItem* item) {
        const QImage icon = item->icon().pixmap(128, 128).toImage();
        return !icon.isNull() && qGray(icon.pixel(icon.width() / 2, icon.height() / 2)) > 60;
    }

private slots:
    void initTestCase() {
        const QString error = sandbox.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // English plural forms, as the app loads them ("4 imaging studies", not "stud(y/ies)").
        auto* plurals = new QTranslator(this);
        if (plurals->load(QStringLiteral(SIGHTLINE_TRANSLATIONS_DIR "/sightline_en.qm")))
            QCoreApplication::installTranslator(plurals);
    }

    void findRetrieveInspect() {
        QTemporaryDir dir;
        ServerStore servers(dir.filePath(QStringLiteral("servers.ini")));
        ServerProfile profile = servers.save(sandbox.openProfile());

        QNetworkAccessManager network;
        AuditTrail audit(dir.filePath(QStringLiteral("journal.db")));
        FhirClientFactory clients(&network, nullptr);
        ImagingService imaging(clients, CacheConnections(dir.filePath(QStringLiteral("cache"))),
                               &audit);
        StudiesPanel panel(&servers, &imaging);
        QAbstractItemModelTester tester(panel.model());
        QSignalSpy opened(&panel, &StudiesPanel::patientOpened);
        QSignalSpy mismatches(&panel, &StudiesPanel::mismatchFound);
        QSignalSpy finished(&imaging, &ImagingService::finished);
        panel.resize(1200, 760);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.selectServer(profile.id);

        auto* search = panel.findChild<QLineEdit*>(QStringLiteral("patientSearch"));
        QTest::keyClicks(search, QStringLiteral("SL-1001"));
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("findPatient")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
        QCOMPARE(opened.first().first().value<PatientSummary>().name,
                 QStringLiteral("Jürgen Müller"));
        StudyTableModel* model = panel.model();
        QCOMPARE(model->rowCount(), 4); // CT, MR, CR and the mislabelled CT

        auto* table = panel.findChild<QTableView*>(QStringLiteral("studyTable"));
        // Each study's security labels show as chips (the sandbox labels every study).
        table->selectRow(0);
        const QStringList chips =
            panel.findChild<SecurityLabelChips*>(QStringLiteral("studyLabels"))->chipTexts();
        QVERIFY(chips == QStringList{QStringLiteral("N")} ||
                chips == QStringList{QStringLiteral("R")});
        table->selectAll();
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("retrieveButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 120000);
        for (int row = 0; row < model->rowCount(); ++row) {
            const ImagingStudyRecord* s = model->study(row);
            const QString cached =
                model->data(model->index(row, StudyTableModel::Cached), Qt::DisplayRole).toString();
            QCOMPARE(cached, QStringLiteral("%1 / %1").arg(s->numberOfInstances));
            QCOMPARE(model->hasMismatch(s->studyUid),
                     s->description.contains(QLatin1String("MISMATCHED")));
            // Where: the archive's name, not 127.0.0.1:PORT (the address is the tooltip).
            const QModelIndex where = model->index(row, StudyTableModel::Location);
            QVERIFY2(model->data(where, Qt::DisplayRole)
                             .toString()
                             .startsWith(QLatin1String("Sandbox Orthanc")) ||
                         model->data(where, Qt::DisplayRole)
                             .toString()
                             .startsWith(QLatin1String("Contained")),
                     qPrintable(model->data(where, Qt::DisplayRole).toString()));
            if (!model->hasMismatch(s->studyUid)) // else the tooltip says what differs
                QVERIFY(model->data(where, Qt::ToolTipRole)
                            .toString()
                            .startsWith(QLatin1String("http://127.0.0.1:")));
        }
        QCOMPARE(mismatches.size(), 1);
        auto* warning = panel.findChild<QLabel*>(QStringLiteral("mismatchWarning"));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QLatin1String("SL-9999")));

        // The CT chest study: two series with real thumbnails.
        int chest = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->study(row)->description == QLatin1String("CT CHEST WITH CONTRAST"))
                chest = row;
        }
        QVERIFY(chest >= 0);
        table->selectRow(chest);
        auto* series = panel.findChild<QListWidget*>(QStringLiteral("seriesThumbnails"));
        QCOMPARE(series->count(), 2);
        // The cached thumbnails replace the placeholders as they are read.
        for (int i = 0; i < series->count(); ++i)
            QTRY_VERIFY(showsRealThumbnail(series->item(i)));
        QTRY_VERIFY(panel.findChild<QLabel*>(QStringLiteral("cacheStatus"))
                        ->text()
                        .contains(QLatin1String("4")));

        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(shots));
            QVERIFY(panel.grab().save(QString::fromLocal8Bit(shots) +
                                      QStringLiteral("/studies-panel.png")));
        }

        // DICOM tags of a cached instance.
        series->setCurrentRow(0);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("tagsButton")),
                          Qt::LeftButton);
        DicomTagDialog* tags = nullptr;
        QTRY_VERIFY((tags = panel.findChild<DicomTagDialog*>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(tags->elementCount() > 30, 10000);
        tags->close();

        // Every retrieval, and the mismatch, is in the audit trail.
        QVERIFY(audit.flush().ok());
        std::optional<QList<AuditRecord>> records;
        audit.records({}, this, [&](QList<AuditRecord> r) { records = r; });
        QTRY_VERIFY(records.has_value());
        int retrievals = 0, mismatchEvents = 0;
        for (const AuditRecord& r : *records) {
            retrievals += r.json.contains("dicomweb-retrieve") ? 1 : 0;
            mismatchEvents += r.json.contains("patient-mismatch") ? 1 : 0;
        }
        QCOMPARE(retrievals, 4);
        QCOMPARE(mismatchEvents, 1);
        // The other ways to find a patient: by name and by birth date.
        auto* results = panel.findChild<QListWidget*>(QStringLiteral("patientResults"));
        for (const QString& query : {QStringLiteral("García"), QStringLiteral("1971-11-02")}) {
            search->setText(query); // typed text may hold letters QTest cannot key in
            QTest::keyClick(search, Qt::Key_Return);
            QTRY_VERIFY2_WITH_TIMEOUT(
                results->count() == 1 &&
                    results->item(0)->text().contains(QStringLiteral("García")),
                qPrintable(QStringLiteral("%1: %2 result(s) %3")
                               .arg(query)
                               .arg(results->count())
                               .arg(results->count() ? results->item(0)->text() : QString())),
                20000);
        }
        search->clear();
        QTest::keyClicks(search, QStringLiteral("Nobody-Here"));
        QSignalSpy status(&panel, &StudiesPanel::statusMessage);
        QTest::keyClick(search, Qt::Key_Return);
        // Any of the messages: García's studies (opened as the only match) may still be
        // arriving, and their count is announced after this search's answer.
        const auto told = [&status] {
            for (const QList<QVariant>& message : status) {
                if (message.first().toString().contains(QLatin1String("No patient found")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(told(), 20000);
    }

    // Images cached in an earlier session are checked when their patient is opened: the
    // mislabelled study is flagged before anyone retrieves or opens it again.
    void cachedMismatchIsFlaggedOnOpen() {
        QTemporaryDir dir;
        ServerStore servers(dir.filePath(QStringLiteral("servers.ini")));
        ServerProfile profile = servers.save(sandbox.openProfile());
        QNetworkAccessManager network;
        FhirClientFactory clients(&network, nullptr);
        const auto findSl1001 = [](StudiesPanel& panel) {
            auto* search = panel.findChild<QLineEdit*>(QStringLiteral("patientSearch"));
            search->setText(QStringLiteral("SL-1001"));
            QTest::keyClick(search, Qt::Key_Return);
        };
        int mislabelled = -1;
        {
            ImagingService imaging(clients, CacheConnections(dir.filePath(QStringLiteral("cache"))),
                                   nullptr);
            StudiesPanel earlier(&servers, &imaging);
            QSignalSpy opened(&earlier, &StudiesPanel::patientOpened);
            QSignalSpy finished(&imaging, &ImagingService::finished);
            earlier.selectServer(profile.id);
            findSl1001(earlier);
            QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
            for (int row = 0; row < earlier.model()->rowCount(); ++row) {
                if (earlier.model()->study(row)->description.contains(QLatin1String("MISMATCHED")))
                    mislabelled = row;
            }
            QVERIFY(mislabelled >= 0);
            earlier.findChild<QTableView*>(QStringLiteral("studyTable"))->selectRow(mislabelled);
            QTest::mouseClick(earlier.findChild<QPushButton*>(QStringLiteral("retrieveButton")),
                              Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        }
        ImagingService imaging(clients, CacheConnections(dir.filePath(QStringLiteral("cache"))),
                               nullptr);
        StudiesPanel panel(&servers, &imaging);
        QSignalSpy mismatches(&panel, &StudiesPanel::mismatchFound);
        panel.selectServer(profile.id);
        findSl1001(panel);
        QTRY_COMPARE_WITH_TIMEOUT(mismatches.size(), 1, 20000);
        QVERIFY(mismatches.first().first().toString().contains(QLatin1String("SL-9999")));
        for (int row = 0; row < panel.model()->rowCount(); ++row) {
            const ImagingStudyRecord* s = panel.model()->study(row);
            QCOMPARE(panel.model()->hasMismatch(s->studyUid),
                     s->description.contains(QLatin1String("MISMATCHED")));
        }
    }

    // A PACS without FHIR: the patient is found in its DICOM data (QIDO-RS), the banner says
    // so, and studies are listed with their series, retrieved and shown with thumbnails.
    void browsesAPacsWithoutFhir() {
        QTemporaryDir dir;
        ServerStore servers(dir.filePath(QStringLiteral("servers.ini")));
        ServerProfile pacs;
        pacs.name = QStringLiteral("Sandbox Orthanc");
        pacs.kind = ServerProfile::Kind::DicomWeb;
        pacs.fhirBase = sandbox.dicomWeb();
        pacs = servers.save(pacs);
        QNetworkAccessManager network;
        FhirClientFactory clients(&network, nullptr);
        ImagingService imaging(clients, CacheConnections(dir.filePath(QStringLiteral("cache"))));
        StudiesPanel panel(&servers, &imaging);
        QSignalSpy opened(&panel, &StudiesPanel::patientOpened);
        QSignalSpy context(&panel, &StudiesPanel::patientContext);
        QSignalSpy finished(&imaging, &ImagingService::finished);
        panel.resize(1200, 760);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.selectServer(pacs.id);

        auto* search = panel.findChild<QLineEdit*>(QStringLiteral("patientSearch"));
        auto* results = panel.findChild<QListWidget*>(QStringLiteral("patientResults"));
        search->setText(QStringLiteral("García"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
        QCOMPARE(results->count(), 1);
        QVERIFY(results->item(0)->text().contains(QLatin1String("SL-1002")));
        const PatientSummary patient = opened.first().first().value<PatientSummary>();
        QCOMPARE(patient.name, QStringLiteral("María José García"));
        QCOMPARE(opened.first().at(1).toString(), pacs.id); // the server the patient is from
        QVERIFY(opened.first().at(2).toString().contains(QLatin1String("PACS")));
        QVERIFY(context.isEmpty()); // no FHIR server to ask for consents
        StudyTableModel* model = panel.model();
        QCOMPARE(model->rowCount(), 3);

        auto* table = panel.findChild<QTableView*>(QStringLiteral("studyTable"));
        int ct = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->study(row)->modalities.contains(QLatin1String("CT")))
                ct = row;
        }
        QVERIFY(ct >= 0);
        table->selectRow(ct);
        auto* series = panel.findChild<QListWidget*>(QStringLiteral("seriesThumbnails"));
        QCOMPARE(series->count(), model->study(ct)->numberOfSeries);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("retrieveButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto outcome = finished.first().at(1).value<RetrieveOutcome>();
        QVERIFY(outcome.complete());
        QVERIFY(!outcome.mismatch.isMismatch());
        QCOMPARE(outcome.stored, model->study(ct)->numberOfInstances);
        QTRY_VERIFY(showsRealThumbnail(series->item(0)));
        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(panel.grab().save(QString::fromLocal8Bit(shots) +
                                      QStringLiteral("/studies-panel-pacs.png")));
    }

    void cleanupTestCase() { sandbox.stop(); }
};

QTEST_MAIN(TestStudiesPanel)
#include "TestStudiesPanel.moc"
