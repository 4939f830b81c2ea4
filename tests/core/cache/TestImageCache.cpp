#include "cache/ImageCache.h"
#include "common/AtomicFile.h"
#include "support/ManualClock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace sightline;

// The on-disk image cache: UIDs that could escape the folder are refused, writes are atomic,
// the LRU budget and TTL hold, verify() finds and repairs missing, changed and orphaned files,
// and a write that fails half-way (file size limit standing in for a full disk) leaves the
// cache as it was.
// A file as a crash two hours ago would have left it.
static bool makeOld(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadWrite) &&
           file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-7200),
                            QFileDevice::FileModificationTime);
}

class TestImageCache : public QObject {
    Q_OBJECT

    static DicomHeader header(const QString& study, const QString& series, const QString& sop) {
        DicomHeader h;
        h.studyInstanceUid = study;
        h.seriesInstanceUid = series;
        h.sopInstanceUid = sop;
        h.patientId = QStringLiteral("SL-1001");
        h.patientName = QStringLiteral("Müller^Jürgen");
        return h;
    }
    static QByteArray bytes(int size, char fill) { return QByteArray(size, fill); }

    static QStringList filesUnder(const QString& root) {
        QStringList out;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << it.next();
        return out;
    }

private slots:
    void uids_data() {
        QTest::addColumn<QString>("uid");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "1.2.826.0.1.3680043.10.1042.1.1.1" << true;
        QTest::newRow("zero component") << "1.2.0.3" << true;
        QTest::newRow("parent dir") << "../../etc/passwd" << false;
        QTest::newRow("dots only") << ".." << false;
        QTest::newRow("slash") << "1.2/3" << false;
        QTest::newRow("shell") << "1.2;rm -rf ~" << false;
        QTest::newRow("backtick") << "1.2`id`" << false;
        // Not PS3.5, but served by real archives and listed by their QIDO: must be reachable.
        QTest::newRow("leading zeros") << "1.2.246.352.91.0000217.20050414093417" << true;
        QTest::newRow("leading zero") << "1.02.3" << true;
        QTest::newRow("longer than 64") << QString(QStringLiteral("1.2")).repeated(30) << true;
        QTest::newRow("space") << "1.2 .3" << false;
        QTest::newRow("letters") << "1.2.abc" << false;
        QTest::newRow("option") << "-1.2" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("trailing dot") << "1.2." << false;
        QTest::newRow("too long") << QString(QStringLiteral("1.2")).repeated(43) << false;
    }
    void uids() {
        QFETCH(QString, uid);
        QFETCH(bool, valid);
        QCOMPARE(ImageCache::isValidUid(uid), valid);
    }

    void storeReadStats() {
        QTemporaryDir dir;
        ImageCache cache(dir.path());
        QVERIFY(cache.openError().isEmpty());
        QVERIFY(cache.store(header("1.1", "1.1.1", "1.1.1.1"), bytes(1000, 'a'), "orthanc").ok());
        QVERIFY(cache.store(header("1.1", "1.1.1", "1.1.1.2"), bytes(2000, 'b'), "orthanc").ok());
        QVERIFY(cache.store(header("1.1", "1.1.2", "1.1.2.1"), bytes(3000, 'c'), "orthanc").ok());
        QVERIFY(cache.contains("1.1.1.2"));
        QCOMPARE(cache.read("1.1.1.2").value(), bytes(2000, 'b'));
        QVERIFY(cache.instancePath("1.1.2.1").startsWith(dir.path() + "/instances/1.1/1.1.2/"));
        QCOMPARE(cache.cachedInstances("1.1.1"), (QSet<QString>{"1.1.1.1", "1.1.1.2"}));
        QCOMPARE(cache.cachedInstanceCount("1.1"), 3);
        const CacheStats stats = cache.stats();
        QCOMPARE(stats.instances, 3);
        QCOMPARE(stats.series, 2);
        QCOMPARE(stats.studies, 1);
        QCOMPARE(stats.patients, 1);
        QCOMPARE(stats.bytes, 6000);
        QCOMPARE(cache.read("9.9").error().kind, Error::Kind::NotFound);

        // Escaping UIDs never become paths.
        const Status refused = cache.store(header("1.1", "../../..", "1.2"), bytes(10, 'x'), {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::MalformedData);
        QVERIFY(!QFile::exists(dir.path() + "/../1.2.dcm"));
        QVERIFY(!cache.storeThumbnail("1.2/../../x", QImage(4, 4, QImage::Format_RGB32)).ok());

        // Another object (another thread, a restart) sees the same cache.
        ImageCache again(dir.path());
        QCOMPARE(again.stats().instances, 3);
        QVERIFY(again.verify(false).ok());
    }

    // A retrieval's batch: written beside their places, the files appear (durable, one sync
    // for the batch) only as they are indexed; a batch never indexed (a crash, a cancelled
    // retrieval) leaves temp files that verify() removes, never a file the index lacks.
    void filesAppearWithTheirIndexRows() {
        QTemporaryDir dir;
        ImageCache cache(dir.path());
        QList<CachedFile> batch;
        for (int i = 1; i <= 5; ++i) {
            const auto file = ImageCache::writeInstance(
                dir.path(), header("6.1", "6.1.1", QStringLiteral("6.1.1.%1").arg(i)),
                bytes(1000 * i, 'p'), {});
            QVERIFY2(file.ok(), qPrintable(file.error().toString()));
            QVERIFY(!QFile::exists(file.value().path));
            batch.append(file.value());
        }
        QVERIFY(cache.indexInstances(batch).ok());
        for (const CachedFile& file : batch)
            QCOMPARE(QFileInfo(file.path).size(), file.size);
        QCOMPARE(filesUnder(dir.path() + "/instances").size(), 5);
        const auto abandoned = ImageCache::writeInstance(
            dir.path(), header("6.1", "6.1.2", "6.1.2.1"), bytes(10, 'q'), {});
        QVERIFY(abandoned.ok());
        // Within the hour it may be an image still arriving; an older one is a crash's.
        QCOMPARE(cache.verify(false).orphans.size(), 0);
        QVERIFY(makeOld(abandoned.value().pendingTemp));
        const CacheVerifyReport report = cache.verify(true);
        QCOMPARE(report.orphans.size(), 1);
        QVERIFY(AtomicFile::isTempName(report.orphans.first()));
        QCOMPARE(filesUnder(dir.path() + "/instances").size(), 5);
        QVERIFY(cache.verify(false).ok());
    }

    // The folder a local program is given is the one the study's files are in, and a UID from
    // a server that is not one names no folder at all (never one outside the cache).
    void studyFolderIsWhereTheStudyIs() {
        QTemporaryDir dir;
        ImageCache cache(dir.path());
        QVERIFY(cache.store(header("4.1", "4.1.1", "4.1.1.1"), bytes(10, 's'), {}).ok());
        const QString folder = ImageCache::studyFolder(dir.path(), "4.1");
        QVERIFY(cache.instancePath("4.1.1.1").startsWith(folder + '/'));
        QVERIFY(QFileInfo(folder).isDir());
        for (const char* uid : {"../4.1", "4.1/../../etc", "", "4.1 ", "/etc"})
            QVERIFY2(ImageCache::studyFolder(dir.path(), uid).isEmpty(), uid);
    }

    void thumbnails() {
        QTemporaryDir dir;
        ImageCache cache(dir.path());
        QImage image(32, 16, QImage::Format_Grayscale8);
        image.fill(200);
        QVERIFY(cache.storeThumbnail("1.2.3", image).ok());
        QCOMPARE(cache.thumbnail("1.2.3").convertToFormat(QImage::Format_Grayscale8), image);
        QVERIFY(cache.thumbnail("4.5.6").isNull());
    }

    void lruEvictionKeepsRecentAndPinned() {
        QTemporaryDir dir;
        CacheSettings settings;
        settings.budgetBytes = 3500;
        settings.ttlDays = 0;
        test::ManualClock clock;
        ImageCache cache(dir.path(), settings, clock);
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(cache
                        .store(header(QString("2.%1").arg(i), QString("2.%1.1").arg(i),
                                      QString("2.%1.1.1").arg(i)),
                               bytes(1000, 'x'), {})
                        .ok());
            clock.advanceMs(1000); // distinct access times
        }
        QVERIFY(!cache.instancePath("2.1.1.1").isEmpty()); // study 2.1 used again: now recent
        clock.advanceMs(1000);
        // A fourth instance goes over the budget: the least recently used (2.2) goes.
        QVERIFY(cache.store(header("2.4", "2.4.1", "2.4.1.1"), bytes(1000, 'x'), {}).ok());
        QVERIFY(!cache.contains("2.2.1.1"));
        QVERIFY(cache.contains("2.1.1.1"));
        QVERIFY(cache.contains("2.4.1.1"));
        QVERIFY(!QFile::exists(dir.path() + "/instances/2.2/2.2.1/2.2.1.1.dcm"));
        QVERIFY(cache.stats().bytes <= settings.budgetBytes);
        // The study being retrieved is never evicted for itself, even over budget.
        for (int i = 2; i <= 5; ++i)
            QVERIFY(cache
                        .store(header("2.4", "2.4.1", QString("2.4.1.%1").arg(i)), bytes(1000, 'y'),
                               {}, "2.4")
                        .ok());
        QCOMPARE(cache.cachedInstanceCount("2.4"), 5);
        QCOMPARE(cache.cachedInstanceCount("2.1") + cache.cachedInstanceCount("2.3"), 0);
    }

    void ttlDropsOldEntries() {
        QTemporaryDir dir;
        CacheSettings settings;
        settings.ttlDays = 7;
        test::ManualClock clock;
        ImageCache cache(dir.path(), settings, clock);
        QVERIFY(cache.store(header("3.1", "3.1.1", "3.1.1.1"), bytes(10, 'o'), {}).ok());
        clock.advanceDays(6); // not old yet
        QVERIFY(cache.store(header("3.3", "3.3.1", "3.3.1.1"), bytes(10, 'n'), {}).ok());
        QVERIFY(cache.contains("3.1.1.1"));
        clock.advanceDays(2); // 3.1 unused for 8 days, 3.3 for 2
        QVERIFY(cache.store(header("3.2", "3.2.1", "3.2.1.1"), bytes(10, 'n'), {}).ok());
        QVERIFY(cache.contains("3.3.1.1"));
        QVERIFY(!cache.contains("3.1.1.1"));
        QVERIFY(cache.contains("3.2.1.1"));
    }

    void verifyAndRepair() {
        QTemporaryDir dir;
        ImageCache cache(dir.path());
        for (int i = 1; i <= 4; ++i)
            QVERIFY(cache
                        .store(header("4.1", "4.1.1", QString("4.1.1.%1").arg(i)),
                               bytes(500, char('a' + i)), {})
                        .ok());
        QVERIFY(cache.verify(false).ok());
        const QString series = dir.path() + "/instances/4.1/4.1.1/";
        QFile::remove(series + "4.1.1.1.dcm"); // missing
        QFile changed(series + "4.1.1.2.dcm");
        QVERIFY(changed.open(QIODevice::ReadWrite));
        changed.seek(100);
        changed.write("flipped"); // corrupt
        changed.close();
        QFile leftover(series + ".4.1.1.9.dcm.sightline-tmp-abc"); // a crash mid-write
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("half");
        leftover.close();
        QVERIFY(makeOld(leftover.fileName()));

        const CacheVerifyReport report = cache.verify(true);
        QCOMPARE(report.checked, 4);
        QCOMPARE(report.missing, QStringList{"4.1.1.1"});
        QCOMPARE(report.corrupt, QStringList{"4.1.1.2"});
        QCOMPARE(report.orphans.size(), 1);
        QVERIFY(AtomicFile::isTempName(report.orphans.first()));
        QVERIFY(report.repaired);
        QVERIFY(cache.verify(false).ok());
        QCOMPARE(cache.stats().instances, 2);
        QCOMPARE(filesUnder(dir.path() + "/instances").size(), 2);
    }

    void failedWriteLeavesCacheIntact() {
        QTemporaryDir dir;
        ImageCache cache(dir.path());
        QVERIFY(cache.store(header("5.1", "5.1.1", "5.1.1.1"), bytes(4000, 'k'), {}).ok());
        // A file size limit makes the next write fail part-way, as a full disk does.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        rlimit small = old;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const Status failed =
            cache.store(header("5.1", "5.1.1", "5.1.1.2"), bytes(200 * 1024, 'z'), {});
        setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, Error::Kind::Storage);
        QVERIFY(!cache.contains("5.1.1.2"));
        QCOMPARE(filesUnder(dir.path() + "/instances").size(), 1); // no temp file left
        QVERIFY(cache.verify(false).ok());
        QCOMPARE(cache.read("5.1.1.1").value(), bytes(4000, 'k'));
    }

    void purge() {
        QTemporaryDir dir;
        ImageCache cache(dir.path());
        QVERIFY(cache.store(header("6.1", "6.1.1", "6.1.1.1"), bytes(10, 'p'), {}).ok());
        QVERIFY(cache.store(header("6.2", "6.2.1", "6.2.1.1"), bytes(10, 'q'), {}).ok());
        QVERIFY(cache.purgeStudy("6.1").ok());
        QCOMPARE(cache.cachedStudies(), QStringList{"6.2"});
        QVERIFY(!cache.purgeStudy("../6.2").ok());
        QVERIFY(cache.purgeAll().ok());
        QCOMPARE(cache.stats().instances, 0);
        QVERIFY(filesUnder(dir.path() + "/instances").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImageCache)
#include "TestImageCache.moc"
