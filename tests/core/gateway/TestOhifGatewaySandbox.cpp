#include "dimse/DimseService.h"
#include "fhir/FhirClientFactory.h"
#include "gateway/DicomWebGateway.h"
#include "gateway/OhifSite.h"
#include "imaging/ImagingService.h"
#include "support/DicomNodeFixture.h"
#include "support/FindAndRetrieve.h"
#include "support/SandboxFixture.h"
#include "support/ViewportPixels.h"
#include "viewers/OnDemandRetrieval.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// End to end: the bundled OHIF, served by the gateway with its generated configuration, opens a
// sandbox CT study in headless Chromium and draws it (non-background pixels in the viewport) —
// from a DICOMweb PACS, and from a DICOM node that has no DICOMweb at all (dcmqrscp), whose
// study the gateway answers from the image cache after a C-GET.
class TestOhifGatewaySandbox : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_imagingNetwork;
    DimseService m_dimse;
    std::unique_ptr<ImagingService> m_imaging; // retrieves into the cache the gateway reads
    std::unique_ptr<DicomWebGateway> m_gateway;
    QString m_source;

    // Opens `url` in headless Chromium; the share of the viewport drawn (see drawnShare), or
    // -1 with a reason in `failure`.
    double drawnShareInChromium(const QUrl& url, const QString& screenshotName, QString* failure) {
        const QString screenshot = m_dir.filePath(screenshotName);
        QProcess chromium;
        chromium.setProcessChannelMode(QProcess::MergedChannels);
        chromium.start("chromium",
                       {"--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--enable-unsafe-swiftshader",
                        "--user-data-dir=" + m_dir.filePath("chromium"), "--window-size=1280,800",
                        "--virtual-time-budget=30000", "--screenshot=" + screenshot,
                        url.toString(QUrl::FullyEncoded)});
        if (!chromium.waitForStarted() ||
            !QTest::qWaitFor([&] { return chromium.state() == QProcess::NotRunning; }, 120000)) {
            *failure = "chromium did not start or did not finish";
            return -1;
        }
        const QImage image(screenshot);
        if (image.isNull()) {
            *failure = QString::fromLocal8Bit(chromium.readAll().right(2000));
            return -1;
        }
        if (const QByteArray dir = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !dir.isEmpty())
            image.save(QString::fromLocal8Bit(dir) + "/" + screenshotName);
        *failure = "screenshot at " + screenshot;
        return test::drawnShare(image);
    }

    QJsonArray qido(const QString& pathAndQuery) {
        QNetworkRequest request(QUrl(m_sandbox.dicomWeb().toString() + pathAndQuery));
        request.setRawHeader("Accept", "application/dicom+json");
        QNetworkReply* reply = m_network.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).array();
    }

private slots:
    void initTestCase() {
        if (!OhifSite().isAvailable())
            QSKIP("Built without the bundled OHIF viewer (SIGHTLINE_BUNDLE_OHIF=OFF)");
        if (QStandardPaths::findExecutable("chromium").isEmpty())
            QFAIL("chromium is not installed (.ci/install-deps installs it)");
        const QString error = m_sandbox.start({"--quiet"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qRegisterMetaType<RetrieveOutcome>();
        m_imaging = std::make_unique<ImagingService>(FhirClientFactory(&m_imagingNetwork, nullptr),
                                                     CacheConnections(m_dir.filePath("cache")));
        m_imaging->setDimse(&m_dimse);
        GatewayOptions options;
        options.cache = m_imaging->cache();
        options.ohifDir = OhifSite::bundledDir();
        m_gateway = std::make_unique<DicomWebGateway>(options);
        QVERIFY(m_gateway->start());
        m_source = m_gateway->sources().add(m_sandbox.dicomWeb(), "Sandbox Orthanc");
    }

    void ohifDrawsACtStudyInChromium() {
        QString study;
        for (const QJsonValue& s : qido("/studies?ModalitiesInStudy=CT")) {
            study = s.toObject()
                        .value("0020000D")
                        .toObject()
                        .value("Value")
                        .toArray()
                        .first()
                        .toString();
            break;
        }
        QVERIFY(!study.isEmpty());
        const QUrl url = m_gateway->ohifViewerUrl(m_source, {study});
        QVERIFY(url.isValid());
        QString failure;
        const double share = drawnShareInChromium(url, "ohif-viewer.png", &failure);
        QVERIFY2(share > 0.05, qPrintable(QString("only %1% of the viewport is drawn; %2")
                                              .arg(share * 100, 0, 'f', 1)
                                              .arg(failure)));
    }

    // A PACS that speaks only DIMSE (pydicom's CT_small.dcm, a real CT slice written by others,
    // in dcmqrscp): nothing of the study is in the cache when the viewer opens. OHIF reads all
    // of it — the study search, series, metadata and frames — from the gateway, which answers
    // its searches by C-FIND and brings the series in by C-GET as OHIF asks for it.
    void ohifDrawsAStudyOfADicomNode() {
        test::DicomNodeFixture node(test::DicomNodeFixture::Kind::Dcmqrscp);
        const QString started = node.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString loaded =
            node.load({test::DicomNodeFixture::pydicomFile("test_files/CT_small.dcm")});
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        const ServerProfile server = test::DicomNodeFixture::profileFor(node.address());
        const QString study = "1.3.6.1.4.1.5962.1.2.1.20040119072730.12322";
        PatientIdentity patient;
        const ImagingStudyRecord record = test::findStudy(*m_imaging, server, study, &patient);
        QCOMPARE(record.studyUid, study);
        QCOMPARE(m_imaging->cache().forThisThread().cachedInstanceCount(study), 0);

        // The viewer's source as StudyOpener makes it: the node's address, this patient's study,
        // served on demand.
        OnDemandRetrieval onDemand(m_imaging.get());
        m_gateway->setSeriesFetcher(onDemand.fetcher());
        const QString source = m_gateway->sources().addForPatient(
            record.endpoint->serviceBase, node.name(), {}, "1CT1", {study}, server.dicomNode);
        onDemand.serve(source, {server, record, patient, false});
        const QUrl url = m_gateway->ohifViewerUrl(source, {study});
        QVERIFY(url.isValid());
        QStringList answered; // what the viewer asked, for a failure's message
        const QMetaObject::Connection log = connect(
            m_gateway.get(), &DicomWebGateway::accessed, this, [&](const GatewayAccess& access) {
                answered << QString("%1 %2").arg(access.resource).arg(access.status);
            });
        QString failure;
        const double share = drawnShareInChromium(url, "ohif-dicom-node.png", &failure);
        disconnect(log);
        m_gateway->setSeriesFetcher(nullptr);
        QVERIFY2(share > 0.05, qPrintable(QString("only %1% of the viewport is drawn; %2; the "
                                                  "gateway answered: %3")
                                              .arg(share * 100, 0, 'f', 1)
                                              .arg(failure, answered.join(", "))));
        QVERIFY(m_imaging->cache().forThisThread().isStudyComplete(study));
    }

    void cleanupTestCase() {
        m_gateway.reset();
        m_imaging.reset();
        m_sandbox.stop();
    }
};

QTEST_GUILESS_MAIN(TestOhifGatewaySandbox)
#include "TestOhifGatewaySandbox.moc"
