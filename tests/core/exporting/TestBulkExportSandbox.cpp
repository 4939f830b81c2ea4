#include "exporting/BulkExportJob.h"
#include "support/SandboxFixture.h"
#include "support/WaitFor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using test::waitFor;

// Bulk Data export against the sandbox's $export: the three levels, GET and POST, filters,
// cancel, server faults (status 500, dropped files, failed jobs), refused kick-offs and a resume
// from a half-written file.
class TestBulkExportSandbox : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;

    struct Outcome {
        std::optional<Result<BulkExportSummary>> result;
        QUrl statusUrl;
        QList<BulkExportProgress> progress;
    };

    void setFault(const QString& mode) {
        QUrl url = m_sandbox.fhirBase();
        url.setPath("/sandbox/export-fault");
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply* reply =
            m_network.post(request, QJsonDocument(QJsonObject{{"mode", mode}}).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        reply->deleteLater();
    }

    Outcome run(BulkExportJob& job, const QUrl& resumeFrom = {}) {
        Outcome o;
        connect(&job, &BulkExportJob::finished, this,
                [&o](const Result<BulkExportSummary>& r) { o.result = r; });
        connect(&job, &BulkExportJob::statusUrlKnown, this,
                [&o](const QUrl& url) { o.statusUrl = url; });
        connect(&job, &BulkExportJob::progressChanged, this,
                [&o](const BulkExportProgress& p) { o.progress << p; });
        if (resumeFrom.isValid())
            job.resume(resumeFrom);
        else
            job.start();
        if (!waitFor([&] { return o.result.has_value(); }))
            qFatal("export did not finish");
        return o;
    }

    static QList<QJsonObject> lines(const QString& path) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        QList<QJsonObject> out;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                out << QJsonDocument::fromJson(line).object();
        }
        return out;
    }

    // The resources of an NDJSON file, each of `type` and none twice; -1 when that is not so.
    static int distinctResources(const QString& path, const QString& type) {
        const QList<QJsonObject> resources = lines(path);
        QSet<QString> ids;
        for (const QJsonObject& r : resources) {
            if (r["resourceType"].toString() != type)
                return -1;
            ids.insert(r["id"].toString());
        }
        return ids.size() == resources.size() ? int(resources.size()) : -1;
    }

private slots:
    void initTestCase() {
        const QString error = m_sandbox.start({"--export-delay-ms", "300"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init() { setFault("off"); }

    void systemExport() {
        QTemporaryDir dir;
        BulkExportJob job(&m_network, m_sandbox.fhirBase(), {}, dir.path());
        BulkExportJob::Options options;
        options.firstPollDelayMs = 50; // ask while the server still works, to see X-Progress
        job.setOptions(options);
        const Outcome o = run(job);
        QVERIFY2(o.result->ok(), qPrintable(o.result->error().toString()));
        const BulkExportSummary& s = o.result->value();
        QCOMPARE(s.lines.value("Patient"), 5);
        QVERIFY(s.lines.value("Consent") >= 5);
        QVERIFY(s.lines.value("ImagingStudy") >= 4);
        QCOMPARE(s.malformedLines, 0);
        QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.join('\n')));
        QVERIFY(QFile::exists(dir.filePath("manifest.json")));
        QVERIFY(QFile::exists(dir.filePath("summary.json")));
        QVERIFY(QDir(dir.path()).entryList({"*.part"}).isEmpty());
        QCOMPARE(lines(dir.filePath("Patient.ndjson")).size(), 5);
        bool waited = false;
        for (const BulkExportProgress& p : o.progress)
            waited |= p.phase == BulkExportProgress::Phase::Waiting && p.serverPercent >= 0;
        QVERIFY(waited); // X-Progress was read while the server worked
    }

    void groupExportWithPost() {
        QTemporaryDir dir;
        BulkExportRequest request;
        request.level = BulkExportRequest::Level::Group;
        request.groupId = "export-cohort";
        request.types = {"Patient", "Observation"};
        request.usePost = true;
        BulkExportJob job(&m_network, m_sandbox.fhirBase(), request, dir.path());
        const Outcome o = run(job);
        QVERIFY2(o.result->ok(), qPrintable(o.result->error().toString()));
        QCOMPARE(o.result->value().lines.keys().size(), 2);
        QCOMPARE(o.result->value().lines.value("Patient"), 5);
        QVERIFY(!QFile::exists(dir.filePath("Consent.ndjson")));
    }

    void patientExportWithTypeFilter() {
        QTemporaryDir dir;
        BulkExportRequest request;
        request.level = BulkExportRequest::Level::Patient;
        request.types = {"Observation"};
        request.typeFilters = {"Observation?code=http://loinc.org|718-7"};
        BulkExportJob job(&m_network, m_sandbox.fhirBase(), request, dir.path());
        const Outcome o = run(job);
        QVERIFY2(o.result->ok(), qPrintable(o.result->error().toString()));
        const QList<QJsonObject> observations = lines(dir.filePath("Observation.ndjson"));
        QCOMPARE(observations.size(), 1);
        QCOMPARE(observations.first()["id"].toString(), QString("obs-mueller-hb"));
    }

    // The manifest's error files are the server's word on what it left out: counted and said
    // as problems (an export with them was once "completed" with none).
    void serverErrorFilesAreProblems() {
        QTemporaryDir dir;
        BulkExportRequest request;
        request.types = {"Patient", "NoSuchResourceType"};
        request.lenient = true;
        BulkExportJob job(&m_network, m_sandbox.fhirBase(), request, dir.path());
        const Outcome o = run(job);
        QVERIFY2(o.result->ok(), qPrintable(o.result->error().toString()));
        QCOMPARE(o.result->value().errorFiles, 1);
        const QString problems = o.result->value().problems.join('\n');
        QVERIFY2(problems.contains("errors.ndjson: the server reported 1 error") &&
                     problems.contains("NoSuchResourceType"),
                 qPrintable(problems));
    }

    // A kick-off the server refuses with an OperationOutcome that is not transient is final:
    // asked once, failed at once, and marked so the job list does not run it again (it was
    // asked 34 times over 8 minutes).
    void nonTransientKickOffRefusalIsFinal() {
        setFault("kickoff-refused");
        QUrl stats = m_sandbox.fhirBase();
        stats.setPath("/sandbox/export-stats");
        auto kickoffs = [&] {
            QNetworkReply* reply = m_network.get(QNetworkRequest(stats));
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(5000);
            reply->deleteLater();
            return QJsonDocument::fromJson(reply->readAll()).object()["kickoffs"].toInt();
        };
        const int before = kickoffs();
        QTemporaryDir dir;
        BulkExportJob job(&m_network, m_sandbox.fhirBase(), {}, dir.path());
        QElapsedTimer clock;
        clock.start();
        const Outcome o = run(job);
        QVERIFY(!o.result->ok());
        QCOMPARE(o.result->error().kind, Error::Kind::Fhir);
        QVERIFY(o.result->error().message.contains("cannot export now"));
        QCOMPARE(kickoffs() - before, 1);
        QVERIFY(clock.elapsed() < 5000);
    }

    // A rate limit is said while it lasts ("rate-limited, next try at …", not a still progress
    // bar), and Retry-After is honoured in seconds and as an HTTP date.
    void rateLimitIsShownAndHonoured_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("atLeastMs");
        QTest::newRow("seconds") << "status-429-twice" << 1800;
        QTest::newRow("HTTP date") << "status-429-date" << 1800;
    }
    void rateLimitIsShownAndHonoured() {
        QFETCH(QString, fault);
        QFETCH(int, atLeastMs);
        setFault(fault);
        QTemporaryDir dir;
        BulkExportRequest request;
        request.types = {"Patient"};
        BulkExportJob job(&m_network, m_sandbox.fhirBase(), request, dir.path());
        BulkExportJob::Options options;
        options.firstPollDelayMs = 50;
        job.setOptions(options);
        QElapsedTimer clock;
        clock.start();
        const Outcome o = run(job);
        QVERIFY2(o.result->ok(), qPrintable(o.result->error().toString()));
        QVERIFY(clock.elapsed() >= atLeastMs);
        bool said = false;
        for (const BulkExportProgress& p : o.progress)
            said |= p.rateLimitedUntil.isValid() &&
                    p.rateLimitedUntil > QDateTime::currentDateTimeUtc().addSecs(-30);
        QVERIFY(said);
        QVERIFY(!o.progress.last().rateLimitedUntil.isValid()); // over once it ended
    }

    void cancelDeletesOnTheServer() {
        setFault("stall");
        QTemporaryDir dir;
        BulkExportJob job(&m_network, m_sandbox.fhirBase(), {}, dir.path());
        Outcome o;
        connect(&job, &BulkExportJob::finished, this,
                [&o](const Result<BulkExportSummary>& r) { o.result = r; });
        connect(&job, &BulkExportJob::statusUrlKnown, this,
                [&o](const QUrl& url) { o.statusUrl = url; });
        job.start();
        QVERIFY(waitFor([&] { return job.progress().serverPercent == 42; }));
        job.cancel();
        QVERIFY(waitFor([&] { return o.result.has_value(); }, 10000));
        QCOMPARE(o.result->error().kind, Error::Kind::Cancelled);
        // The server forgets the job: its status URL answers 404.
        QVERIFY(waitFor(
            [&] {
                QNetworkReply* reply = m_network.get(QNetworkRequest(o.statusUrl));
                QSignalSpy done(reply, &QNetworkReply::finished);
                done.wait(5000);
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                reply->deleteLater();
                return status == 404;
            },
            5000));
    }

    void statusErrorRecovers() {
        setFault("status-500-once");
        QTemporaryDir dir;
        BulkExportJob job(&m_network, m_sandbox.fhirBase(), {}, dir.path());
        const Outcome o = run(job);
        QVERIFY2(o.result->ok(), qPrintable(o.result->error().toString()));
    }

    void droppedFilesResumeWithRange() {
        setFault("drop-mid-file");
        QTemporaryDir dir;
        BulkExportRequest request;
        request.types = {"Patient", "Observation", "Consent"};
        BulkExportJob job(&m_network, m_sandbox.fhirBase(), request, dir.path());
        const Outcome o = run(job);
        QVERIFY2(o.result->ok(), qPrintable(o.result->error().toString()));
        // Every line exactly once.
        for (const QString& type : {QString("Patient"), QString("Observation"), QString("Consent")})
            QCOMPARE(qint64(distinctResources(dir.filePath(type + ".ndjson"), type)),
                     o.result->value().lines.value(type));
        QVERIFY(o.result->value().problems.isEmpty());
    }

    // A gzip body that breaks off half way (with its Content-Length, and chunked) once ended
    // "completed" with half the lines and a broken last one. The file must parse to its end and
    // hold the manifest's count; the rest is fetched with Range over the identity encoding (the
    // sandbox answers a Range that still accepts gzip from the compressed bytes, as servers
    // with precompressed files do).
    void gzipCutShortIsResumedWhole_data() {
        QTest::addColumn<QString>("fault");
        QTest::newRow("with Content-Length") << "gzip-cut-once";
        QTest::newRow("chunked") << "gzip-cut-once-chunked";
    }
    void gzipCutShortIsResumedWhole() {
        QFETCH(QString, fault);
        setFault(fault);
        QTemporaryDir dir;
        BulkExportRequest request;
        request.types = {"Patient", "Observation", "Consent"};
        BulkExportJob job(&m_network, m_sandbox.fhirBase(), request, dir.path());
        const Outcome o = run(job);
        QVERIFY2(o.result->ok(), qPrintable(o.result->error().toString()));
        QVERIFY2(o.result->value().problems.isEmpty(),
                 qPrintable(o.result->value().problems.join('\n')));
        const QJsonObject manifest = [&] {
            QFile f(dir.filePath("manifest.json"));
            f.open(QIODevice::ReadOnly);
            return QJsonDocument::fromJson(f.readAll()).object();
        }();
        for (const QString& type :
             {QString("Patient"), QString("Observation"), QString("Consent")}) {
            int expected = -1;
            for (const QJsonValue f : manifest["output"].toArray()) {
                if (f.toObject()["type"].toString() == type)
                    expected = f.toObject()["count"].toInt();
            }
            QCOMPARE(distinctResources(dir.filePath(type + ".ndjson"), type), expected);
        }
        QVERIFY(QDir(dir.path()).entryList({"*.part"}).isEmpty());
    }

    // A cancelled job leaves no half-written files behind, keeps the whole ones and says where
    // they are. (A failure that may pass keeps them: the job list resumes it.)
    void cancelledExportLeavesOnlyWholeFiles() {
        QUrl url = m_sandbox.fhirBase();
        url.setPath("/sandbox/export-fault");
        QNetworkRequest slow(url);
        slow.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply* configured =
            m_network.post(slow, QJsonDocument(QJsonObject{{"mode", "off"},
                                                           {"syntheticBytes", 4000000},
                                                           {"bytesPerSecond", 400000}})
                                     .toJson());
        QSignalSpy done(configured, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        configured->deleteLater();
        QTemporaryDir dir;
        BulkExportRequest request;
        request.types = {"Patient", "Observation"};
        BulkExportJob job(&m_network, m_sandbox.fhirBase(), request, dir.path());
        BulkExportJob::Options options;
        options.firstPollDelayMs = 50;
        job.setOptions(options);
        Outcome o;
        connect(&job, &BulkExportJob::finished, this,
                [&o](const Result<BulkExportSummary>& r) { o.result = r; });
        job.start();
        QVERIFY(waitFor([&] {
            return QFileInfo(dir.filePath("Observation-2.ndjson.part")).size() > 100000 &&
                   QFile::exists(dir.filePath("Patient.ndjson"));
        }));
        job.cancel();
        QVERIFY(waitFor([&] { return o.result.has_value(); }, 10000));
        QCOMPARE(o.result->error().kind, Error::Kind::Cancelled);
        QVERIFY2(QDir(dir.path()).entryList({"*.part"}).isEmpty(),
                 qPrintable(QDir(dir.path()).entryList().join(' ')));
        QVERIFY(QFile::exists(dir.filePath("Patient.ndjson")));
        QVERIFY2(o.result->error().details.contains("Patient.ndjson"),
                 qPrintable(o.result->error().details));
        setFault("off");
    }

    // Slow-loris: each file's first download trickles after half; the low-speed rule stops it
    // and the rest comes with a Range request, every line exactly once.
    void tricklingFilesAreStoppedAndResumed() {
        setFault("trickle-once");
        QTemporaryDir dir;
        BulkExportRequest request;
        request.types = {"Patient", "Observation"};
        BulkExportJob job(&m_network, m_sandbox.fhirBase(), request, dir.path());
        BulkExportJob::Options options;
        options.firstPollDelayMs = 100;
        options.lowSpeed = {100, 1000}; // the trickle is 10 bytes/s
        job.setOptions(options);
        QElapsedTimer clock;
        clock.start();
        const Outcome o = run(job);
        QVERIFY2(o.result->ok(), qPrintable(o.result->error().toString()));
        QVERIFY(clock.elapsed() < 20000);
        for (const QString& type : {QString("Patient"), QString("Observation")}) {
            const int resources = distinctResources(dir.filePath(type + ".ndjson"), type);
            QVERIFY(resources > 0);
            QCOMPARE(qint64(resources), o.result->value().lines.value(type));
        }
        QVERIFY(o.result->value().problems.isEmpty());
    }

    void failedJobIsReported() {
        setFault("fail");
        QTemporaryDir dir;
        BulkExportJob job(&m_network, m_sandbox.fhirBase(), {}, dir.path());
        const Outcome o = run(job);
        QVERIFY(!o.result->ok());
        QVERIFY2(o.result->error().message.contains("sandbox fault"),
                 qPrintable(o.result->error().message));
    }

    void malformedManifestIsReported() {
        setFault("malformed-manifest");
        QTemporaryDir dir;
        BulkExportJob job(&m_network, m_sandbox.fhirBase(), {}, dir.path());
        const Outcome o = run(job);
        QVERIFY(!o.result->ok());
        QCOMPARE(o.result->error().kind, Error::Kind::MalformedData);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // nothing half-written
    }

    void refusedKickoff() {
        QTemporaryDir dir;
        BulkExportRequest request;
        request.outputFormat = "text/csv";
        BulkExportJob job(&m_network, m_sandbox.fhirBase(), request, dir.path());
        const Outcome o = run(job);
        QVERIFY(!o.result->ok());
        QCOMPARE(o.result->error().httpStatus, 400);
        QVERIFY2(o.result->error().message.contains("_outputFormat text/csv is not supported"),
                 qPrintable(o.result->error().message));
        request.outputFormat.clear();
        request.level = BulkExportRequest::Level::Group;
        request.groupId = "no-such-group";
        BulkExportJob missing(&m_network, m_sandbox.fhirBase(), request, dir.path());
        const Outcome gone = run(missing);
        QVERIFY(!gone.result->ok());
        QCOMPARE(gone.result->error().httpStatus, 404);
    }

    void resumesFromAHalfWrittenFile() {
        QTemporaryDir dir;
        BulkExportRequest request;
        request.types = {"Consent", "Patient"};
        BulkExportJob first(&m_network, m_sandbox.fhirBase(), request, dir.path());
        const Outcome done = run(first);
        QVERIFY(done.result->ok());
        // As if Sightline died while writing Consent.ndjson: half of it in a .part file.
        QFile complete(dir.filePath("Consent.ndjson"));
        QVERIFY(complete.open(QIODevice::ReadOnly));
        const QByteArray all = complete.readAll();
        complete.close();
        QVERIFY(complete.remove());
        QFile part(dir.filePath("Consent.ndjson.part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(all.left(all.size() / 2 + 7)); // mid-line on purpose
        part.close();
        BulkExportJob again(&m_network, m_sandbox.fhirBase(), request, dir.path());
        const Outcome resumed = run(again, done.statusUrl);
        QVERIFY2(resumed.result->ok(), qPrintable(resumed.result->error().toString()));
        QFile rebuilt(dir.filePath("Consent.ndjson"));
        QVERIFY(rebuilt.open(QIODevice::ReadOnly));
        QCOMPARE(rebuilt.readAll(), all);
        QCOMPARE(resumed.result->value().lines.value("Consent"),
                 done.result->value().lines.value("Consent"));
        QCOMPARE(resumed.result->value().lines.value("Patient"), 5);
    }
};

QTEST_GUILESS_MAIN(TestBulkExportSandbox)
#include "TestBulkExportSandbox.moc"
