#include "SightlineRun.h"
#include "support/FakeViewerProfile.h"
#include "support/SandboxFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>

// `sightline iid-url` and `sightline open` as a user runs them: exact IID URLs, the launch of a
// local viewer program through the gateway (its argv recorded by a fake viewer), the gateway
// serving the study to it until Ctrl+C, and --print.
class TestViewerCommand : public QObject {
    Q_OBJECT

    sightline::test::SandboxFixture m_sandbox;
    QTemporaryDir m_home;

    QProcessEnvironment environment() const {
        QProcessEnvironment env = sightline::test::isolatedEnvironment(m_home.path());
        env.insert("SIGHTLINE_FAKE_VIEWER_LOG", m_home.filePath("argv.jsonl"));
        return env;
    }

    using Run = sightline::test::SightlineRun;
    Run run(const QStringList& args) {
        return sightline::test::runSightline(args, 120000, environment());
    }

    QString ctStudy() {
        // The sandbox's CT chest study (see tests/sandbox/data).
        return "1.2.826.0.1.3680043.10.1042.1.1.1";
    }

private slots:
    void initTestCase() {
        const QString error = m_sandbox.start({"--quiet"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // A user-defined viewer profile: the fake viewer with the study folder and the gateway.
        QDir().mkpath(m_home.filePath("config/Sightline/Sightline"));
        QVERIFY(sightline::test::writeFakeViewerProfile(
            m_home.filePath("config/Sightline/Sightline/viewers.json"), SIGHTLINE_FAKE_VIEWER,
            {"--root", "{dicomwebRoot}", "{studyUID}", "{patientName}", "{ohifViewerUrl}"}));
    }

    void iidUrl() {
        const Run r = run({"iid-url", "--base", "https://viewer.example/iid", "--patient", "42",
                           "--issuer", "HOSP", "--modalities", "CT,MR", "--most-recent", "2"});
        QCOMPARE(r.code, 0);
        QCOMPARE(
            r.out.trimmed(),
            QByteArray("https://viewer.example/iid/IHEInvokeImageDisplay?requestType=PATIENT"
                       "&patientID=42%5E%5E%5EHOSP&mostRecentResults=2&modalitiesInStudy=CT,MR"));
        const Run bad =
            run({"iid-url", "--base", "https://viewer.example/iid", "--study", "1.2.x"});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains("Not a DICOM UID"));
    }

    void printShowsTheLaunch() {
        const Run r = run({"open", m_sandbox.fhirBase().toString(), ctStudy(), "--print"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines[0], QByteArray(SIGHTLINE_FAKE_VIEWER));
        QCOMPARE(lines[1], QByteArray("--root"));
        QVERIFY(lines[2].startsWith("http://127.0.0.1:"));
        QVERIFY(lines[2].contains("/dicomweb/"));
        QCOMPARE(lines[3], ctStudy().toLatin1());
        QCOMPARE(lines[4], QByteArray("Müller^Jürgen"));
        QVERIFY(lines[5].startsWith("http://127.0.0.1:"));
        QVERIFY(lines[5].contains("/launch/")); // a one-time ticket, not the viewer's address
        QVERIFY(!QFile::exists(m_home.filePath("argv.jsonl"))); // nothing was started
    }

    void opensAndServesUntilInterrupted() {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(SIGHTLINE_EXECUTABLE, {"open", m_sandbox.fhirBase().toString(), ctStudy()});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile(m_home.filePath("argv.jsonl")).size() > 0, 60000);
        QFile log(m_home.filePath("argv.jsonl"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QJsonArray argv = QJsonDocument::fromJson(log.readLine()).array();
        QCOMPARE(argv.size(), 5);
        QCOMPARE(argv[2].toString(), ctStudy());
        QCOMPARE(argv[3].toString(), QString("Müller^Jürgen"));
        // The viewer can read the study through the gateway while `open` runs.
        const QString root = argv[1].toString();
        QProcess curl;
        curl.start("curl",
                   {"-s", "-o", "/dev/null", "-w", "%{http_code}", "-H",
                    "Accept: application/dicom+json", root + "/studies/" + ctStudy() + "/series"});
        QVERIFY(curl.waitForFinished(30000));
        QCOMPARE(curl.readAllStandardOutput(), QByteArray("200"));
        // The viewer's address on its command line (which every user can read with `ps`) is a
        // one-time ticket: it leads to OHIF once, and is dead after that.
        const QString ticket = argv[4].toString();
        QVERIFY2(ticket.contains("/launch/") &&
                     !ticket.contains(QUrl(root).path().section('/', 1, 1)),
                 qPrintable(ticket));
        const auto fetch = [](const QString& url) {
            QProcess c;
            c.start("curl", {"-s", "-o", "/dev/null", "-w", "%{http_code} %{redirect_url}", url});
            c.waitForFinished(30000);
            return QString::fromUtf8(c.readAllStandardOutput());
        };
        const QString first = fetch(ticket);
        QVERIFY2(first.startsWith("303 ") && first.contains("/ohif/"), qPrintable(first));
        QCOMPARE(fetch(ticket).left(3), QString("410"));
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardError().contains("Opened in Fake viewer"));
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestViewerCommand)
#include "TestViewerCommand.moc"
