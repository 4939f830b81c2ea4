#include "cache/CacheConnections.h"

#include <QDir>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace sightline;

// The image cache's handle: one connection per thread, shared limits, connections closed with
// their thread or with the last handle.
class TestCacheConnections : public QObject {
    Q_OBJECT

    static int openConnections() {
        int n = 0;
        for (const QString& name : QSqlDatabase::connectionNames())
            n += name.startsWith(QLatin1String("sightline-cache-")) ? 1 : 0;
        return n;
    }

    // What `work` returns, run on a thread of its own that has ended when this returns (joined:
    // its thread-local connections are gone too, which QThread::wait does not promise).
    template <typename Work> static auto onAnotherThread(Work work) {
        decltype(work()) result{};
        std::thread thread([&] { result = work(); });
        thread.join();
        return result;
    }

private slots:
    void oneConnectionPerThread() {
        QTemporaryDir dir;
        const CacheConnections cache(dir.path());
        ImageCache& here = cache.forThisThread();
        QCOMPARE(&CacheConnections(cache).forThisThread(), &here); // copies share it
        QVERIFY(here.openError().isEmpty());
        QCOMPARE(here.root(), dir.path());
        const int before = openConnections();
        const auto* there = onAnotherThread([&] { return &cache.forThisThread(); });
        QVERIFY(there != &here);
        // The other thread's connection closed when that thread ended.
        QCOMPARE(openConnections(), before);
    }

    // One-shot work gets a connection of its own, closed when it is dropped.
    void openGivesItsOwn() {
        QTemporaryDir dir;
        const CacheConnections cache(dir.path(), {500, 1});
        const int before = openConnections();
        {
            const auto own = cache.open();
            QVERIFY(own.get() != &cache.forThisThread());
            QCOMPARE(own->settings(), (CacheSettings{500, 1}));
            QCOMPARE(openConnections(), before + 2);
        }
        QCOMPARE(openConnections(), before + 1); // the thread's stays
    }

    void limitsReachEveryConnection() {
        QTemporaryDir dir;
        const CacheConnections cache(dir.path(), {1000, 3});
        QCOMPARE(cache.forThisThread().settings(), (CacheSettings{1000, 3}));
        const CacheConnections copy = cache;
        copy.setSettings({2000, 0});
        QCOMPARE(cache.settings(), (CacheSettings{2000, 0}));
        QCOMPARE(cache.forThisThread().settings(), (CacheSettings{2000, 0}));
        const auto seen = onAnotherThread([&] { return cache.forThisThread().settings(); });
        QCOMPARE(seen, (CacheSettings{2000, 0}));
    }

    void theLastHandleClosesItsThreadsConnection() {
        QTemporaryDir dir;
        const int before = openConnections();
        {
            const CacheConnections cache(dir.path());
            cache.forThisThread();
            QCOMPARE(openConnections(), before + 1);
        }
        QCOMPARE(openConnections(), before);
        // A new handle on the same folder never gets a connection of one that is gone.
        const CacheConnections again(dir.path(), {42, 0});
        QCOMPARE(again.forThisThread().settings().budgetBytes, qint64(42));
    }

    // A cache that could not open (its folder cannot be made) is tried again on the next use
    // rather than kept broken for the thread's life.
    void aFailedOpenIsTriedAgain() {
        QTemporaryDir dir;
        const QString blocked = dir.filePath(QStringLiteral("blocked"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly)); // a file where the folder should be
        file.close();
        const CacheConnections cache(blocked + QStringLiteral("/cache"));
        ImageCache* first = &cache.forThisThread();
        QVERIFY(!first->openError().isEmpty());
        QVERIFY(QFile::remove(blocked));
        QVERIFY(cache.forThisThread().openError().isEmpty());
        // The same object: a retrieval holding it keeps a valid connection.
        QCOMPARE(&cache.forThisThread(), first);
    }
};

QTEST_GUILESS_MAIN(TestCacheConnections)
#include "TestCacheConnections.moc"
