#include "dicom/DimseAssociation.h"

#include <QTcpServer>
#include <QTest>

using namespace sightline;

// What a person reads when a node refuses: which setting to change, for each reason a node can
// give (PS3.8 9.3.4), and what Sightline refuses before connecting at all.
class TestDimseAssociation : public QObject {
    Q_OBJECT

    static DicomNodeAddress node() {
        DicomNodeAddress n;
        n.host = QStringLiteral("pacs.example");
        n.port = 11112;
        n.calledAeTitle = QStringLiteral("ARCHIVE");
        n.callingAeTitle = QStringLiteral("SL_WS1");
        return n;
    }

private slots:
    void rejections_data() {
        QTest::addColumn<int>("result");
        QTest::addColumn<int>("source");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("says");
        QTest::newRow("calling-unknown")
            << 1 << 1 << 3 << "does not know Sightline's AE title SL_WS1";
        QTest::newRow("called-unknown") << 1 << 1 << 7 << "does not answer to the AE title ARCHIVE";
        QTest::newRow("no-reason") << 1 << 1 << 1 << "without giving a reason";
        QTest::newRow("busy") << 2 << 3 << 1 << "busy";
        QTest::newRow("limit") << 2 << 3 << 2 << "busy";
        QTest::newRow("temporary") << 2 << 1 << 1 << "temporary";
        QTest::newRow("version") << 1 << 2 << 2 << "protocol version";
    }
    void rejections() {
        QFETCH(int, result);
        QFETCH(int, source);
        QFETCH(int, reason);
        QFETCH(QString, says);
        const Error error = DimseAssociation::rejectionError({result, source, reason}, node());
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
        QVERIFY(error.details.contains(QStringLiteral("reason %1").arg(reason)));
    }

    void findStatuses() {
        QVERIFY(DimseAssociation::findStatusText(0x0000).isEmpty());
        QVERIFY(DimseAssociation::findStatusText(0xA700).contains(QLatin1String("narrow")));
        QVERIFY(DimseAssociation::findStatusText(0xC001).contains(QLatin1String("c001")));
    }

    void refusedBeforeConnecting() {
        DicomNodeAddress bad = node();
        bad.calledAeTitle = QStringLiteral("TOO-LONG-FOR-DICOM");
        const Status status = DimseAssociation(bad).open({QStringLiteral("1.2.840.10008.1.1")});
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::InvalidInput);
        QVERIFY(!DicomNodeAddress::isValidAeTitle(QStringLiteral("   ")));
        QVERIFY(!DicomNodeAddress::isValidAeTitle(QStringLiteral("A\\B")));
        QVERIFY(DicomNodeAddress::isValidAeTitle(QStringLiteral("ORTHANC")));
    }

    // Nothing listening: said in words about the host and port.
    void connectionRefused() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        DicomNodeAddress closed = node();
        closed.host = QStringLiteral("127.0.0.1");
        closed.port = probe.serverPort();
        probe.close();
        const Status status = DimseAssociation(closed).open({QStringLiteral("1.2.840.10008.1.1")});
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::Network);
        QVERIFY2(status.error().message.contains(QLatin1String("Nothing accepts DICOM")),
                 qPrintable(status.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestDimseAssociation)
#include "TestDimseAssociation.moc"
