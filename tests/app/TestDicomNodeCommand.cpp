#include "SightlineRun.h"
#include "servers/SecretStore.h"
#include "servers/ServerStore.h"
#include "support/DicomNodeFixture.h"
#include "support/FakeViewerProfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace sightline::test;

// `sightline echo` and `sightline find` as a script runs them, against DCMTK's dcmqrscp holding
// pydicom's files: exit codes, the explanation of a refusal, JSON and the table.
class TestDicomNodeCommand : public QObject {
    Q_OBJECT

    DicomNodeFixture m_node{DicomNodeFixture::Kind::Dcmqrscp};

    static SightlineRun run(const QStringList& args) { return runSightline(args); }
    QString node(const QString& calledAe = {}) const {
        const auto address = m_node.address();
        return QStringLiteral("dicom://%1@127.0.0.1:%2")
            .arg(calledAe.isEmpty() ? address.calledAeTitle : calledAe)
            .arg(address.port);
    }

private slots:
    void initTestCase() {
        const QString started = m_node.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString loaded = m_node.load(
            {DicomNodeFixture::pydicomFile(QStringLiteral("test_files/CT_small.dcm")),
             DicomNodeFixture::pydicomFile(QStringLiteral("charset_files/chrFren.dcm"))});
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    }

    void echo() {
        const SightlineRun ok = run({QStringLiteral("echo"), node(), QStringLiteral("--json")});
        QVERIFY2(ok.code == 0, ok.err.constData());
        QVERIFY(QJsonDocument::fromJson(ok.out).object().value(QLatin1String("ok")).toBool());

        const SightlineRun refused = run({QStringLiteral("echo"), node(QStringLiteral("WRONG"))});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains("WRONG") && refused.err.contains("AE title"),
                 refused.err.constData());
    }

    // A saved node that lets in only callers with a certificate: the command shows Sightline's,
    // its key read from the OS keychain (the test's own GNOME keyring) while the association's
    // thread waits.
    void echoShowsSightlinesCertificate() {
        DicomNodeFixture strict(DicomNodeFixture::Kind::OrthancMutualTls);
        const QString started = strict.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTemporaryDir home;
        sightline::ServerStore servers(
            home.filePath(QStringLiteral("config/Sightline/servers.ini")));
        sightline::ServerProfile profile = DicomNodeFixture::profileFor(strict.address());
        profile.name = QStringLiteral("Strict archive");
        profile = servers.save(profile);
        const SightlineRun without = runSightline({QStringLiteral("echo"), profile.name}, 60000,
                                                  isolatedEnvironment(home.path()));
        QCOMPARE(without.code, 2);
        QVERIFY2(without.err.contains("lets in only callers"), without.err.constData());

        profile.dicomNode.tlsCertificateFile = strict.clientCertificateFile();
        profile.dicomNode.tlsKeyName = profile.dicomTlsKeyName();
        servers.save(profile);
        QFile keyFile(strict.clientKeyFile());
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        sightline::SecretStore secrets; // the keychain entries Sightline itself reads
        std::optional<sightline::Status> written;
        secrets.write(profile.dicomTlsKeyName(), keyFile.readAll(), this,
                      [&](const sightline::Status& s) { written = s; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
        QVERIFY2(written->ok(), qPrintable(written->error().toString()));
        const SightlineRun ok = runSightline({QStringLiteral("echo"), profile.name}, 60000,
                                             isolatedEnvironment(home.path()));
        std::optional<sightline::Status> removed;
        secrets.remove(profile.dicomTlsKeyName(), this,
                       [&](const sightline::Status& s) { removed = s; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
        QVERIFY2(ok.code == 0, ok.err.constData());
    }

    void find() {
        const SightlineRun json = run({QStringLiteral("find"), node(), QStringLiteral("--json")});
        QVERIFY2(json.code == 0, json.err.constData());
        QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 2);

        const SightlineRun table =
            run({QStringLiteral("find"), node(), QStringLiteral("--name"), QStringLiteral("Buc*")});
        QVERIFY2(table.code == 0, table.err.constData());
        QVERIFY2(QString::fromUtf8(table.out).contains(QStringLiteral("Buc^Jérôme")),
                 table.out.constData());
        QVERIFY(!table.out.contains("CompressedSamples"));
    }

    // A node's studies and a retrieval by C-GET, as for any server: listed with the node as
    // where the images are, stored once, found in the cache the second time.
    void studiesAndRetrieve() {
        QTemporaryDir home;
        const auto env = isolatedEnvironment(home.path());
        const QString study = QStringLiteral("1.3.6.1.4.1.5962.1.2.1.20040119072730.12322");
        const SightlineRun studies =
            runSightline({QStringLiteral("studies"), node(), QStringLiteral("--patient"),
                          QStringLiteral("1CT1"), QStringLiteral("--json")},
                         60000, env);
        QVERIFY2(studies.code == 0, studies.err.constData());
        const QJsonObject listed = QJsonDocument::fromJson(studies.out)
                                       .object()
                                       .value(QLatin1String("studies"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(listed.value(QLatin1String("studyUid")).toString(), study);
        QCOMPARE(listed.value(QLatin1String("dicomNode")).toString(), node());

        const SightlineRun first =
            runSightline({QStringLiteral("retrieve"), node(), study}, 60000, env);
        QVERIFY2(first.code == 0 && first.err.contains("1 stored"), first.err.constData());
        const SightlineRun second =
            runSightline({QStringLiteral("retrieve"), node(), study}, 60000, env);
        QVERIFY2(second.code == 0 && second.err.contains("0 stored, 1 were cached"),
                 second.err.constData());
        const SightlineRun stats = runSightline(
            {QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--json")}, 60000,
            env);
        QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(QLatin1String("instances")),
                 QJsonValue(1));
    }

    // A viewer on a node's study opens at once and reads it through the gateway: searches are
    // C-FINDs at the node, and its first request for the images brings them in by C-GET.
    void openReadsTheStudyThroughTheGateway() {
        QTemporaryDir home;
        QProcessEnvironment env = isolatedEnvironment(home.path());
        env.insert(QStringLiteral("SIGHTLINE_FAKE_VIEWER_LOG"), home.filePath("argv.jsonl"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QDir().mkpath(home.filePath("config/Sightline/Sightline"));
        QVERIFY(writeFakeViewerProfile(home.filePath("config/Sightline/Sightline/viewers.json"),
                                       SIGHTLINE_FAKE_VIEWER, {"--root", "{dicomwebRoot}"}));
        const QString study = QStringLiteral("1.3.6.1.4.1.5962.1.2.1.20040119072730.12322");
        QProcess sightline;
        sightline.setProcessEnvironment(env);
        sightline.start(SIGHTLINE_EXECUTABLE, {QStringLiteral("open"), node(), study});
        QVERIFY(sightline.waitForStarted());
        if (!QTest::qWaitFor([&] { return QFile(home.filePath("argv.jsonl")).size() > 0; },
                             60000)) {
            sightline.kill();
            sightline.waitForFinished();
            QFAIL(sightline.readAllStandardError().constData());
        }
        QFile log(home.filePath("argv.jsonl"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString root = QJsonDocument::fromJson(log.readLine()).array().at(1).toString();
        const auto status = [&root](const QString& path) {
            QProcess curl;
            curl.start(QStringLiteral("curl"), {"-s", "-o", "/dev/null", "-w", "%{http_code}", "-H",
                                                "Accept: application/dicom+json", root + path});
            curl.waitForFinished(30000);
            return curl.readAllStandardOutput();
        };
        QCOMPARE(status(QStringLiteral("/studies?PatientID=1CT1")), QByteArray("200"));
        QCOMPARE(status(QStringLiteral("/studies/") + study + QStringLiteral("/metadata")),
                 QByteArray("200"));
        // What the node does not hold is not found.
        QCOMPARE(status(QStringLiteral("/studies/") + study + QStringLiteral("/series/9.9.9")),
                 QByteArray("404"));
        ::kill(pid_t(sightline.processId()), SIGINT);
        QVERIFY(sightline.waitForFinished(20000));
        const QByteArray err = sightline.readAllStandardError();
        // The viewer opened at once; its requests brought the study in.
        QVERIFY2(sightline.exitCode() == 0 && !err.contains("Retrieving the study from"),
                 err.constData());
        QVERIFY2(!err.contains("cannot reach"), err.constData());
    }

    // `sightline receive` as a script runs it: a sender's study lands in the cache, one JSON
    // line per association, and Ctrl+C stops it cleanly.
    void receiveUntilStopped() {
        QTemporaryDir home;
        const auto env = isolatedEnvironment(home.path());
        QTcpServer probe; // a free port
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString port = QString::number(probe.serverPort());
        probe.close();
        QProcess sightline;
        sightline.setProcessEnvironment(env);
        sightline.start(SIGHTLINE_EXECUTABLE,
                        {QStringLiteral("receive"), QStringLiteral("--port"), port,
                         QStringLiteral("--ae"), QStringLiteral("WORKSTATION"),
                         QStringLiteral("--json")});
        QByteArray err;
        QVERIFY(QTest::qWaitFor(
            [&] {
                sightline.waitForReadyRead(100);
                err += sightline.readAllStandardError();
                return err.contains("Receiving as WORKSTATION");
            },
            30000));
        QProcess storescu;
        storescu.start(QStringLiteral("storescu"),
                       {QStringLiteral("-aec"), QStringLiteral("WORKSTATION"),
                        QStringLiteral("127.0.0.1"), port,
                        DicomNodeFixture::pydicomFile(QStringLiteral("test_files/CT_small.dcm"))});
        QVERIFY(storescu.waitForFinished(30000));
        QCOMPARE(storescu.exitCode(), 0);
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                sightline.waitForReadyRead(100);
                out += sightline.readAllStandardOutput();
                return out.contains('\n');
            },
            30000));
        const QJsonObject line = QJsonDocument::fromJson(out.trimmed()).object();
        QCOMPARE(line.value(QLatin1String("stored")).toInt(), 1);
        QCOMPARE(line.value(QLatin1String("studies")).toArray().first().toString(),
                 QStringLiteral("1.3.6.1.4.1.5962.1.2.1.20040119072730.12322"));
        ::kill(pid_t(sightline.processId()), SIGINT);
        QVERIFY(sightline.waitForFinished(20000));
        QCOMPARE(sightline.exitCode(), 0);
        const SightlineRun stats = runSightline(
            {QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--json")}, 60000,
            env);
        QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(QLatin1String("instances")),
                 QJsonValue(1));
    }

    void usage() {
        QCOMPARE(run({QStringLiteral("find"), node(), QStringLiteral("--date"),
                      QStringLiteral("yesterday")})
                     .code,
                 1);
        QCOMPARE(run({QStringLiteral("find"), node(), QStringLiteral("--level"),
                      QStringLiteral("series")})
                     .code,
                 1); // a series query needs its study
        QCOMPARE(run({QStringLiteral("echo"), QStringLiteral("fhir+http://127.0.0.1:1/fhir")}).code,
                 1); // not a DICOM node
    }
};

QTEST_GUILESS_MAIN(TestDicomNodeCommand)
#include "TestDicomNodeCommand.moc"
