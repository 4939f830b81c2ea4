#include "common/BackgroundWork.h"

#include <QFutureSynchronizer>
#include <QSemaphore>
#include <QTest>
#include <QThread>

using namespace sightline;

class TestBackgroundWork : public QObject {
    Q_OBJECT
private slots:
    // Qt's painting hands parts of large fills to the global pool and waits for them on the
    // GUI thread: with every background thread busy, that pool must still have all its threads.
    void busyBackgroundLeavesTheGlobalPoolFree() {
        const int threads = backgroundPool()->maxThreadCount();
        QVERIFY(threads >= 2);
        QSemaphore started;
        QSemaphore release;
        QFutureSynchronizer<void> running;
        for (int i = 0; i < threads; ++i)
            running.addFuture(runInBackground([&] {
                started.release();
                release.acquire();
            }));
        QVERIFY(started.tryAcquire(threads, 10000));
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);

        // As the raster engine does: give every global thread a task and wait for them all.
        const int global = QThreadPool::globalInstance()->maxThreadCount();
        QSemaphore painted;
        for (int i = 0; i < global; ++i)
            QThreadPool::globalInstance()->start([&] { painted.release(); });
        const bool paintedInTime = painted.tryAcquire(global, 5000);
        release.release(threads);
        running.waitForFinished();
        QVERIFY2(paintedInTime, "the global pool waited for Sightline's background work");
    }

    void runsOffTheCallingThreadWithArguments() {
        QThread* caller = QThread::currentThread();
        auto future = runInBackground(
            [caller](int a, int b) { return QThread::currentThread() != caller ? a + b : -1; }, 20,
            22);
        // Waited for without result(), which may run a task not yet started on this thread.
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
        QCOMPARE(future.result(), 42);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundWork)
#include "TestBackgroundWork.moc"
