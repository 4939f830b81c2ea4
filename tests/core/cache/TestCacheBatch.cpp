#include "cache/CacheBatch.h"
#include "cache/ImageCache.h"
#include "common/AtomicFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// Instances on their way into the cache in batches: a batch is synced while the next one
// arrives and indexed once the next is full (or on flush()), each file whole and in place
// before its row; a batch that cannot be put in place is reported once, counted as lost, and
// leaves neither rows nor temp files.
class TestCacheBatch : public QObject {
    Q_OBJECT

    static Result<CachedFile> written(const QString& root, int series, int number) {
        DicomHeader h;
        h.studyInstanceUid = QStringLiteral("7.1");
        h.seriesInstanceUid = QStringLiteral("7.1.%1").arg(series);
        h.sopInstanceUid = QStringLiteral("7.1.%1.%2").arg(series).arg(number);
        h.patientId = QStringLiteral("SL-7");
        return ImageCache::writeInstance(root, h, QByteArray(500 + number, 'i'), {});
    }
    static int tempFilesUnder(const QString& root) {
        int temps = 0;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            temps += AtomicFile::isTempName(it.next()) ? 1 : 0;
        return temps;
    }

private slots:
    void batchesAreIndexedBehindTheArrivals() {
        QTemporaryDir dir;
        ImageCache cache(dir.path());
        CacheBatch batch(cache, QStringLiteral("7.1"), 10);
        QList<CachedFile> files;
        for (int i = 1; i <= 25; ++i) {
            const auto file = written(dir.path(), 1 + i % 2, i);
            QVERIFY2(file.ok(), qPrintable(file.error().toString()));
            files << file.value();
            QVERIFY(batch.add(file.value()).ok());
            // The first batch is synced while the second arrives, indexed when it is full.
            QCOMPARE(cache.cachedInstanceCount(QStringLiteral("7.1")), i < 20 ? 0 : 10);
        }
        QVERIFY(!batch.isEmpty());
        QVERIFY(batch.flush().ok());
        QVERIFY(batch.isEmpty());
        QCOMPARE(cache.cachedInstanceCount(QStringLiteral("7.1")), 25);
        for (const CachedFile& file : std::as_const(files))
            QCOMPARE(QFileInfo(file.path).size(), file.size);
        QCOMPARE(tempFilesUnder(dir.path()), 0);
        QCOMPARE(batch.lost(), 0);
        QVERIFY(cache.verify(false).ok());
    }

    void aBatchThatCannotBeKeptIsLost() {
        QTemporaryDir dir;
        ImageCache cache(dir.path());
        CacheBatch batch(cache, {}, 4);
        QList<CachedFile> files;
        for (int i = 1; i <= 6; ++i)
            files << written(dir.path(), 1, i).value();
        // A folder where the third file goes: its batch cannot be put in place.
        QVERIFY(QDir().mkpath(files[2].path + QStringLiteral("/in-the-way")));
        for (int i = 0; i < 4; ++i)
            QVERIFY(batch.add(files[i]).ok()); // the first batch is being synced
        const Status kept = batch.add(files[4]);
        QVERIFY(kept.ok()); // not full yet: the failure is not known
        const Status flushed = batch.flush();
        QVERIFY(!flushed.ok());
        QCOMPARE(flushed.error().kind, Error::Kind::Storage);
        QCOMPARE(batch.lost(), 4);
        QCOMPARE(cache.cachedInstanceCount(QStringLiteral("7.1")), 1); // the later batch
        QVERIFY(cache.contains(files[4].header.sopInstanceUid));
        QCOMPARE(tempFilesUnder(dir.path()), 1); // the sixth, never added
    }
};

QTEST_GUILESS_MAIN(TestCacheBatch)
#include "TestCacheBatch.moc"
