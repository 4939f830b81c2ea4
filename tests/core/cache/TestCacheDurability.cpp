#include "cache/CacheConnections.h"
#include "cache/CacheDurability.h"
#include "cache/CacheSettler.h"
#include "cache/ImageCache.h"
#include "common/Sha256.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sightline;

// The image cache indexes instances before they are on the disk and settles them moments later
// (CacheDurability, CacheSettler): rows wait marked with this boot until a settle; the settler
// comes within its delay and, when it goes, at once; rows a power cut may have damaged (marked
// with another boot) are checked against their checksums when the cache opens, the damaged ones
// dropped with their files, the whole ones kept; an index written before (SHA-256 values, no
// boot mark) is upgraded and still checked.
class TestCacheDurability : public QObject {
    Q_OBJECT

    static DicomHeader header(int number) {
        DicomHeader h;
        h.studyInstanceUid = QStringLiteral("9.1");
        h.seriesInstanceUid = QStringLiteral("9.1.1");
        h.sopInstanceUid = QStringLiteral("9.1.1.%1").arg(number);
        h.patientId = QStringLiteral("SL-9");
        return h;
    }
    static QByteArray bytes(int number) { return QByteArray(1000 + number, char('a' + number)); }

    // The index seen from outside any ImageCache, as another process (or a power cut) would.
    struct Index {
        explicit Index(const QString& root)
            : name(QUuid::createUuid().toString()) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(root + QStringLiteral("/index.db"));
            db.open();
        }
        ~Index() {
            QSqlDatabase::database(name).close();
            QSqlDatabase::removeDatabase(name);
        }
        Index(const Index&) = delete;
        Index& operator=(const Index&) = delete;
        QVariant writtenBoot(const QString& sop) const {
            QSqlQuery q(QSqlDatabase::database(name));
            q.prepare(QStringLiteral("SELECT written_boot FROM instances WHERE sop_uid=?"));
            q.addBindValue(sop);
            return q.exec() && q.next() ? q.value(0) : QVariant(QStringLiteral("(no row)"));
        }
        bool exec(const QString& sql) const {
            QSqlQuery q(QSqlDatabase::database(name));
            return q.exec(sql);
        }
        QString name;
    };

private slots:
    void initTestCase() { QVERIFY(CacheDurability::defers()); } // Linux knows its boot

    void rowsWaitForASettle() {
        QTemporaryDir dir;
        ImageCache cache(dir.path());
        QVERIFY(cache.store(header(1), bytes(1), {}).ok());
        QVERIFY(cache.store(header(2), bytes(2), {}).ok());
        Index index(dir.path());
        QCOMPARE(index.writtenBoot(QStringLiteral("9.1.1.1")).toByteArray(),
                 CacheDurability::bootId());
        QVERIFY(cache.hasUnsettled());
        QVERIFY(cache.settle().ok());
        QVERIFY(!cache.hasUnsettled());
        QVERIFY(index.writtenBoot(QStringLiteral("9.1.1.1")).isNull());
        QVERIFY(index.writtenBoot(QStringLiteral("9.1.1.2")).isNull());
        QCOMPARE(cache.read(QStringLiteral("9.1.1.2")).value(), bytes(2));
    }

    // A power cut: the rows survived (the index is synced on its own schedule), the files'
    // bytes did not all. Opened after the restart, the cache serves none of the damaged ones.
    void afterAPowerCutDamagedEntriesAreDropped() {
        QTemporaryDir dir;
        QString truncated, flipped, whole;
        {
            ImageCache cache(dir.path());
            for (int i = 1; i <= 3; ++i)
                QVERIFY(cache.store(header(i), bytes(i), {}).ok());
            truncated = cache.instancePath(QStringLiteral("9.1.1.1"));
            flipped = cache.instancePath(QStringLiteral("9.1.1.2"));
            whole = cache.instancePath(QStringLiteral("9.1.1.3"));
        }
        {
            Index index(dir.path());
            QVERIFY(
                index.exec(QStringLiteral("UPDATE instances SET written_boot='a-boot-before'")));
        }
        QVERIFY(QFile::resize(truncated, 100));
        QFile file(flipped);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(500));
        QVERIFY(file.write("Z", 1) == 1);
        file.close();

        ImageCache reopened(dir.path());
        QVERIFY(reopened.openError().isEmpty());
        QVERIFY(!reopened.contains(QStringLiteral("9.1.1.1")));
        QVERIFY(!reopened.contains(QStringLiteral("9.1.1.2")));
        QVERIFY(!QFile::exists(truncated));
        QVERIFY(!QFile::exists(flipped));
        QCOMPARE(reopened.read(QStringLiteral("9.1.1.3")).value(), bytes(3));
        Index index(dir.path());
        QVERIFY(index.writtenBoot(QStringLiteral("9.1.1.3")).isNull()); // checked: settled
        QVERIFY(reopened.verify(false).ok());
    }

    // Rows of this boot are never checked at opening: their bytes are still in the machine.
    void rowsOfThisBootAreLeftToTheSettle() {
        QTemporaryDir dir;
        QString path;
        {
            ImageCache cache(dir.path());
            QVERIFY(cache.store(header(1), bytes(1), {}).ok());
            path = cache.instancePath(QStringLiteral("9.1.1.1"));
        }
        ImageCache reopened(dir.path());
        QVERIFY(reopened.contains(QStringLiteral("9.1.1.1")));
        QVERIFY(reopened.hasUnsettled());
    }

    void anEarlierIndexIsUpgraded() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("instances/9.1/9.1.1"));
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + QStringLiteral("/9.1.1.1.dcm"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes(1));
        file.close();
        {
            Index index(dir.path());
            QVERIFY(index.exec(QStringLiteral(
                "CREATE TABLE instances (sop_uid TEXT PRIMARY KEY, study_uid TEXT NOT NULL, "
                "series_uid TEXT NOT NULL, patient_id TEXT, patient_name TEXT, size INTEGER NOT "
                "NULL, sha256 TEXT NOT NULL, source_server TEXT, transfer_syntax TEXT, stored_utc "
                "TEXT NOT NULL, last_access_utc TEXT NOT NULL)")));
            QVERIFY(index.exec(QStringLiteral("INSERT INTO instances VALUES ('9.1.1.1', '9.1', "
                                              "'9.1.1', 'SL-9', '', %1, '%2', '', '', "
                                              "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
                                   .arg(bytes(1).size())
                                   .arg(QString::fromLatin1(Sha256::hexOf(bytes(1))))));
        }
        ImageCache cache(dir.path());
        QVERIFY2(cache.openError().isEmpty(), qPrintable(cache.openError()));
        QCOMPARE(cache.read(QStringLiteral("9.1.1.1")).value(), bytes(1));
        QVERIFY(cache.verify(false).ok()); // its SHA-256 still checked
        QVERIFY(cache.store(header(2), bytes(2), {}).ok());
        QVERIFY(cache.verify(false).ok());
        QVERIFY(QFile::resize(folder + QStringLiteral("/9.1.1.1.dcm"), 10));
        QCOMPARE(cache.verify(false).corrupt, QStringList{QStringLiteral("9.1.1.1")});
    }

    void theSettlerComesWithinItsDelay() {
        QTemporaryDir dir;
        CacheConnections connections(dir.path());
        QVERIFY(connections.forThisThread().store(header(1), bytes(1), {}).ok());
        Index index(dir.path());
        QVERIFY(!index.writtenBoot(QStringLiteral("9.1.1.1")).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(index.writtenBoot(QStringLiteral("9.1.1.1")).isNull(),
                                 int(CacheSettler::kDelay.count()) * 5);
    }

    // Going, the settler settles what is left at once, not after its delay.
    void aSettlerGoingSettlesAtOnce() {
        QTemporaryDir dir;
        ImageCache cache(dir.path());
        QVERIFY(cache.store(header(1), bytes(1), {}).ok());
        QElapsedTimer going;
        {
            CacheSettler settler(dir.path(), std::chrono::hours(1));
            settler.request();
            going.start();
        }
        QVERIFY2(going.elapsed() < 20000, qPrintable(QString::number(going.elapsed())));
        QVERIFY(!cache.hasUnsettled());
    }
};

QTEST_GUILESS_MAIN(TestCacheDurability)
#include "TestCacheDurability.moc"
