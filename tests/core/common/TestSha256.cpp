#include "common/Sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace sightline;

// SHA-256 through OpenSSL against Qt's own implementation as the oracle: at the block edges,
// fed in pieces, from a device, and a device that cannot be read.
class TestSha256 : public QObject {
    Q_OBJECT

    static QByteArray qtHex(const QByteArray& bytes) {
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    }

private slots:
    void agreesWithQt_data() {
        QTest::addColumn<int>("size");
        for (const int size : {0, 1, 55, 56, 63, 64, 65, 1000, 1 << 20})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }
    void agreesWithQt() {
        QFETCH(int, size);
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator random(size);
        for (char& b : bytes)
            b = char(random.bounded(256));
        QCOMPARE(Sha256::hexOf(bytes), qtHex(bytes));

        Sha256 pieces; // in pieces of a changing size, as files and networks deliver
        for (qsizetype at = 0, piece = 1; at < bytes.size(); at += piece, piece = piece * 3 + 1)
            pieces.add(QByteArrayView(bytes).sliced(at, qMin(piece, bytes.size() - at)));
        QCOMPARE(pieces.hex(), qtHex(bytes));

        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Sha256 device;
        QVERIFY(device.addDevice(&buffer));
        QCOMPARE(device.hex(), qtHex(bytes));
    }

    void knownAnswer() {
        QCOMPARE(Sha256::hexOf("abc"),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void anUnreadableDeviceIsAFailure() {
        QBuffer closed; // never opened: every read fails
        Sha256 hash;
        QVERIFY(!hash.addDevice(&closed));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "TestSha256.moc"
