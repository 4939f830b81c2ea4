#include "common/Result.h"

#include <QProcess>
#include <QTest>

using namespace sightline;

// Result holds a value or an Error; asking a failed one for its value is a bug that debug
// builds stop at once (a child process shows it), instead of reading an empty value.
class TestResult : public QObject {
    Q_OBJECT

private slots:
    void holdsAValueOrAnError() {
        const Result<int> good(42);
        QVERIFY(good.ok() && bool(good));
        QCOMPARE(good.value(), 42);
        QCOMPARE(*good, 42);
        const Result<int> bad(Error::make(Error::Kind::NotFound, "nothing here"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().message, QStringLiteral("nothing here"));
        Result<QString> moved(QStringLiteral("text"));
        QCOMPARE(std::move(moved).value(), QStringLiteral("text"));
    }

    void askingAFailedResultForItsValueStops() {
#ifdef QT_NO_DEBUG
        QSKIP("assertions are compiled out of this build (the core-only preset runs this)");
#else
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("SIGHTLINE_RESULT_CHILD", "1");
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels); // QtTest prints QFATAL on stdout
        child.start(QCoreApplication::applicationFilePath(), {"valueOfAFailedResult"});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(child.readAll().contains("the Result holds an error"),
                 "the assertion says what went wrong");
#endif
    }

    // Run by the test above in a child process only.
    void valueOfAFailedResult() {
        if (qEnvironmentVariableIsEmpty("SIGHTLINE_RESULT_CHILD"))
            QSKIP("runs in the child process of askingAFailedResultForItsValueStops");
        const Result<int> bad(Error::make(Error::Kind::NotFound, "nothing here"));
        volatile int read = bad.value();
        Q_UNUSED(read);
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "TestResult.moc"
