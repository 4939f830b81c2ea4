#include "network/RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace sightline;

class TestRetryPolicy : public QObject {
    Q_OBJECT
private slots:
    void parseRetryAfter_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1 = unparseable
        QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("padded") << QByteArray(" 12 ") << qint64(12000);
        QTest::newRow("http-date") << QByteArray("Sun, 22 Nov 2026 12:00:05 GMT") << qint64(5000);
        QTest::newRow("http-date-past") << QByteArray("Sun, 22 Nov 2026 11:00:00 GMT") << qint64(0);
        QTest::newRow("rfc850") << QByteArray("Sunday, 22-Nov-26 12:00:10 GMT") << qint64(10000);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }
    void parseRetryAfter() {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 11, 22), QTime(12, 0, 0), QTimeZone::utc());
        const auto parsed = RetryPolicy::parseRetryAfter(value, now);
        if (expectedMs < 0)
            QVERIFY(!parsed.has_value());
        else
            QCOMPARE(parsed.value_or(-1), expectedMs);
    }

    void delayAfter() {
        RetryPolicy policy;
        policy.maxAttempts = 3;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(
            !policy.delayAfter(1, 429, "2", now)); // asks for longer than we are willing to wait
        QCOMPARE(policy.delayAfter(1, 503, {}, now).value_or(-1), 100);
        QCOMPARE(policy.delayAfter(2, 503, {}, now).value_or(-1), 200);
        QVERIFY(!policy.delayAfter(3, 503, {}, now)); // attempts exhausted
        QVERIFY(!policy.delayAfter(1, 500, {}, now)); // not a load refusal
        QVERIFY(!policy.delayAfter(1, 200, {}, now));
        QCOMPARE(policy.delayAfter(1, 429, "1", now).value_or(-1), 1000);
        QVERIFY(!RetryPolicy::none().delayAfter(1, 429, "1", now));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
