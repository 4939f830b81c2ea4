#include "audit/AuditTrail.h"
#include "audit/FhirAuditor.h"
#include "fhir/FhirClient.h"
#include "gateway/DicomWebGateway.h"
#include "gateway/GatewayAuditor.h"
#include "imaging/DicomWebCredentials.h"
#include "imaging/ImagingService.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "logging/LogCollector.h"
#include "network/NetworkRecorder.h"
#include "servers/SecretStore.h"
#include "servers/ServerStore.h"
#include "smart/SessionManager.h"
#include "smart/SmartSession.h"
#include "support/FakeViewerProfile.h"
#include "support/SandboxFixture.h"
#include "support/ScriptedBrowser.h"
#include "support/WaitFor.h"
#include "viewers/StudyOpener.h"
#include "viewers/ViewerRegistry.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using test::waitFor;

// The whole path a user takes, wired as the application wires it: SMART login (scripted browser)
// → patient search → DICOMweb retrieval into the cache (Orthanc wants Basic credentials) → a
// viewer program launched through the local gateway, which it then reads → a Bulk Data export
// whose files need the token → refresh → logout. Afterwards every token the sandbox issued, and
// the PACS password, are searched for in every file Sightline wrote (audit journal with its WAL,
// cache, job store, export output, settings, viewer profiles), every log line (debug included),
// every exchange the Network panel recorded, and the viewer's command line. None may be there.
// The journal must also hold an event for each step, so the run really happened.
class TestNoTokenLeakSandbox : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    QByteArray get(const QUrl& url, const QByteArray& accept = {}) {
        QNetworkRequest request(url);
        if (!accept.isEmpty())
            request.setRawHeader("Accept", accept);
        QNetworkReply* reply = m_network.get(request);
        (void)waitFor([reply] { return reply->isFinished(); }, 60000);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return reply->error() == QNetworkReply::NoError ? body : QByteArray();
    }

private slots:
    void initTestCase() {
        const QString error =
            m_sandbox.start({"--auth", "--orthanc-auth", "sightline:s3cret-pass"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void fullRunLeavesNoToken() {
        LogCollector log;
        log.install();
        const QString viewerLog = m_dir.filePath("viewer-argv.jsonl");
        qputenv("SIGHTLINE_FAKE_VIEWER_LOG", viewerLog.toLocal8Bit());

        ServerStore servers(m_dir.filePath("config/servers.ini"));
        ServerProfile fhir = m_sandbox.smartProfile();
        fhir.scopes = {"openid", "fhirUser", "offline_access", "launch/patient", "patient/*.rs"};
        fhir = servers.save(fhir);
        ServerProfile pacs;
        pacs.name = "Sandbox Orthanc";
        pacs.fhirBase = m_sandbox.dicomWeb();
        pacs.authKind = ServerProfile::AuthKind::Basic;
        pacs.userName = "sightline";
        pacs = servers.save(pacs);
        SecretStore secrets("SightlineTest"); // a real keyring (KEYRING test)
        std::optional<Status> stored;
        secrets.write(pacs.secretKey(), "s3cret-pass", this, [&](const Status& s) { stored = s; });
        QVERIFY(waitFor([&] { return stored.has_value(); }));
        QVERIFY2(stored->ok(), qPrintable(stored->error().toString()));

        // Wired as app/main.cpp wires it.
        NetworkRecorder recorder;
        AuditTrail audit(m_dir.filePath("data/audit/journal.db"));
        FhirAuditor fhirAuditor(&audit);
        test::ScriptedBrowser browser;
        SessionManager sessions(&m_network, &recorder, browser.opener(), &audit);
        FhirClientFactory clients(&m_network, &recorder, [&](FhirClient* client) {
            fhirAuditor.watch(client);
            sessions.attach(client);
        });
        ImagingService imaging(clients, CacheConnections(m_dir.filePath("cache/images")), &audit);
        DicomWebCredentials credentials(&servers, &secrets);
        imaging.setCredentials(&credentials);
        GatewayOptions gatewayOptions;
        gatewayOptions.cache = imaging.cache();
        DicomWebGateway gateway(gatewayOptions);
        QVERIFY(gateway.start().ok());
        GatewayAuditor gatewayAuditor(&gateway, &audit, 200);
        QVERIFY(test::writeFakeViewerProfile(m_dir.filePath("config/viewers.json"),
                                             SIGHTLINE_FAKE_VIEWER,
                                             {"--root", "{dicomwebRoot}", "{studyUID}"}));
        ViewerRegistry viewers(m_dir.filePath("config/viewers.json"));
        StudyOpener opener(&imaging, &gateway, &viewers, &audit);
        auto jobStore = JobStore::open(m_dir.filePath("data/jobs.db"));
        QVERIFY(jobStore);
        JobManager jobs(jobStore->get(), &m_network, &audit);
        jobs.setAuthorizationProvider([&sessions](const QString& target) -> QByteArray {
            const SmartSession* session = sessions.session(target);
            return session && session->isActive()
                       ? "Bearer " + session->tokens().accessToken.reveal()
                       : QByteArray();
        });

        // Login.
        sessions.login(fhir);
        QVERIFY(waitFor([&] { return sessions.state(fhir.id) == SessionManager::State::LoggedIn; },
                        30000));

        // Search.
        std::optional<Result<PatientStudies>> found;
        imaging.findStudies(fhir, "pat-garcia", this,
                            [&](const Result<PatientStudies>& r) { found = r; });
        QVERIFY(waitFor([&] { return found.has_value(); }, 20000));
        QVERIFY2(found->ok(), qPrintable(found->error().toString()));
        const PatientStudies patient = found->value();
        std::optional<ImagingStudyRecord> study;
        for (const ImagingStudyRecord& s : patient.studies) {
            if (s.description == "US ABDOMEN")
                study = s;
        }
        QVERIFY(study.has_value());

        // Retrieve.
        QSignalSpy retrieved(&imaging, &ImagingService::finished);
        imaging.retrieve(fhir, *study, patient.identity);
        QVERIFY(retrieved.wait(60000));
        const auto outcome = retrieved.first().at(1).value<RetrieveOutcome>();
        QVERIFY2(outcome.complete(), outcome.errors.isEmpty()
                                         ? "incomplete"
                                         : qPrintable(outcome.errors.first().toString()));

        // Launch, and the viewer reads the study through the gateway.
        QSignalSpy opened(&opener, &StudyOpener::opened);
        QSignalSpy openFailed(&opener, &StudyOpener::failed);
        OpenStudyRequest open;
        open.server = fhir;
        open.study = *study;
        open.patientName = "Garcia^Maria";
        opener.open(open);
        QVERIFY(waitFor([&] { return !opened.isEmpty() || !openFailed.isEmpty(); }, 30000));
        QVERIFY2(openFailed.isEmpty(), qPrintable(openFailed.value(0).value(1).toString()));
        QVERIFY(waitFor([&] { return QFile(viewerLog).size() > 0; }, 20000));
        QFile argvFile(viewerLog);
        QVERIFY(argvFile.open(QIODevice::ReadOnly));
        const QByteArray viewerArguments = argvFile.readAll();
        const QJsonArray argv =
            QJsonDocument::fromJson(viewerArguments.split('\n').first()).array();
        QCOMPARE(argv.size(), 3);
        const QString root = argv[1].toString();
        QVERIFY(root.startsWith("http://127.0.0.1:"));
        QVERIFY(
            !get(QUrl(root + "/studies/" + study->studyUid + "/series"), "application/dicom+json")
                 .isEmpty());
        QVERIFY(
            !get(QUrl(root + "/studies/" + study->studyUid + "/metadata"), "application/dicom+json")
                 .isEmpty());

        // Export (the manifest says the files need the token).
        BulkExportRequest request;
        request.level = BulkExportRequest::Level::Patient;
        request.types = {"Patient", "ImagingStudy", "Consent"};
        const auto job =
            jobs.submitBulkExport(fhir.id, fhir.fhirBase, request, m_dir.filePath("export"));
        QVERIFY(job);
        QVERIFY(waitFor([&] { return jobStore->get()->get(job->id)->isFinished(); }, 60000));
        const JobRecord done = *jobStore->get()->get(job->id);
        QVERIFY2(done.state == JobRecord::State::Completed, qPrintable(done.error));
        QVERIFY(QFile::exists(m_dir.filePath("export/ImagingStudy.ndjson")));

        // Refresh, then logout (which revokes).
        QSignalSpy refreshed(sessions.session(fhir.id), &SmartSession::refreshed);
        sessions.session(fhir.id)->refreshNow();
        QVERIFY(refreshed.wait(10000));
        sessions.logout(fhir.id);
        QVERIFY(
            waitFor([&] { return sessions.state(fhir.id) == SessionManager::State::LoggedOut; }));
        QTest::qWait(300); // the revocations are answered and recorded
        gatewayAuditor.flush();
        QVERIFY(audit.flush().ok());

        // What the sandbox handed out: access, refresh and id tokens of the login and the
        // refresh; and the PACS password, plain and as Basic credentials.
        const QJsonArray issued =
            QJsonDocument::fromJson(
                get(QUrl(m_sandbox.smartIssuer().toString() + "/sandbox/issued-tokens")))
                .array();
        QList<QByteArray> secretsToFind{"s3cret-pass",
                                        QByteArray("sightline:s3cret-pass").toBase64()};
        QStringList kinds;
        for (const QJsonValue& t : issued) {
            kinds << t["kind"].toString();
            secretsToFind << t["value"].toString().toLatin1();
        }
        QVERIFY2(kinds.count("access_token") == 2 && kinds.count("refresh_token") >= 1 &&
                     kinds.contains("id_token"),
                 qPrintable(kinds.join(',')));

        // Everything Sightline wrote or said.
        QList<QPair<QString, QByteArray>> places;
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int fileCount = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            places << qMakePair(f.fileName(), f.readAll());
            ++fileCount;
        }
        QByteArray logText;
        for (const LogEntry& e : log.entries())
            logText += e.category.toUtf8() + ": " + e.message.toUtf8() + '\n';
        places << qMakePair(QString("log"), logText);
        QByteArray network;
        for (const HttpExchange& x : recorder.exchanges()) {
            network += x.url.toEncoded() + '\n' + x.requestBody + '\n' + x.responseBody + '\n';
            for (const auto& [name, value] : x.requestHeaders + x.responseHeaders)
                network += name + ": " + value + '\n';
        }
        places << qMakePair(QString("Network panel"), network);
        places << qMakePair(QString("viewer command line"), viewerArguments);
        QVERIFY2(fileCount >= 8, qPrintable(QString::number(fileCount)));
        // The log covers the run (debug lines included: see the test's QT_LOGGING_RULES).
        QVERIFY2(logText.contains("Logged in to") && logText.contains("Opened study") &&
                     logText.contains("sightline.network"),
                 logText.constData());
        QVERIFY(recorder.exchanges().size() >= 6);
        for (const QByteArray& secret : secretsToFind) {
            QVERIFY(secret.size() >= 10);
            for (const auto& [where, text] : places)
                QVERIFY2(!text.contains(secret), qPrintable("a secret leaked into " + where));
        }

        // Each step of the run is in the audit trail.
        std::optional<QList<AuditRecord>> records;
        audit.records({}, this, [&](QList<AuditRecord> r) { records = r; });
        QVERIFY(waitFor([&] { return records.has_value(); }));
        QByteArray journal;
        for (const AuditRecord& r : *records)
            journal += r.json + '\n';
        for (const char* code :
             {"\"login\"", "\"search-type\"", "\"dicomweb-retrieve\"", "\"viewer-launch\"",
              "\"gateway-access\"", "\"export-job\"", "\"token-refresh\"", "\"logout\""})
            QVERIFY2(journal.contains(code), code);
        std::optional<AuditVerifyReport> verified;
        audit.verify(this, [&](AuditVerifyReport r) { verified = r; });
        QVERIFY(waitFor([&] { return verified.has_value(); }));
        QVERIFY(verified->intact);
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestNoTokenLeakSandbox)
#include "TestNoTokenLeakSandbox.moc"
