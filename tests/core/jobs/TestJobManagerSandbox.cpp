#include "audit/AuditTrail.h"
#include "fhir/FhirClient.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "jobs/PushRunner.h"
#include "support/SandboxFixture.h"
#include "support/WaitFor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using test::waitFor;

// Background jobs against the sandbox: one export per server at a time, transient failures
// retried with backoff, a "crash" in the middle continued by a new manager, pause and resume,
// cancel, and every step in the audit trail.
class TestJobManagerSandbox : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

    JobRecord::State state(JobStore* store, qint64 id) { return store->get(id)->state; }

    BulkExportRequest request(const QStringList& types = {"Patient", "Consent"}) {
        BulkExportRequest r;
        r.types = types;
        return r;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString error = m_sandbox.start({"--export-delay-ms", "1200"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void oneJobPerServerAtATime() {
        auto store = JobStore::open(m_dir.filePath("serial.db"));
        QVERIFY(store);
        AuditTrail audit(m_dir.filePath("serial-audit.db"));
        JobManager manager(store->get(), &m_network, &audit);
        const auto first = manager.submitBulkExport("sandbox", m_sandbox.fhirBase(), request(),
                                                    m_dir.filePath("serial-1"));
        const auto second = manager.submitBulkExport("sandbox", m_sandbox.fhirBase(), request(),
                                                     m_dir.filePath("serial-2"));
        QVERIFY(first && second);
        QVERIFY(
            waitFor([&] { return state(store->get(), first->id) == JobRecord::State::Running; }));
        QCOMPARE(state(store->get(), second->id), JobRecord::State::Queued);
        QVERIFY(waitFor(
            [&] { return state(store->get(), second->id) == JobRecord::State::Completed; }));
        QCOMPARE(state(store->get(), first->id), JobRecord::State::Completed);
        QVERIFY(QFile::exists(m_dir.filePath("serial-2/Patient.ndjson")));
        const JobRecord done = *store->get()->get(first->id);
        QVERIFY(done.progress["resources"].toInt() >= 10); // 5 patients, ≥ 5 consents

        QVERIFY(audit.flush());
        std::optional<QList<AuditRecord>> records;
        audit.records({}, this, [&](QList<AuditRecord> r) { records = r; });
        QVERIFY(waitFor([&] { return records.has_value(); }));
        QStringList steps;
        for (const AuditRecord& r : *records) {
            if (r.json.contains("export-job"))
                steps << QString::fromUtf8(r.json);
        }
        QVERIFY(steps.join('\n').contains("\"queued\""));
        QVERIFY(steps.join('\n').contains("\"started\""));
        QVERIFY(steps.join('\n').contains("\"completed\""));
    }

    void transientFailuresAreRetried() {
        // A server that is not there: connection refused, retried, then given up.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        auto store = JobStore::open(m_dir.filePath("retry.db"));
        JobManager manager(store->get(), &m_network, nullptr);
        JobManager::Options options;
        options.maxAttempts = 3;
        options.retryBaseMs = 100;
        options.exportOptions.maxTransientFailures = 0;
        manager.setOptions(options);
        const auto job =
            manager.submitBulkExport("nowhere", QUrl(QString("http://127.0.0.1:%1/fhir").arg(port)),
                                     request(), m_dir.filePath("retry"));
        QVERIFY(waitFor([&] { return state(store->get(), job->id) == JobRecord::State::Failed; }));
        QCOMPARE(store->get()->get(job->id)->attempts, 2);
        QVERIFY(!store->get()->get(job->id)->error.isEmpty());
    }

    void refusalIsNotRetried() {
        auto store = JobStore::open(m_dir.filePath("refused.db"));
        JobManager manager(store->get(), &m_network, nullptr);
        BulkExportRequest bad = request();
        bad.outputFormat = "text/csv";
        const auto job = manager.submitBulkExport("sandbox", m_sandbox.fhirBase(), bad,
                                                  m_dir.filePath("refused"));
        QVERIFY(waitFor([&] { return state(store->get(), job->id) == JobRecord::State::Failed; }));
        QCOMPARE(store->get()->get(job->id)->attempts, 0);
        QVERIFY(store->get()->get(job->id)->error.contains("text/csv"));
    }

    void continuesAfterACrash() {
        const QString path = m_dir.filePath("crash.db");
        qint64 id = 0;
        {
            auto store = JobStore::open(path);
            auto manager = std::make_unique<JobManager>(store->get(), &m_network, nullptr);
            const auto job = manager->submitBulkExport("sandbox", m_sandbox.fhirBase(), request(),
                                                       m_dir.filePath("crash"));
            id = job->id;
            QVERIFY(waitFor([&] { return !store->get()->get(id)->statusUrl.isEmpty(); }));
            QCOMPARE(state(store->get(), id), JobRecord::State::Running);
            manager.reset(); // as if Sightline died: the job stays "running" in the store
        }
        auto store = JobStore::open(path);
        QCOMPARE(state(store->get(), id), JobRecord::State::Running);
        JobManager manager(store->get(), &m_network, nullptr);
        manager.resumeAll();
        QVERIFY(waitFor([&] { return state(store->get(), id) == JobRecord::State::Completed; }));
        QCOMPARE(QDir(m_dir.filePath("crash")).entryList({"*.ndjson"}).size(), 2);
    }

    void pauseResumeAndCancel() {
        auto store = JobStore::open(m_dir.filePath("pause.db"));
        JobManager manager(store->get(), &m_network, nullptr);
        QSignalSpy changes(&manager, &JobManager::jobChanged);
        const auto job = manager.submitBulkExport("sandbox", m_sandbox.fhirBase(), request(),
                                                  m_dir.filePath("pause"));
        QVERIFY(waitFor([&] { return !store->get()->get(job->id)->statusUrl.isEmpty(); }));
        QVERIFY(manager.pause(job->id));
        QCOMPARE(state(store->get(), job->id), JobRecord::State::Paused);
        QVERIFY(!manager.isRunning(job->id));
        QVERIFY(!manager.pause(job->id)); // not running any more
        QVERIFY(manager.resume(job->id));
        QVERIFY(
            waitFor([&] { return state(store->get(), job->id) == JobRecord::State::Completed; }));
        QVERIFY(changes.size() >= 4);

        const auto second = manager.submitBulkExport("sandbox", m_sandbox.fhirBase(), request(),
                                                     m_dir.filePath("cancel"));
        QVERIFY(waitFor([&] { return !store->get()->get(second->id)->statusUrl.isEmpty(); }));
        const QUrl statusUrl(store->get()->get(second->id)->statusUrl);
        QVERIFY(manager.cancel(second->id));
        QVERIFY(waitFor(
            [&] { return state(store->get(), second->id) == JobRecord::State::Cancelled; }));
        QVERIFY(!manager.cancel(second->id)); // already ended
        // The server forgot it.
        QVERIFY(waitFor(
            [&] {
                QNetworkReply* reply = m_network.get(QNetworkRequest(statusUrl));
                QSignalSpy done(reply, &QNetworkReply::finished);
                done.wait(5000);
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                reply->deleteLater();
                return status == 404;
            },
            5000));
        QVERIFY(manager.retry(second->id));
        QVERIFY(waitFor(
            [&] { return state(store->get(), second->id) == JobRecord::State::Completed; }));
    }

    // Pushes as jobs: from NDJSON (broken lines counted, references rewritten, a report per
    // entry), a second push of the same data creates nothing, and a search on a server as the
    // source (dry run: everything is already there).
    void pushJobs() {
        auto store = JobStore::open(m_dir.filePath("push.db"));
        QVERIFY(store);
        AuditTrail audit(m_dir.filePath("push-audit.db"));
        JobManager manager(store->get(), &m_network, &audit);
        const QString input = m_dir.filePath("push-input");
        QVERIFY(QDir().mkpath(input));
        const QString run = QString::number(QDateTime::currentMSecsSinceEpoch());
        {
            QFile patients(input + "/Patient.ndjson");
            QVERIFY(patients.open(QIODevice::WriteOnly));
            for (const QString& n : {QString("a"), QString("b")})
                patients.write(
                    QJsonDocument(QJsonObject{{"resourceType", "Patient"},
                                              {"id", "jp-" + n},
                                              {"identifier", QJsonArray{QJsonObject{
                                                                 {"system", "urn:test:jobpush"},
                                                                 {"value", run + n}}}}})
                        .toJson(QJsonDocument::Compact) +
                    "\n");
            patients.write("{\"resourceType\": broken\n");
            QFile observations(input + "/Observation.ndjson");
            QVERIFY(observations.open(QIODevice::WriteOnly));
            observations.write(
                QJsonDocument(QJsonObject{{"resourceType", "Observation"},
                                          {"id", "jp-o"},
                                          {"status", "final"},
                                          {"code", QJsonObject{{"text", "Heart rate"}}},
                                          {"subject", QJsonObject{{"reference", "Patient/jp-a"}}},
                                          {"identifier",
                                           QJsonArray{QJsonObject{{"system", "urn:test:jobpush"},
                                                                  {"value", run + "o"}}}}})
                    .toJson(QJsonDocument::Compact));
        }
        PushRequest request;
        request.files = {input};
        request.target = {"sandbox", "Sandbox", m_sandbox.fhirBase(), {}};
        request.options.identifierSystem = "urn:test:jobpush";
        request.options.chunkSize = 2; // the Observation goes in a second Bundle
        auto pushed = [&](const PushRequest& r, const QString& reportDir) -> JobRecord {
            const auto job = manager.submitPush(r, reportDir);
            if (!job)
                qFatal("%s", qPrintable(job.error().toString()));
            if (!waitFor([&] { return store->get()->get(job->id)->isFinished(); }, 60000))
                qFatal("the push did not finish");
            return *store->get()->get(job->id);
        };
        const JobRecord first = pushed(request, m_dir.filePath("push-report-1"));
        QCOMPARE(first.state, JobRecord::State::Completed);
        QCOMPARE(first.progress["created"].toInt(), 3);
        QCOMPARE(first.progress["malformedLines"].toInt(), 1);
        QVERIFY(first.progress["inputProblems"].toArray().first().toString().contains("line 3"));
        const auto report = PushRunner::readReport(m_dir.filePath("push-report-1"));
        QVERIFY(report);
        QCOMPARE(report->size(), 3);
        QString patientA;
        for (const PushEntry& e : *report) {
            QCOMPARE(e.status, 201);
            QVERIFY(!e.location.isEmpty());
            if (e.source == "Patient/jp-a")
                patientA = e.location.section('/', 0, 1);
        }
        QVERIFY(!patientA.isEmpty());
        QVERIFY(QFile::exists(m_dir.filePath("push-report-1/push-summary.json")));
        // The Observation refers to the created patient, not the source's id.
        std::optional<Result<FhirReply>> found;
        FhirClient client(&m_network, nullptr, m_sandbox.fhirBase());
        client.search("Observation", {{"identifier", "urn:test:jobpush|" + run + "o"}},
                      FhirClient::SearchMethod::Get, this,
                      [&](const Result<FhirReply>& r) { found = r; });
        QVERIFY(waitFor([&] { return found.has_value(); }));
        QVERIFY(found->ok());
        QCOMPARE(found->value().resource["entry"][0]["resource"]["subject"]["reference"].toString(),
                 patientA);

        const JobRecord second = pushed(request, m_dir.filePath("push-report-2"));
        QCOMPARE(second.state, JobRecord::State::Completed);
        QCOMPARE(second.progress["created"].toInt(), 0);
        QCOMPARE(second.progress["existing"].toInt(), 3);

        PushRequest search;
        search.source = {"sandbox-source", "Sandbox", m_sandbox.fhirBase(), {}};
        search.type = "Patient";
        search.patient = "pat-oconnor";
        search.target = request.target;
        search.options.identifierSystem = "urn:oid:1.2.826.0.1.3680043.10.1042.1";
        search.options.dryRun = true;
        const JobRecord dry = pushed(search, m_dir.filePath("push-report-3"));
        QCOMPARE(dry.state, JobRecord::State::Completed);
        QCOMPARE(dry.progress["existing"].toInt(), 1);
        QCOMPARE(dry.progress["created"].toInt(), 0);

        PushRequest incomplete = request;
        incomplete.options.identifierSystem.clear();
        QCOMPARE(manager.submitPush(incomplete, m_dir.filePath("x")).error().kind,
                 Error::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestJobManagerSandbox)
#include "TestJobManagerSandbox.moc"
