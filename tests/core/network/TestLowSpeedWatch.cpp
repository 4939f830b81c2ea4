#include "network/LowSpeedWatch.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace sightline;

class TestLowSpeedWatch : public QObject {
    Q_OBJECT

    // 1,000 bytes/s over 200 ms windows: a window needs 200 bytes.
    static constexpr LowSpeedLimit kLimit{1000, 200};

    // Feeds `perTick` bytes every 10 ms for `ms` milliseconds.
    static void feed(LowSpeedWatch& watch, qint64 perTick, int ms) {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < ms) {
            watch.received(perTick);
            QTest::qWait(10);
        }
    }

private slots:
    void fastTransferIsLeftAlone() {
        LowSpeedWatch watch(kLimit, nullptr);
        QSignalSpy tooSlow(&watch, &LowSpeedWatch::tooSlow);
        watch.start();
        feed(watch, 1000, 1000); // ~100,000 bytes/s
        QCOMPARE(tooSlow.count(), 0);
        QVERIFY(!watch.wasTooSlow());
    }

    void tricklingTransferIsCalledTooSlowOnce() {
        LowSpeedWatch watch(kLimit, nullptr);
        QSignalSpy tooSlow(&watch, &LowSpeedWatch::tooSlow);
        watch.start();
        feed(watch, 1, 600); // ~100 bytes/s
        QCOMPARE(tooSlow.count(), 1);
        QVERIFY(watch.wasTooSlow());
        watch.start(); // a stopped transfer is not watched again
        QTest::qWait(500);
        QCOMPARE(tooSlow.count(), 1);
    }

    void excusedWindowsDoNotCount() {
        LowSpeedWatch watch(kLimit, nullptr);
        QSignalSpy tooSlow(&watch, &LowSpeedWatch::tooSlow);
        bool readerHolds = true;
        watch.setHeldByReader([&readerHolds] { return readerHolds; });
        watch.start();
        QTest::qWait(700); // nothing arrives, but the reader held the transfer up
        QCOMPARE(tooSlow.count(), 0);
        readerHolds = false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 700) { // excused window by window as it goes
            watch.excuseThisWindow();
            QTest::qWait(5);
        }
        QCOMPARE(tooSlow.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(tooSlow.count(), 1, 3000); // then it counts
    }

    void zeroTurnsTheRuleOff() {
        LowSpeedWatch watch(LowSpeedLimit{0, 50}, nullptr);
        QSignalSpy tooSlow(&watch, &LowSpeedWatch::tooSlow);
        watch.start();
        QTest::qWait(200);
        QCOMPARE(tooSlow.count(), 0);
        QVERIFY(!LowSpeedLimit({1024, 0}).enabled());
    }

    void describesItself() {
        QCOMPARE(LowSpeedLimit().describe(), QString("under 1024 bytes/s for 60 s"));
    }
};

QTEST_GUILESS_MAIN(TestLowSpeedWatch)
#include "TestLowSpeedWatch.moc"
