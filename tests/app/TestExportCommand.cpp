#include "SightlineRun.h"
#include "support/SandboxFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// `sightline export bulk` and `sightline jobs …` as a user runs them, including kill -9 in the
// middle of a download and `jobs resume` finishing it with every line exactly once.
class TestExportCommand : public QObject {
    Q_OBJECT

    sightline::test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;

    using Run = sightline::test::SightlineRun;
    static Run run(const QStringList& args, int timeoutMs = 120000) {
        return sightline::test::runSightline(args, timeoutMs);
    }

    void configureExports(const QJsonObject& settings) {
        QUrl url = m_sandbox.fhirBase();
        url.setPath("/sandbox/export-fault");
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply* reply = m_network.post(request, QJsonDocument(settings).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        reply->deleteLater();
    }

private slots:
    void initTestCase() {
        const QString error = m_sandbox.start({"--export-delay-ms", "300"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void usageErrors() {
        QCOMPARE(run({"export", "bulk", m_sandbox.fhirBase().toString()}).code, 1); // no --out
        QCOMPARE(run({"export", "sideways"}).code, 1);
        QCOMPARE(run({"jobs", "cancel"}).code, 1);
        QCOMPARE(run({"export", "bulk", m_sandbox.fhirBase().toString(), "--since", "soon", "--out",
                      "/tmp/x"})
                     .code,
                 1);
    }

    void groupExport() {
        QTemporaryDir dir;
        const Run r = run({"export", "bulk", m_sandbox.fhirBase().toString(), "--group",
                           "export-cohort", "--type", "Patient,Consent", "--out", dir.path()});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("resources written to"));
        QVERIFY(r.err.contains("completed"));
        QVERIFY(QFile::exists(dir.filePath("Patient.ndjson")));
        QVERIFY(QFile::exists(dir.filePath("Consent.ndjson")));
        QVERIFY(QFile::exists(dir.filePath("summary.json")));
        const Run list = run({"jobs", "list", "--json"});
        QCOMPARE(list.code, 0);
        const QJsonArray jobs = QJsonDocument::fromJson(list.out).array();
        QVERIFY(!jobs.isEmpty());
        QCOMPARE(jobs.first()["state"].toString(), QString("completed"));
        QCOMPARE(jobs.first()["title"].toString(),
                 QString("Group/export-cohort: Patient, Consent"));
    }

    void pushWithoutDuplicates() {
        QTemporaryDir dir;
        const QString base = m_sandbox.fhirBase().toString();
        QCOMPARE(
            run({"export", "bulk", base, "--patient", "--type", "Patient", "--out", dir.path()})
                .code,
            0);
        const QString mrn = "urn:oid:1.2.826.0.1.3680043.10.1042.1";
        // The exported patients are all on the server already: each would be recognised (200).
        // The export's folder stands for its NDJSON files; the report goes where asked.
        const Run dry = run({"export", "push", base, "--identifier-system", mrn, "--ndjson",
                             dir.path(), "--dry-run", "--json", "--report", dir.filePath("dry")});
        QVERIFY2(dry.code == 0, dry.err.constData());
        const QJsonArray predicted = QJsonDocument::fromJson(dry.out).array();
        QCOMPARE(predicted.size(), 5);
        for (const QJsonValue& e : predicted)
            QCOMPARE(e["predicted"].toInt(), 200);
        QVERIFY(QFile::exists(dir.filePath("dry/push-report.ndjson")));
        QVERIFY(QFile::exists(dir.filePath("dry/push-summary.json")));
        // From a search on the source to the target (here the same server): nothing duplicated.
        const Run sent =
            run({"export", "push", base, base, "--type", "Patient", "--identifier-system", mrn});
        QVERIFY2(sent.code == 0, sent.err.constData());
        QCOMPARE(sent.out.count("\n200  Patient/") + (sent.out.startsWith("200  Patient/") ? 1 : 0),
                 5);
        // Pushes are jobs: listed, with their outcome.
        const QJsonArray listed =
            QJsonDocument::fromJson(run({"jobs", "list", "--json"}).out).array();
        QJsonObject lastPush;
        for (const QJsonValue& j : listed) {
            if (j["kind"] == "push" &&
                (lastPush.isEmpty() || j["id"].toInt() > lastPush["id"].toInt()))
                lastPush = j.toObject();
        }
        QCOMPARE(lastPush["state"].toString(), QString("completed"));
        QCOMPARE(lastPush["progress"].toObject()["existing"].toInt(), 5);
        QCOMPARE(lastPush["progress"].toObject()["created"].toInt(), 0);
        QCOMPARE(run({"export", "push", base, "--ndjson", dir.filePath("Patient.ndjson")}).code,
                 1); // no system
    }

    void killedMidDownloadResumes() {
        // A large file served slowly, so the export can be killed halfway through it.
        configureExports(
            {{"mode", "off"}, {"syntheticBytes", 6000000}, {"bytesPerSecond", 1500000}});
        QTemporaryDir dir;
        QProcess exporter;
        exporter.start(QStringLiteral(SIGHTLINE_EXECUTABLE),
                       {"export", "bulk", m_sandbox.fhirBase().toString(), "--type",
                        "Patient,Observation", "--out", dir.path()});
        QVERIFY(exporter.waitForStarted());
        const QString part = dir.filePath("Observation-2.ndjson.part");
        QElapsedTimer timer;
        timer.start();
        while (QFileInfo(part).size() < 1500000 && timer.elapsed() < 60000)
            QTest::qWait(50);
        QVERIFY2(QFileInfo(part).size() >= 1500000, "the download did not get going");
        exporter.kill(); // SIGKILL: no chance to tidy up
        QVERIFY(exporter.waitForFinished(10000));
        configureExports({{"mode", "off"}});

        const QJsonArray jobs =
            QJsonDocument::fromJson(run({"jobs", "list", "--json"}).out).array();
        QCOMPARE(jobs.first()["state"].toString(), QString("running"));
        const Run resumed = run({"jobs", "resume"});
        QVERIFY2(resumed.code == 0, resumed.err.constData());
        QVERIFY(!QFile::exists(part));

        // Every synthetic line exactly once, in order, and as many as the manifest says.
        QFile file(dir.filePath("Observation-2.ndjson"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        qint64 expected = 0;
        qint64 count = 0;
        bool ordered = true;
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            const QString id = QJsonDocument::fromJson(line).object()["id"].toString();
            ordered = ordered && id == QString("synthetic-%1").arg(expected);
            ++expected;
            ++count;
        }
        QVERIFY(ordered);
        QFile manifestFile(dir.filePath("manifest.json"));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        qint64 manifestCount = -1;
        for (const QJsonValue& output :
             QJsonDocument::fromJson(manifestFile.readAll())["output"].toArray()) {
            if (output["url"].toString().endsWith("/2.ndjson") ||
                output["url"].toString().endsWith("/1.ndjson")) {
                if (output["count"].toInteger() > 1000)
                    manifestCount = output["count"].toInteger();
            }
        }
        QCOMPARE(count, manifestCount);
        const QJsonObject summary = QJsonDocument::fromJson([&] {
                                        QFile f(dir.filePath("summary.json"));
                                        f.open(QIODevice::ReadOnly);
                                        return f.readAll();
                                    }())
                                        .object();
        QCOMPARE(summary["malformedLines"].toInt(), 0);

        const Run audit = run({"audit", "export"});
        QVERIFY(audit.out.contains("export-job"));
        QVERIFY(audit.out.contains("resumed after restart"));
    }
    // `sightline jobs cancel` from another process: the process that runs the export sees it
    // within a second or two and ends the job "cancelled" (it once kept writing "running" and
    // ended it "failed" with the server's 404).
    void cancelFromAnotherProcess() {
        configureExports(
            {{"mode", "off"}, {"syntheticBytes", 6000000}, {"bytesPerSecond", 500000}});
        QTemporaryDir dir;
        QProcess exporter;
        exporter.start(QStringLiteral(SIGHTLINE_EXECUTABLE),
                       {"export", "bulk", m_sandbox.fhirBase().toString(), "--type", "Observation",
                        "--out", dir.path()});
        QVERIFY(exporter.waitForStarted());
        qint64 id = 0;
        QElapsedTimer timer;
        timer.start();
        while (id == 0 && timer.elapsed() < 60000) {
            QTest::qWait(200);
            for (const QJsonValue& job :
                 QJsonDocument::fromJson(run({"jobs", "list", "--json"}).out).array()) {
                if (job["state"].toString() == "running" &&
                    job["outputDir"].toString() == dir.path() &&
                    job["progress"].toObject()["phase"].toString() == "downloading")
                    id = qint64(job["id"].toDouble());
            }
        }
        QVERIFY2(id > 0, "the export did not get going");
        const Run cancel = run({"jobs", "cancel", QString::number(id)});
        QVERIFY2(cancel.code == 0, cancel.err.constData());
        QElapsedTimer stopping;
        stopping.start();
        QVERIFY(exporter.waitForFinished(15000));
        QVERIFY(stopping.elapsed() < 10000);
        QCOMPARE(exporter.exitCode(), 2);
        configureExports({{"mode", "off"}});
        for (const QJsonValue& job :
             QJsonDocument::fromJson(run({"jobs", "list", "--json"}).out).array()) {
            if (qint64(job["id"].toDouble()) == id)
                QCOMPARE(job["state"].toString(), QString("cancelled"));
        }
    }

    // A study retrieved from the sandbox, exported de-identified to a ZIP as a job; an
    // unknown study is explained; NDJSON from a bulk export de-identified.
    void dicomAndNdjsonDeidentified() {
        const QString server = m_sandbox.fhirBase().toString();
        const Run studies = run({"studies", server, "--patient", "pat-oconnor", "--json"});
        QVERIFY2(studies.code == 0, studies.err.constData());
        QString study;
        for (const QJsonValue v :
             QJsonDocument::fromJson(studies.out).object().value("studies").toArray())
            if (v.toObject().value("description").toString().contains("RLE"))
                study = v.toObject().value("studyUid").toString();
        QVERIFY(!study.isEmpty());
        const Run retrieved = run({"retrieve", server, study});
        QVERIFY2(retrieved.code == 0, retrieved.err.constData());

        QTemporaryDir dir;
        const QString zip = dir.filePath("teaching.zip");
        const Run exported = run({"export", "dicom", study, "--zip", "--deidentify", "--pseudonym",
                                  "CASE-42", "--out", zip});
        QVERIFY2(exported.code == 0, exported.err.constData());
        QVERIFY2(exported.out.contains("De-identified: patient CASE-42"), exported.out.constData());
        QVERIFY(exported.out.contains("8 instances"));
        QVERIFY(QFileInfo(zip).size() > 10000);
        QVERIFY(exported.err.contains("completed"));
        const Run list = run({"jobs", "list", "--json"});
        bool listed = false;
        for (const QJsonValue job : QJsonDocument::fromJson(list.out).array())
            listed = listed || (job.toObject().value("kind") == "dicom-export" &&
                                job.toObject().value("state") == "completed");
        QVERIFY(listed);
        // The same output again: refused, the first export kept.
        const Run again = run({"export", "dicom", study, "--zip", "--out", zip});
        QCOMPARE(again.code, 2);
        QVERIFY(again.err.contains("does not overwrite"));

        const Run unknown = run({"export", "dicom", "1.2.3.999", "--out", dir.filePath("x")});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains("not in the image cache"), unknown.err.constData());
        QCOMPARE(
            run({"export", "dicom", study, "--pseudonym", "P", "--out", dir.filePath("y")}).code,
            1); // --pseudonym without --deidentify

        // A bulk export with de-identified copies, and the same files de-identified afterwards
        // under the same key: identical.
        const QString key = dir.filePath("project.key");
        {
            QFile keyFile(key);
            QVERIFY(keyFile.open(QIODevice::WriteOnly));
            keyFile.write("0123456789abcdef0123456789abcdef");
        }
        const Run bulk = run({"export", "bulk", server, "--group", "export-cohort", "--type",
                              "Patient,Observation", "--deidentify", "--key-file", key, "--out",
                              dir.filePath("bulk")});
        QVERIFY2(bulk.code == 0, bulk.err.constData());
        const Run deid = run({"export", "deidentify", dir.filePath("bulk/Patient.ndjson"),
                              dir.filePath("bulk/Observation.ndjson"), "--key-file", key, "--out",
                              dir.filePath("deid")});
        QVERIFY2(deid.code == 0, deid.err.constData());
        for (const QString& name : {QString("Patient.ndjson"), QString("Observation.ndjson")}) {
            QFile inJob(dir.filePath("bulk/deidentified/" + name));
            QFile afterwards(dir.filePath("deid/" + name));
            QVERIFY(inJob.open(QIODevice::ReadOnly) && afterwards.open(QIODevice::ReadOnly));
            QCOMPARE(inJob.readAll(), afterwards.readAll());
        }
        QFile original(dir.filePath("bulk/Patient.ndjson"));
        QFile cleaned(dir.filePath("deid/Patient.ndjson"));
        QVERIFY(original.open(QIODevice::ReadOnly) && cleaned.open(QIODevice::ReadOnly));
        int patients = 0;
        QSet<QString> originalIds;
        while (!original.atEnd()) {
            const QJsonObject patient = QJsonDocument::fromJson(original.readLine()).object();
            originalIds.insert(patient.value("id").toString());
            ++patients;
        }
        QVERIFY(patients > 0);
        const QByteArray text = cleaned.readAll();
        QCOMPARE(text.count('\n'), patients);
        for (const char* gone : {"\"name\"", "\"identifier\"", "\"telecom\"", "\"address\""})
            QVERIFY2(!text.contains(gone), gone);
        for (const QString& id : std::as_const(originalIds))
            QVERIFY2(!text.contains(("\"" + id + "\"").toUtf8()), qPrintable(id));
        QFile observations(dir.filePath("deid/Observation.ndjson"));
        QVERIFY(observations.open(QIODevice::ReadOnly));
        const QByteArray observationText = observations.readAll();
        for (const QString& id : std::as_const(originalIds))
            QVERIFY2(!observationText.contains(("Patient/" + id + "\"").toUtf8()), qPrintable(id));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "TestExportCommand.moc"
