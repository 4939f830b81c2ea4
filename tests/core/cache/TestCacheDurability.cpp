#include "cache/CacheConnections.h"
#include "cache/CacheDurability.h"
#include "cache/CacheSettler.h"
#include "cache/ImageCache.h"
#include "common/AtomicFile.h"
#include "common/Sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sightline;

// The image cache indexes instances before they are on the disk and settles them moments later
// (CacheDurability, CacheSettler): entries wait marked with this epoch until a settle, and one
// indexed (or stored anew) while a settle runs keeps its mark for the next; the settler comes
// within its delay and, when it goes, at once; entries a power cut may have damaged (marked in
// another epoch) are checked against their checksums when the cache opens — damaged, truncated
// or missing ones dropped, whole ones kept. The index keeps the columns of earlier Sightlines, and
// one they wrote (SHA-256 values) is still read and checked.
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
    static QString sop(int number) { return QStringLiteral("9.1.1.%1").arg(number); }
    static QByteArray bytes(int number, char fill = 0) {
        return QByteArray(1000 + number, fill ? fill : char('a' + number));
    }

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
        QString mark(const QString& sop) const {
            QSqlQuery q(QSqlDatabase::database(name));
            q.prepare(QStringLiteral("SELECT mark FROM unsettled WHERE sop_uid=?"));
            q.addBindValue(sop);
            return q.exec() && q.next() ? q.value(0).toString() : QString();
        }
        QStringList columns() const {
            QSqlQuery q(QSqlDatabase::database(name));
            QStringList out;
            if (q.exec(QStringLiteral("PRAGMA table_info(instances)")))
                while (q.next())
                    out << q.value(1).toString();
            return out;
        }
        qint64 count(const QString& sql) const {
            QSqlQuery q(QSqlDatabase::database(name));
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        }
        bool exec(const QString& sql) const {
            QSqlQuery q(QSqlDatabase::database(name));
            return q.exec(sql);
        }
        QString name;
    };

    // A copy of a cache folder, as a machine restarted since would find it (each folder is
    // checked once per process, as a Sightline does when it starts).
    static QString copyOf(const QString& from, const QString& to) {
        QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString target = to + path.mid(from.size());
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile::copy(path, target);
        }
        return to;
    }

private slots:
    void initTestCase() {
        QTemporaryDir dir;
        if (CacheDurability::epochOf(dir.path()).isEmpty())
            QSKIP("This machine does not tell its boot and mounts: every batch is synced at once");
    }

    void entriesWaitForASettle() {
        QTemporaryDir dir;
        ImageCache cache(dir.path());
        QVERIFY(cache.defersDurability());
        QVERIFY(cache.store(header(1), bytes(1), {}).ok());
        QVERIFY(cache.store(header(2), bytes(2), {}).ok());
        Index index(dir.path());
        QCOMPARE(index.mark(sop(1)), CacheDurability::epochOf(dir.path()));
        QVERIFY(cache.hasUnsettled());
        QVERIFY(cache.settle().ok());
        QVERIFY(!cache.hasUnsettled());
        QCOMPARE(index.mark(sop(1)), QString());
        QCOMPARE(index.mark(sop(2)), QString());
        QCOMPARE(cache.read(sop(2)).value(), bytes(2));
    }

    // What is indexed while a settle syncs may not be covered by that sync: it waits for the
    // next one — a new instance, and one stored anew over an entry being settled.
    void whatArrivesDuringASettleWaitsForTheNext() {
        QTemporaryDir dir;
        ImageCache cache(dir.path());
        QVERIFY(cache.store(header(1), bytes(1), {}).ok());
        QVERIFY(cache.store(header(2), bytes(2), {}).ok());
        bool ran = false;
        QVERIFY(cache
                    .settle([&] {
                        ran = true;
                        QVERIFY(cache.store(header(2), bytes(2, 'z'), {}).ok());
                        QVERIFY(cache.store(header(3), bytes(3), {}).ok());
                    })
                    .ok());
        QVERIFY(ran);
        Index index(dir.path());
        QCOMPARE(index.mark(sop(1)), QString());
        QCOMPARE(index.mark(sop(2)), CacheDurability::epochOf(dir.path()));
        QCOMPARE(index.mark(sop(3)), CacheDurability::epochOf(dir.path()));
        QVERIFY(cache.hasUnsettled());
        QVERIFY(cache.settle().ok());
        QVERIFY(!cache.hasUnsettled());
        QCOMPARE(cache.read(sop(2)).value(), bytes(2, 'z'));
    }

    // An image evicted or purged while a settle runs has nothing left to keep: the others are
    // settled, nothing is dropped for it.
    void aFileGoneDuringASettleIsPassedOver() {
        QTemporaryDir dir;
        ImageCache cache(dir.path());
        for (int i = 1; i <= 3; ++i)
            QVERIFY(cache.store(header(i), bytes(i), {}).ok());
        const QString gone = cache.instancePath(sop(2));
        QVERIFY(cache.settle([&] { QVERIFY(QFile::remove(gone)); }).ok());
        QVERIFY(!cache.hasUnsettled());
        QCOMPARE(cache.read(sop(1)).value(), bytes(1));
        QCOMPARE(cache.read(sop(3)).value(), bytes(3));
    }

    // A settle that a crash interrupted left its token on the marks: still this epoch's, taken
    // by the next settle.
    void anInterruptedSettlesMarksAreTakenAgain() {
        QTemporaryDir dir;
        ImageCache cache(dir.path());
        QVERIFY(cache.store(header(1), bytes(1), {}).ok());
        {
            Index index(dir.path());
            QVERIFY(index.exec(QStringLiteral("UPDATE unsettled SET mark='%1#crashed'")
                                   .arg(CacheDurability::epochOf(dir.path()))));
        }
        QVERIFY(cache.hasUnsettled());
        QVERIFY(cache.settle().ok());
        QVERIFY(!cache.hasUnsettled());
        Index index(dir.path());
        QCOMPARE(index.mark(sop(1)), QString());
    }

    // Where the epoch is not known, every mark is another epoch's: all are checked.
    void anUnknownEpochChecksEveryMark() {
        QTemporaryDir before, after;
        {
            ImageCache cache(before.path());
            QVERIFY(cache.store(header(1), bytes(1), {}).ok());
            QVERIFY(cache.store(header(2), bytes(2), {}).ok());
        }
        const QString root = copyOf(before.path(), after.path());
        const QString folder = root + QStringLiteral("/instances/9.1/9.1.1/");
        QVERIFY(QFile::resize(folder + sop(1) + QStringLiteral(".dcm"), 10));
        Index index(root);
        const auto pathOf = [&root](const QString& study, const QString& series,
                                    const QString& uid) {
            return QStringLiteral("%1/instances/%2/%3/%4.dcm").arg(root, study, series, uid);
        };
        QVERIFY(CacheDurability::checkAfterRestart(index.name, root, QString(), pathOf,
                                                   QDateTime::currentDateTimeUtc())
                    .ok());
        QCOMPARE(index.mark(sop(1)), QString());
        QCOMPARE(index.mark(sop(2)), QString());
        QVERIFY(!QFile::exists(folder + sop(1) + QStringLiteral(".dcm")));
        QVERIFY(QFile::exists(folder + sop(2) + QStringLiteral(".dcm")));
        QCOMPARE(index.count(QStringLiteral("SELECT COUNT(*) FROM instances")), 1);
    }

    // A power cut: the index kept its rows, the files did not all keep their bytes. Opened
    // after the restart, the cache serves none of the damaged ones.
    void afterAPowerCutDamagedEntriesAreDropped() {
        QTemporaryDir before, after;
        {
            ImageCache cache(before.path());
            for (int i = 1; i <= 4; ++i)
                QVERIFY(cache.store(header(i), bytes(i), {}).ok());
            QVERIFY(cache.store(header(5), bytes(5), {}).ok());
            QVERIFY(cache.settle().ok()); // 1–5 durable
            for (int i = 1; i <= 4; ++i)  // 1–4 stored again, not yet settled
                QVERIFY(cache.store(header(i), bytes(i, 'q'), {}).ok());
        }
        const QString root = copyOf(before.path(), after.path());
        {
            Index index(root);
            QVERIFY(index.exec(
                QStringLiteral("UPDATE unsettled SET mark='another-boot/7'"))); // the old epoch
        }
        const QString folder = root + QStringLiteral("/instances/9.1/9.1.1/");
        QVERIFY(QFile::resize(folder + sop(1) + QStringLiteral(".dcm"), 100)); // truncated
        QFile flipped(folder + sop(2) + QStringLiteral(".dcm"));
        QVERIFY(flipped.open(QIODevice::ReadWrite));
        QVERIFY(flipped.seek(500));
        QCOMPARE(flipped.write("Z", 1), 1);
        flipped.close();
        QVERIFY(QFile::remove(folder + sop(3) + QStringLiteral(".dcm"))); // gone

        ImageCache reopened(root);
        QVERIFY(reopened.openError().isEmpty());
        QVERIFY(!reopened.contains(sop(1)));
        QVERIFY(!reopened.contains(sop(2)));
        QVERIFY(!reopened.contains(sop(3)));
        QVERIFY(!QFile::exists(folder + sop(1) + QStringLiteral(".dcm")));
        QVERIFY(!QFile::exists(folder + sop(2) + QStringLiteral(".dcm")));
        QCOMPARE(reopened.read(sop(4)).value(), bytes(4, 'q')); // whole
        QCOMPARE(reopened.read(sop(5)).value(), bytes(5));      // settled before: never marked
        QVERIFY(!reopened.hasUnsettled());
        Index index(root);
        QCOMPARE(index.mark(sop(4)), QString());
        QVERIFY(reopened.verify(false).ok());
    }

    // Marks of this epoch are left to the settle: their bytes are still in the machine.
    void entriesOfThisEpochAreLeftToTheSettle() {
        QTemporaryDir before, after;
        {
            ImageCache cache(before.path());
            QVERIFY(cache.store(header(1), bytes(1), {}).ok());
        }
        const QString root = copyOf(before.path(), after.path());
        {
            Index index(root); // as marked on the copy's own mount
            QVERIFY(index.exec(QStringLiteral("UPDATE unsettled SET mark='%1'")
                                   .arg(CacheDurability::epochOf(root))));
        }
        QVERIFY(QFile::resize(root + QStringLiteral("/instances/9.1/9.1.1/9.1.1.1.dcm"), 10));
        ImageCache reopened(root);
        QVERIFY(reopened.contains(sop(1))); // not read at opening
        QVERIFY(reopened.hasUnsettled());
    }

    // An index an earlier Sightline wrote (SHA-256 values) is read and checked as it is, and
    // the index keeps its columns, so that Sightline can still use the cache.
    void anEarlierIndexStillWorksBothWays() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("instances/9.1/9.1.1"));
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + QStringLiteral("/9.1.1.1.dcm"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes(1));
        file.close();
        const QStringList earlierColumns{
            QStringLiteral("sop_uid"),         QStringLiteral("study_uid"),
            QStringLiteral("series_uid"),      QStringLiteral("patient_id"),
            QStringLiteral("patient_name"),    QStringLiteral("size"),
            QStringLiteral("sha256"),          QStringLiteral("source_server"),
            QStringLiteral("transfer_syntax"), QStringLiteral("stored_utc"),
            QStringLiteral("last_access_utc")};
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
        QCOMPARE(cache.read(sop(1)).value(), bytes(1));
        QVERIFY(cache.verify(false).ok()); // its SHA-256 still checked
        QVERIFY(cache.store(header(2), bytes(2), {}).ok());
        QVERIFY(cache.verify(false).ok());
        QVERIFY(QFile::resize(folder + QStringLiteral("/9.1.1.1.dcm"), 10));
        QCOMPARE(cache.verify(false).corrupt, QStringList{sop(1)});
        Index index(dir.path());
        QCOMPARE(index.columns(), earlierColumns);
        // The earlier Sightline's own statement still stores.
        QVERIFY(index.exec(QStringLiteral(
            "INSERT OR REPLACE INTO instances VALUES ('9.1.1.3', '9.1', '9.1.1', 'SL-9', '', 1, "
            "'x', '', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
    }

    // Objects a crash left half received are removed when the cache is first opened; one
    // written within the hour may still be arriving (for another Sightline) and stays.
    void leftoversOfACrashedReceiptAreRemoved() {
        QTemporaryDir dir;
        const QString incoming = ImageCache::incomingFolder(dir.path());
        QVERIFY(QDir().mkpath(incoming));
        const QString old = AtomicFile::tempPathIn(incoming);
        const QString arriving = AtomicFile::tempPathIn(incoming);
        for (const QString& path : {old, arriving}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("DICM");
        }
        QFile stale(old);
        QVERIFY(stale.open(QIODevice::ReadWrite));
        QVERIFY(stale.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-2 * 3600),
                                  QFileDevice::FileModificationTime));
        stale.close();
        ImageCache cache(dir.path());
        QVERIFY(cache.openError().isEmpty());
        QVERIFY(!QFile::exists(old));
        QVERIFY(QFile::exists(arriving));
    }

    void theSettlerComesWithinItsDelay() {
        QTemporaryDir dir;
        CacheConnections connections(dir.path());
        QVERIFY(connections.forThisThread().store(header(1), bytes(1), {}).ok());
        Index index(dir.path());
        QVERIFY(!index.mark(sop(1)).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(index.mark(sop(1)).isEmpty(),
                                 int(CacheSettler::kDelay.count()) * 20);
    }

    // A connection finds what a Sightline that stopped short left marked, and has it settled.
    void leftoversOfThisEpochAreSettled() {
        QTemporaryDir dir;
        {
            ImageCache cache(dir.path()); // no settler: as if it had been killed
            QVERIFY(cache.store(header(1), bytes(1), {}).ok());
        }
        CacheConnections connections(dir.path());
        QVERIFY(connections.forThisThread().contains(sop(1)));
        Index index(dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(index.mark(sop(1)).isEmpty(),
                                 int(CacheSettler::kDelay.count()) * 20);
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
        QVERIFY2(going.elapsed() < 60000, qPrintable(QString::number(going.elapsed())));
        QVERIFY(!cache.hasUnsettled());
    }
};

QTEST_GUILESS_MAIN(TestCacheDurability)
#include "TestCacheDurability.moc"
