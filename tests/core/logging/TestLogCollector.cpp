#include "common/LogCategories.h"
#include "logging/LogCollector.h"

#include <QSignalSpy>
#include <QTest>

using namespace sightline;

class TestLogCollector : public QObject {
    Q_OBJECT
private slots:
    void collectsAndRedacts() {
        LogCollector collector(3);
        collector.install();
        QSignalSpy added(&collector, &LogCollector::entryAdded);
        qCInfo(lcNetwork) << "sending Authorization: Bearer abc123secret";
        qCWarning(lcFhir) << "token response"
                          << R"({"access_token":"zzz999"})";
        QCOMPARE(added.size(), 2);
        const auto entries = collector.entries();
        QCOMPARE(entries[0].category, QStringLiteral("sightline.network"));
        QCOMPARE(entries[1].type, QtWarningMsg);
        for (const auto& e : entries) {
            QVERIFY2(!e.message.contains(QLatin1String("abc123secret")), qPrintable(e.message));
            QVERIFY2(!e.message.contains(QLatin1String("zzz999")), qPrintable(e.message));
        }
        for (int i = 0; i < 5; ++i)
            qCInfo(lcApp) << "line" << i;
        QCOMPARE(collector.entries().size(), 3); // bounded
        QVERIFY(collector.entries().last().message.contains(QLatin1String("line 4")));
    }
};

QTEST_GUILESS_MAIN(TestLogCollector)
#include "TestLogCollector.moc"
