#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "smart/SessionManager.h"
#include "smart/SmartSession.h"
#include "support/SandboxFixture.h"
#include "support/ScriptedBrowser.h"
#include "support/WaitFor.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using test::waitFor;

// A Bulk Data export from a FHIR server that wants a SMART token: refused without one (and not
// retried), completed with the session's token — which the manifest says the files need too.
class TestExportAuthSandbox : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

    // What the application gives its jobs: the session's bearer token, or nothing.
    static JobManager::AuthorizationProvider bearerOf(const SessionManager& sessions) {
        return [&sessions](const QString& target) -> QByteArray {
            const SmartSession* session = sessions.session(target);
            return session && session->isActive()
                       ? "Bearer " + session->tokens().accessToken.reveal()
                       : QByteArray();
        };
    }

private slots:
    void initTestCase() {
        const QString error = m_sandbox.start({"--auth", "--export-delay-ms", "300"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void exportWithTheSessionsToken() {
        ServerProfile fhir;
        fhir.id = "smart-sandbox";
        fhir.name = "Sandbox (SMART)";
        fhir.fhirBase = m_sandbox.fhirBase();
        fhir.authKind = ServerProfile::AuthKind::SmartPublic;
        fhir.clientId = "sightline-desktop";
        test::ScriptedBrowser browser;
        SessionManager sessions(&m_network, nullptr, browser.opener());
        auto store = JobStore::open(m_dir.filePath("jobs.db"));
        QVERIFY(store);
        JobManager manager(store->get(), &m_network, nullptr);
        manager.setAuthorizationProvider(bearerOf(sessions));
        BulkExportRequest request;
        request.level = BulkExportRequest::Level::Patient;
        request.types = {"Patient", "Consent"};

        // Not logged in: 401, a refusal, so no retries.
        const auto refused =
            manager.submitBulkExport(fhir.id, fhir.fhirBase, request, m_dir.filePath("refused"));
        QVERIFY(waitFor([&] { return store->get()->get(refused->id)->isFinished(); }));
        const JobRecord failed = *store->get()->get(refused->id);
        QCOMPARE(failed.state, JobRecord::State::Failed);
        QCOMPARE(failed.attempts, 0);
        QVERIFY2(failed.error.contains("bearer token is required"), qPrintable(failed.error));

        sessions.login(fhir);
        QVERIFY(
            waitFor([&] { return sessions.state(fhir.id) == SessionManager::State::LoggedIn; }));
        const auto job =
            manager.submitBulkExport(fhir.id, fhir.fhirBase, request, m_dir.filePath("ok"));
        QVERIFY(waitFor([&] { return store->get()->get(job->id)->isFinished(); }));
        const JobRecord done = *store->get()->get(job->id);
        QVERIFY2(done.state == JobRecord::State::Completed, qPrintable(done.error));
        QFile manifest(m_dir.filePath("ok/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(manifest.readAll())["requiresAccessToken"].toBool());
        QVERIFY(QFile::exists(m_dir.filePath("ok/Patient.ndjson")));
        // The token is nowhere in what was written.
        const QByteArray token = sessions.session(fhir.id)->tokens().accessToken.reveal();
        QVERIFY(!token.isEmpty());
        for (const QString& name : QDir(m_dir.filePath("ok")).entryList(QDir::Files)) {
            QFile f(m_dir.filePath("ok/" + name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(token), qPrintable(name));
        }
        for (const QString& name : QDir(m_dir.path()).entryList({"jobs.db*"}, QDir::Files)) {
            QFile db(m_dir.filePath(name)); // the database and its write-ahead log
            QVERIFY(db.open(QIODevice::ReadOnly));
            QVERIFY2(!db.readAll().contains(token), qPrintable(name));
        }
    }

    // An export that outlives its first token: the session renews the token at three quarters
    // of its life and the running job sends the new one. The runner once took the token when it
    // started, and the export failed with 401 once that token had expired.
    void anExportOutlivesItsFirstToken() {
        test::SandboxFixture slow;
        const QString error =
            slow.start({"--auth", "--export-delay-ms", "14000", "--access-token-ttl", "12"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ServerProfile fhir = slow.smartProfile();
        fhir.id = "short-tokens";
        test::ScriptedBrowser browser;
        SessionManager sessions(&m_network, nullptr, browser.opener());
        auto store = JobStore::open(m_dir.filePath("short-tokens.db"));
        QVERIFY(store);
        JobManager manager(store->get(), &m_network, nullptr);
        manager.setAuthorizationProvider(bearerOf(sessions));
        connect(&sessions, &SessionManager::stateChanged, &manager,
                &JobManager::authorizationChanged);
        sessions.login(fhir);
        QVERIFY(
            waitFor([&] { return sessions.state(fhir.id) == SessionManager::State::LoggedIn; }));
        const QByteArray firstToken = sessions.session(fhir.id)->tokens().accessToken.reveal();
        BulkExportRequest request;
        request.level = BulkExportRequest::Level::Patient;
        request.types = {"Patient"};
        const auto job = manager.submitBulkExport(fhir.id, fhir.fhirBase, request,
                                                  m_dir.filePath("short-tokens"));
        QVERIFY(job);
        QVERIFY(waitFor([&] { return store->get()->get(job->id)->isFinished(); }, 60000));
        const JobRecord done = *store->get()->get(job->id);
        QVERIFY2(done.state == JobRecord::State::Completed, qPrintable(done.error));
        QVERIFY(sessions.session(fhir.id)->tokens().accessToken.reveal() != firstToken);
        QVERIFY(QFile::exists(m_dir.filePath("short-tokens/Patient.ndjson")));
        slow.stop();
    }
};

QTEST_GUILESS_MAIN(TestExportAuthSandbox)
#include "TestExportAuthSandbox.moc"
