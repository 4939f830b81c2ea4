#include "dimse/RefusalThrottle.h"

#include <QTest>

using namespace sightline;

// Refused connections from one host are audited ten a minute; the next one after the minute
// says how many were left out; other hosts count on their own.
class TestRefusalThrottle : public QObject {
    Q_OBJECT

private slots:
    void tenAMinuteThenACount() {
        qint64 now = 1000;
        RefusalThrottle throttle([&now] { return now; });
        for (int i = 0; i < RefusalThrottle::kPerWindow; ++i) {
            const auto verdict = throttle.next("10.0.0.9");
            QVERIFY(verdict.record);
            QCOMPARE(verdict.leftOut, 0);
        }
        for (int i = 0; i < 500; ++i)
            QVERIFY(!throttle.next("10.0.0.9").record);
        QVERIFY(throttle.next("10.0.0.7").record); // another host is not held up
        now += RefusalThrottle::kWindowMs - 1;
        QVERIFY(!throttle.next("10.0.0.9").record); // still the same minute
        now += 1;
        const auto after = throttle.next("10.0.0.9");
        QVERIFY(after.record);
        QCOMPARE(after.leftOut, 501);
        QCOMPARE(throttle.next("10.0.0.9").leftOut, 0); // counted once
    }

    // Many hosts, each refused once long ago, do not make the table grow without end.
    void manyHostsAreForgotten() {
        qint64 now = 0;
        RefusalThrottle throttle([&now] { return now; });
        for (int i = 0; i < 5000; ++i) {
            now += RefusalThrottle::kWindowMs;
            QVERIFY(throttle.next(QString("10.1.%1.%2").arg(i / 256).arg(i % 256)).record);
        }
        QVERIFY(throttle.next("10.1.0.0").record); // forgotten, then new again
    }
};

QTEST_GUILESS_MAIN(TestRefusalThrottle)
#include "TestRefusalThrottle.moc"
