#include "exporting/BulkExportRequest.h"
#include "jobs/BulkExportRunner.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "support/FakeNetworkAccessManager.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::test;

// The job list's own requests, with a scripted network: an export cancelled while paused is
// deleted on the server with the session's token (a strict server refuses a DELETE without
// one, and the export would stay there), and the token never goes to another origin.
class TestJobManager : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A paused export whose server-side status URL is `statusUrl`.
    static JobRecord pausedExport(JobStore& store, const QString& statusUrl) {
        JobRecord job = BulkExportRunner::record("strict-server", QUrl("https://fhir.example/fhir"),
                                                 BulkExportRequest{}, "/tmp/unused");
        job.state = JobRecord::State::Paused;
        job.statusUrl = statusUrl;
        return *store.add(job);
    }

    const RecordedRequest* deleteRequest(const FakeNetworkAccessManager& network) {
        for (const RecordedRequest& request : network.requests()) {
            if (request.method == "DELETE")
                return &request;
        }
        return nullptr;
    }

private slots:
    void cancellingAPausedExportDeletesItWithTheToken() {
        auto store = JobStore::open(m_dir.filePath("own-origin.db"));
        QVERIFY(store);
        FakeNetworkAccessManager network;
        network.setHandler([](const RecordedRequest&) { return ScriptedReply{202, {}, {}}; });
        JobManager manager(store->get(), &network, nullptr);
        manager.setAuthorizationProvider([](const QString& target) {
            return target == "strict-server" ? QByteArray("Bearer T0KEN") : QByteArray();
        });
        const JobRecord job = pausedExport(*store->get(), "https://fhir.example/status/7");

        QVERIFY(manager.cancel(job.id));
        QTRY_VERIFY(deleteRequest(network));
        const RecordedRequest* sent = deleteRequest(network);
        QCOMPARE(sent->url, QUrl("https://fhir.example/status/7"));
        QCOMPARE(sent->header("Authorization"), QByteArray("Bearer T0KEN"));
        QCOMPARE(store->get()->get(job.id)->state, JobRecord::State::Cancelled);
    }

    void theTokenStaysWithTheServersOrigin() {
        auto store = JobStore::open(m_dir.filePath("other-origin.db"));
        QVERIFY(store);
        FakeNetworkAccessManager network;
        network.setHandler([](const RecordedRequest&) { return ScriptedReply{202, {}, {}}; });
        JobManager manager(store->get(), &network, nullptr);
        manager.setAuthorizationProvider([](const QString&) { return QByteArray("Bearer T0KEN"); });
        const JobRecord job = pausedExport(*store->get(), "https://status.elsewhere.example/7");

        QVERIFY(manager.cancel(job.id));
        QTRY_VERIFY(deleteRequest(network));
        QVERIFY(deleteRequest(network)->header("Authorization").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJobManager)
#include "TestJobManager.moc"
