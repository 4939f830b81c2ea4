#include "SightlineRun.h"
#include "support/FakeViewerProfile.h"
#include "support/SandboxFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// Two starts of the real sightline executable: the second (as the desktop's sightline:// URL
// handler would start it) hands its link to the first and ends; the first opens the study in the
// user's default viewer (a fake viewer recording its argv). Links naming servers the user has not
// configured are refused, and after a crash the next start takes over.
class TestDesktopLinks : public QObject {
    Q_OBJECT

    sightline::test::SandboxFixture m_sandbox;
    QTemporaryDir m_home;
    QTemporaryDir m_runtime; // XDG_RUNTIME_DIR, where the instance socket lives (0700)
    QProcess m_first;
    QByteArray m_firstOutput; // everything the first instance wrote so far

    QByteArray firstOutput() {
        m_firstOutput += m_first.readAll();
        return m_firstOutput;
    }

    QString ctStudy() const { return "1.2.826.0.1.3680043.10.1042.1.1.1"; }
    QString viewerLog() const { return m_home.filePath("argv.jsonl"); }

    QProcessEnvironment environment() const {
        QProcessEnvironment env = sightline::test::isolatedEnvironment(m_home.path());
        env.insert("XDG_RUNTIME_DIR", m_runtime.path());
        env.insert("SIGHTLINE_FAKE_VIEWER_LOG", viewerLog());
        return env;
    }

    bool instanceSocketExists() const {
        return !QDir(m_runtime.path()).entryList({"sightline-*"}, QDir::System).isEmpty();
    }

    bool startFirst() {
        m_first.setProcessEnvironment(environment());
        m_first.setProcessChannelMode(QProcess::MergedChannels);
        m_first.start(SIGHTLINE_EXECUTABLE,
                      {"--server", "fhir+" + m_sandbox.fhirBase().toString() + "?name=Sandbox"});
        return m_first.waitForStarted() &&
               QTest::qWaitFor([this] { return instanceSocketExists(); }, 60000);
    }

    using Run = sightline::test::SightlineRun;
    Run runSecond(const QStringList& args) {
        return sightline::test::runSightline(args, 30000, environment());
    }

    QList<QJsonArray> viewerLaunches() const {
        QList<QJsonArray> launches;
        QFile log(viewerLog());
        if (log.open(QIODevice::ReadOnly)) {
            while (!log.atEnd())
                launches << QJsonDocument::fromJson(log.readLine()).array();
        }
        return launches;
    }

    void stopFirst() {
        if (m_first.state() == QProcess::NotRunning)
            return;
        m_first.kill();
        m_first.waitForFinished(10000);
    }

private slots:
    void initTestCase() {
        const QString error = m_sandbox.start({"--quiet"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QDir().mkpath(m_home.filePath("config/Sightline/Sightline"));
        QVERIFY(sightline::test::writeFakeViewerProfile(
            m_home.filePath("config/Sightline/Sightline/viewers.json"), SIGHTLINE_FAKE_VIEWER,
            {"{studyUID}", "{patientName}"}));
        QVERIFY2(startFirst(), firstOutput().constData());
    }

    void secondStartHandsItsLinkToTheFirst() {
        const Run second = runSecond({"sightline://open?server=Sandbox&study=" + ctStudy()});
        QVERIFY2(second.code == 0, second.err.constData());
        QVERIFY2(second.err.contains("handed over"), second.err.constData());
        // The first instance opened the study's patient, then the study in the default viewer.
        QTRY_COMPARE_WITH_TIMEOUT(viewerLaunches().size(), 1, 60000);
        QCOMPARE(viewerLaunches().first(), (QJsonArray{ctStudy(), "Müller^Jürgen"}));
        QCOMPARE(m_first.state(), QProcess::Running);
    }

    void linkToAnUnconfiguredServerIsRefused() {
        const Run second = runSecond({"sightline://open?server=https%3A%2F%2Fevil.example%2Ffhir"
                                      "&study=" +
                                      ctStudy()});
        QCOMPARE(second.code, 0); // handed over; the first one refuses
        QTRY_VERIFY_WITH_TIMEOUT(firstOutput().contains("which is not configured"), 20000);
        QTest::qWait(1000);
        QCOMPARE(viewerLaunches().size(), 1); // nothing more was opened
    }

    void nextStartTakesOverAfterACrash() {
        stopFirst(); // SIGKILL: the socket file stays behind
        QVERIFY(instanceSocketExists());
        QVERIFY2(startFirst(), "the next start did not become the running instance");
        QTest::qWait(2000);
        QCOMPARE(m_first.state(), QProcess::Running); // it did not hand over to a dead one
        const Run second = runSecond({"sightline://open?server=Sandbox&study=" + ctStudy()});
        QVERIFY2(second.code == 0, second.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(viewerLaunches().size(), 2, 60000);
    }

    void cleanupTestCase() {
        stopFirst();
        m_sandbox.stop();
    }
};

QTEST_GUILESS_MAIN(TestDesktopLinks)
#include "TestDesktopLinks.moc"
