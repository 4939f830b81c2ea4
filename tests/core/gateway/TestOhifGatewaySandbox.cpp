#include "gateway/DicomWebGateway.h"
#include "gateway/OhifSite.h"
#include "support/SandboxFixture.h"
#include "support/ViewportPixels.h"

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
// sandbox CT study in headless Chromium and draws it (non-background pixels in the viewport).
class TestOhifGatewaySandbox : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<DicomWebGateway> m_gateway;
    QString m_source;

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
        GatewayOptions options;
        options.cache = CacheConnections(m_dir.filePath("cache"));
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
        const QString screenshot = m_dir.filePath("ohif.png");
        QProcess chromium;
        chromium.setProcessChannelMode(QProcess::MergedChannels);
        chromium.start("chromium",
                       {"--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--enable-unsafe-swiftshader",
                        "--user-data-dir=" + m_dir.filePath("chromium"), "--window-size=1280,800",
                        "--virtual-time-budget=30000", "--screenshot=" + screenshot,
                        url.toString(QUrl::FullyEncoded)});
        QVERIFY(chromium.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return chromium.state() == QProcess::NotRunning; }, 120000));
        const QImage image(screenshot);
        QVERIFY2(!image.isNull(), chromium.readAll().right(2000).constData());
        if (const QByteArray dir = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !dir.isEmpty())
            image.save(QString::fromLocal8Bit(dir) + "/ohif-viewer.png");
        const double share = test::drawnShare(image);
        QVERIFY2(share > 0.05,
                 qPrintable(QString("only %1% of the viewport is drawn; screenshot at %2")
                                .arg(share * 100, 0, 'f', 1)
                                .arg(screenshot)));
    }

    void cleanupTestCase() {
        m_gateway.reset();
        m_sandbox.stop();
    }
};

QTEST_GUILESS_MAIN(TestOhifGatewaySandbox)
#include "TestOhifGatewaySandbox.moc"
