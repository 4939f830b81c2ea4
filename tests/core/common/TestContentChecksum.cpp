#include "common/ContentChecksum.h"
#include "common/Sha256.h"

#include <QBuffer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace sightline;

// The image cache's checksum against xxHash's own command-line tool (xxh128sum, Debian's xxhash)
// as the oracle: at the stripe and block edges of XXH3, fed in pieces and from a device; values
// of the SHA-256 kind written by an earlier Sightline are still checked; a changed byte, a read
// error or a value of no known kind never matches.
class TestContentChecksum : public QObject {
    Q_OBJECT

    static QByteArray randomBytes(int size) {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator random(quint32(size) + 7);
        for (char& b : bytes)
            b = char(random.bounded(256));
        return bytes;
    }
    // "xxh3-128:" and what xxh128sum prints for `bytes`.
    static QByteArray oracle(const QByteArray& bytes) {
        QProcess p;
        p.start(QStringLiteral("xxh128sum"), {});
        p.write(bytes);
        p.closeWriteChannel();
        if (!p.waitForFinished(10000) || p.exitCode() != 0)
            return {};
        return "xxh3-128:" + p.readAllStandardOutput().split(' ').first();
    }

private slots:
    void initTestCase() {
        if (QStandardPaths::findExecutable(QStringLiteral("xxh128sum")).isEmpty())
            QFAIL("xxh128sum (Debian package xxhash) is needed as the oracle");
    }

    void agreesWithXxhsum_data() {
        QTest::addColumn<int>("size");
        for (const int size : {0, 1, 3, 16, 17, 128, 129, 240, 241, 1023, 1024, 1025, 1 << 20})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }
    void agreesWithXxhsum() {
        QFETCH(int, size);
        QByteArray bytes = randomBytes(size);
        const QByteArray expected = oracle(bytes);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(ContentChecksum::of(bytes), expected);

        ContentChecksum pieces; // in pieces of a changing size, as files and networks deliver
        for (qsizetype at = 0, piece = 1; at < bytes.size(); at += piece, piece = piece * 3 + 1)
            pieces.add(QByteArrayView(bytes).sliced(at, qMin(piece, bytes.size() - at)));
        QCOMPARE(pieces.value(), expected);

        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QVERIFY(ContentChecksum::matches(expected, &buffer));
    }

    // Pinned: values are kept on disk, so they may never change with a library update.
    void knownValues() {
        QCOMPARE(ContentChecksum::of({}), QByteArray("xxh3-128:99aa06d3014798d86001c324468d497f"));
        QCOMPARE(ContentChecksum::of("abc"),
                 QByteArray("xxh3-128:06b05ab6733a618578af5f94892f3950"));
    }

    void matchesOnlyTheSameBytes() {
        QByteArray bytes = randomBytes(4096);
        const QByteArray value = ContentChecksum::of(bytes);
        bytes[2048] = char(bytes[2048] ^ 1);
        QBuffer changed(&bytes);
        QVERIFY(changed.open(QIODevice::ReadOnly));
        QVERIFY(!ContentChecksum::matches(value, &changed));
    }

    void earlierSha256ValuesAreStillChecked() {
        QByteArray bytes = randomBytes(5000);
        const QByteArray sha = Sha256::hexOf(bytes);
        QBuffer same(&bytes);
        QVERIFY(same.open(QIODevice::ReadOnly));
        QVERIFY(ContentChecksum::matches(sha, &same));
        bytes[10] = char(bytes[10] ^ 0x80);
        QBuffer changed(&bytes);
        QVERIFY(changed.open(QIODevice::ReadOnly));
        QVERIFY(!ContentChecksum::matches(sha, &changed));
    }

    void unknownValuesAndUnreadableDevicesNeverMatch() {
        QByteArray bytes("abc");
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QVERIFY(!ContentChecksum::matches("md5:900150983cd24fb0d6963f7d28e17f72", &buffer));
        QVERIFY(!ContentChecksum::matches("", &buffer));
        QBuffer closed(&bytes); // never opened: reading fails
        QVERIFY(!ContentChecksum::matches(ContentChecksum::of(bytes), &closed));
    }
};

QTEST_GUILESS_MAIN(TestContentChecksum)
#include "TestContentChecksum.moc"
