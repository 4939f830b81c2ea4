#include "dimse/ReceivingNode.h"
#include "dimse/ReceivingNodeStatus.h"
#include "support/DicomNodeFixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace sightline;

// The receiving node in the status bar as a user sees it while DCMTK's storescu (a sender
// Sightline did not write) pushes to it: hidden while off, what it listens as, how many images
// arrived and from whom, and a refused caller in red until the next arrival.
class TestReceivingNodeStatus : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static QString push(const QString& callingAe, quint16 port) {
        QProcess storescu;
        storescu.setProcessChannelMode(QProcess::MergedChannels);
        storescu.start("storescu",
                       {"-aet", callingAe, "-aec", "SIGHTLINE", "127.0.0.1", QString::number(port),
                        test::DicomNodeFixture::pydicomFile("test_files/CT_small.dcm")});
        if (!storescu.waitForFinished(30000))
            return "storescu did not finish";
        return QString::fromLocal8Bit(storescu.readAll());
    }

private slots:
    void arrivalsAndRefusals() {
        ReceivingNode node(CacheConnections(m_dir.filePath("cache")));
        QWidget statusBar; // as the window's status bar holds it
        auto& status = *new ReceivingNodeStatus(&node, &statusBar);
        statusBar.show();
        QVERIFY(status.isHidden()); // the node is off

        StorageScpSettings settings;
        settings.port = 0; // any free port
        settings.allowedCallers = {"CT_SCANNER"};
        QVERIFY(node.start(settings));
        QVERIFY(status.isVisible());
        QVERIFY2(
            status.text().contains(QString("Receiving as SIGHTLINE on port %1").arg(node.port())),
            qPrintable(status.text()));
        QVERIFY(
            status.toolTip().contains("Register Sightline at the sender as AE title SIGHTLINE"));

        push("STRANGER", node.port());
        QTRY_VERIFY_WITH_TIMEOUT(status.text().contains("a caller was refused"), 10000);
        QVERIFY(status.styleSheet().contains("color"));
        QVERIFY2(status.toolTip().contains("Refused STRANGER at 127.0.0.1"),
                 qPrintable(status.toolTip()));

        const QString pushed = push("CT_SCANNER", node.port());
        QTRY_VERIFY2_WITH_TIMEOUT(status.text().contains("1 image"),
                                  qPrintable(status.text() + "\n" + pushed), 10000);
        QVERIFY(!status.text().contains("refused")); // an arrival clears it
        QVERIFY(status.styleSheet().isEmpty());
        QVERIFY2(status.toolTip().contains("CT_SCANNER at 127.0.0.1: 1 image"),
                 qPrintable(status.toolTip()));

        node.stop();
        QVERIFY(status.isHidden());
    }
};

QTEST_MAIN(TestReceivingNodeStatus)
#include "TestReceivingNodeStatus.moc"
