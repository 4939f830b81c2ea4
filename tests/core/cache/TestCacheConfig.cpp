#include "cache/CacheConfig.h"
#include "cache/CacheMaintenance.h"
#include "fhir/FhirClientFactory.h"
#include "imaging/ImagingService.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

namespace {
DicomHeader header(const QString& study, const QString& sop) {
    DicomHeader h;
    h.studyInstanceUid = study;
    h.seriesInstanceUid = study + ".1";
    h.sopInstanceUid = sop;
    h.patientId = "SL-1001";
    return h;
}
} // namespace

// The user's image cache settings: kept in cache.ini, checked before they are taken, applied
// to a running ImagingService at once (evicting what no longer fits), and the cache's upkeep
// (counts, statistics, emptying) answered off the calling thread.
class TestCacheConfig : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void defaultsThenRoundTrip() {
        const QString ini = m_dir.filePath("cache.ini");
        const CacheConfig defaults = CacheConfig::load(ini);
        QVERIFY(defaults.location.isEmpty());
        QCOMPARE(defaults.root(), ImageCache::defaultRoot());
        QCOMPARE(defaults.limits, CacheSettings{});

        CacheConfig chosen;
        chosen.location = m_dir.filePath("images");
        chosen.limits.budgetBytes = 3LL * 1024 * 1024 * 1024;
        chosen.limits.ttlDays = 0;
        QVERIFY(chosen.save(ini).ok());
        const CacheConfig read = CacheConfig::load(ini);
        QCOMPARE(read, chosen);
        QCOMPARE(read.root(), m_dir.filePath("images"));
        QVERIFY(read.describe().contains("budget 3 GiB"));
        QVERIFY(read.describe().contains("until space is needed"));
    }

    void nonsenseInTheFileIsBounded() {
        const QString ini = m_dir.filePath("odd.ini");
        {
            QSettings s(ini, QSettings::IniFormat);
            s.setValue("cache/budgetBytes", -5);
            s.setValue("cache/ttlDays", -3);
        }
        const CacheConfig c = CacheConfig::load(ini);
        QVERIFY(c.limits.budgetBytes >= 64LL * 1024 * 1024);
        QCOMPARE(c.limits.ttlDays, 0);
    }

    void locationProblems() {
        QVERIFY(CacheConfig::locationProblem({}).isEmpty()); // the default
        QVERIFY(CacheConfig::locationProblem(m_dir.filePath("new/deeper")).isEmpty());
        QVERIFY(QDir(m_dir.filePath("new/deeper")).exists());
        QVERIFY(CacheConfig::locationProblem("relative/images").contains("full path"));
        QVERIFY(!CacheConfig::locationProblem("/proc/sightline-cache").isEmpty());
    }

    void newLimitsApplyAtOnce() {
        const QString root = m_dir.filePath("running");
        {
            ImageCache cache(root);
            for (int i = 1; i <= 4; ++i) // 4 studies of 1 MiB
                QVERIFY(cache
                            .store(header(QString("7.%1").arg(i), QString("7.%1.1.1").arg(i)),
                                   QByteArray(1024 * 1024, char('a' + i)), "test")
                            .ok());
        }
        QNetworkAccessManager network;
        ImagingService imaging(FhirClientFactory(&network, nullptr), CacheConnections(root));
        QSignalSpy changed(&imaging, &ImagingService::cacheChanged);
        CacheSettings small;
        small.budgetBytes = 2 * 1024 * 1024 + 1000;
        imaging.setCacheSettings(small);
        QCOMPARE(imaging.cacheSettings(), small);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.first().first().toLongLong(), 2); // the two used least recently

        CacheMaintenance maintenance(CacheConnections(root, small));
        std::optional<CacheStats> stats;
        maintenance.stats(this, [&](const CacheStats& s) { stats = s; });
        QTRY_VERIFY(stats.has_value());
        QCOMPARE(stats->instances, 2);
        QCOMPARE(stats->budgetBytes, small.budgetBytes);
        std::optional<QHash<QString, int>> counts;
        maintenance.cachedCounts({"7.1", "7.4"}, this,
                                 [&](const QHash<QString, int>& c) { counts = c; });
        QTRY_VERIFY(counts.has_value());
        QCOMPARE(counts->value("7.1"), 0);
        QCOMPARE(counts->value("7.4"), 1);

        QSignalSpy emptied(&maintenance, &CacheMaintenance::changed);
        std::optional<Status> purged;
        maintenance.purgeAll(this, [&](const Status& s) { purged = s; });
        QTRY_VERIFY(purged.has_value());
        QVERIFY(purged->ok());
        QCOMPARE(emptied.size(), 1);
        QCOMPARE(ImageCache(root).stats().instances, 0);
    }
};

QTEST_GUILESS_MAIN(TestCacheConfig)
#include "TestCacheConfig.moc"
