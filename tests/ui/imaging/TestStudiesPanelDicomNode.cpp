// The Studies panel on a DICOM node (DCMTK's dcmqrscp holding pydicom's files): the patient is
// found by C-FIND, the banner says the patient is as the DICOM data names them, and the study is
// retrieved by C-GET with a real thumbnail.

#include "dimse/DimseService.h"
#include "fhir/PatientSummary.h"
#include "imaging/ImagingService.h"
#include "imaging/StudiesPanel.h"
#include "imaging/StudyTableModel.h"
#include "servers/ServerStore.h"
#include "support/DicomNodeFixture.h"

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

class TestStudiesPanelDicomNode : public QObject {
    Q_OBJECT
    test::DicomNodeFixture m_node{test::DicomNodeFixture::Kind::Dcmqrscp};

private slots:
    void initTestCase() {
        const QString started = m_node.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString loaded = m_node.load(
            {test::DicomNodeFixture::pydicomFile(QStringLiteral("test_files/CT_small.dcm"))});
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        // English plural forms, as the app loads them ("1 study", not "stud(y/ies)").
        auto* plurals = new QTranslator(this);
        if (plurals->load(QStringLiteral(SIGHTLINE_TRANSLATIONS_DIR "/sightline_en.qm")))
            QCoreApplication::installTranslator(plurals);
    }

    void browseAndRetrieve() {
        QTemporaryDir dir;
        ServerStore servers(dir.filePath(QStringLiteral("servers.ini")));
        ServerProfile node = test::DicomNodeFixture::profileFor(m_node.address());
        node.id.clear();
        node.name = QStringLiteral("Archive (dcmqrscp)");
        node = servers.save(node);
        QNetworkAccessManager network;
        DimseService dimse;
        ImagingService imaging(FhirClientFactory(&network, nullptr),
                               CacheConnections(dir.filePath(QStringLiteral("cache"))));
        imaging.setDimse(&dimse);
        StudiesPanel panel(&servers, &imaging);
        QSignalSpy opened(&panel, &StudiesPanel::patientOpened);
        QSignalSpy context(&panel, &StudiesPanel::patientContext);
        QSignalSpy finished(&imaging, &ImagingService::finished);
        panel.resize(1280, 720);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.selectServer(node.id);

        auto* search = panel.findChild<QLineEdit*>(QStringLiteral("patientSearch"));
        search->setText(QStringLiteral("1CT1"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
        QCOMPARE(opened.first().at(1).toString(), node.id);
        QVERIFY(opened.first().at(2).toString().contains(QLatin1String("DICOM node")));
        QVERIFY(context.isEmpty()); // consents live on FHIR servers
        StudyTableModel* model = panel.model();
        QCOMPARE(model->rowCount(), 1);
        // dcmqrscp gives no Modalities in Study: the series' modality stands in.
        QCOMPARE(model->study(0)->modalities, QStringList{QStringLiteral("CT")});
        panel.findChild<QTableView*>(QStringLiteral("studyTable"))->selectRow(0);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("retrieveButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto outcome = finished.first().at(1).value<RetrieveOutcome>();
        QVERIFY(outcome.complete());
        QCOMPARE(outcome.stored, 1);
        auto* series = panel.findChild<QListWidget*>(QStringLiteral("seriesThumbnails"));
        QTRY_VERIFY_WITH_TIMEOUT(series->count() == 1 && !series->item(0)->icon().isNull(), 10000);
        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(panel.grab().save(QString::fromLocal8Bit(shots) +
                                      QStringLiteral("/studies-panel-node.png")));
        }
    }
};

QTEST_MAIN(TestStudiesPanelDicomNode)
#include "TestStudiesPanelDicomNode.moc"
