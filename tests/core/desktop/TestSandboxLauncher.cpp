#include "desktop/SandboxLauncher.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sightline::SandboxLauncher;

// The sandbox launcher: finding the sandbox, reading its announcement, and a stand-in sandbox
// (a node script in a temporary folder) that announces, says nothing useful, or dies.
class TestSandboxLauncher : public QObject {
    Q_OBJECT
private slots:
    void announcement_data() {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QString>("fhirBase");
        QTest::newRow("nothing yet") << QByteArray() << false << "";
        QTest::newRow("other output") << QByteArray("Orthanc is up\nseeding\n") << false << "";
        QTest::newRow("line not ended")
            << QByteArray("SANDBOX_READY {\"fhirBase\":\"http://127.0.0.1:1/fhir\"}") << false
            << "";
        QTest::newRow("announced") << QByteArray("SANDBOX_READY {\"fhirBase\":\"http://127.0.0.1:"
                                                 "1/fhir\"}\n")
                                   << true << "http://127.0.0.1:1/fhir";
        QTest::newRow("after other output, more following")
            << QByteArray("seeding 60 images\nSANDBOX_READY {\"fhirBase\":\"http://h/f\"}\nbye\n")
            << true << "http://h/f";
        QTest::newRow("not JSON") << QByteArray("SANDBOX_READY {oops\n") << true << "";
        QTest::newRow("marker in the middle of a line")
            << QByteArray("log: SANDBOX_READY {\"fhirBase\":\"http://h/f\"}\n") << true
            << "http://h/f";
    }
    void announcement() {
        QFETCH(QByteArray, output);
        QFETCH(bool, complete);
        QFETCH(QString, fhirBase);
        const auto state = SandboxLauncher::announcedState(output);
        QCOMPARE(state.has_value(), complete);
        if (state)
            QCOMPARE(state->value("fhirBase").toString(), fhirBase);
    }

    void locateExplainsWhatIsMissing() {
        QTemporaryDir dir;
        qputenv("SIGHTLINE_SANDBOX_DIR", dir.path().toLocal8Bit());
        SandboxLauncher::Location location = SandboxLauncher::locate();
        QVERIFY(location.dir.isEmpty());
        QVERIFY2(location.problem.contains("tests/sandbox/demo"), qPrintable(location.problem));

        QFile script(dir.path() + "/sandbox.mjs"); // the script without its packages
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.close();
        location = SandboxLauncher::locate();
        QVERIFY(location.dir.isEmpty());
        QVERIFY2(location.problem.contains(".ci/install-deps"), qPrintable(location.problem));

        writeSandbox(dir.path(), "");
        location = SandboxLauncher::locate();
        QCOMPARE(location.dir, QDir::cleanPath(dir.path()));
        QVERIFY(location.problem.isEmpty());
        qunsetenv("SIGHTLINE_SANDBOX_DIR");
    }

    void startsAndReportsTheAddresses() {
        QTemporaryDir dir;
        writeSandbox(dir.path(),
                     "console.log('seeding');\n"
                     "console.log('SANDBOX_READY ' + JSON.stringify({fhirBase: "
                     "'http://127.0.0.1:8/fhir', dicomWeb: 'http://127.0.0.1:9/dicom-web'}));\n"
                     "setInterval(() => {}, 1000);\n");
        qputenv("SIGHTLINE_SANDBOX_DIR", dir.path().toLocal8Bit());
        SandboxLauncher launcher;
        QSignalSpy ready(&launcher, &SandboxLauncher::ready);
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        launcher.start();
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.first().at(0).toUrl(), QUrl("http://127.0.0.1:8/fhir"));
        QCOMPARE(ready.first().at(1).toUrl(), QUrl("http://127.0.0.1:9/dicom-web"));
        QVERIFY(launcher.isReady());
        launcher.stop(); // asked for: no failure reported
        QVERIFY(!launcher.isRunning());
        QCOMPARE(failed.count(), 0);
        qunsetenv("SIGHTLINE_SANDBOX_DIR");
    }

    void anAnnouncementWithoutAServerFails() {
        QTemporaryDir dir;
        writeSandbox(dir.path(), "console.log('SANDBOX_READY {\"dicomWeb\": \"http://h/d\"}');\n"
                                 "setInterval(() => {}, 1000);\n");
        qputenv("SIGHTLINE_SANDBOX_DIR", dir.path().toLocal8Bit());
        SandboxLauncher launcher;
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        launcher.start();
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.first().at(0).toString().contains("no FHIR server"),
                 qPrintable(failed.first().at(0).toString()));
        QVERIFY(!launcher.isRunning());
        qunsetenv("SIGHTLINE_SANDBOX_DIR");
    }

    void aSandboxThatDiesSaysWhy() {
        QTemporaryDir dir;
        writeSandbox(dir.path(), "console.error('Orthanc would not start');\nprocess.exit(3);\n");
        qputenv("SIGHTLINE_SANDBOX_DIR", dir.path().toLocal8Bit());
        SandboxLauncher launcher;
        QSignalSpy ready(&launcher, &SandboxLauncher::ready);
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        launcher.start();
        QVERIFY(failed.wait(20000));
        const QString reason = failed.first().at(0).toString();
        QVERIFY2(reason.contains("exit code 3") && reason.contains("Orthanc would not start"),
                 qPrintable(reason));
        QCOMPARE(ready.count(), 0);
        qunsetenv("SIGHTLINE_SANDBOX_DIR");
    }

private:
    // A stand-in sandbox folder: sandbox.mjs with `script`, and the package locate() looks for.
    static void writeSandbox(const QString& dir, const QByteArray& script) {
        QVERIFY(QDir(dir).mkpath("node_modules/@medplum/fhir-router"));
        QFile file(dir + "/sandbox.mjs");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(script);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLauncher)
#include "TestSandboxLauncher.moc"
