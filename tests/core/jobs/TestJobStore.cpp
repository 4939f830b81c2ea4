#include "jobs/JobStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// The persistent job list: every change survives reopening, unfinished jobs are found again.
class TestJobStore : public QObject {
    Q_OBJECT

private slots:
    void persistsAcrossReopen() {
        QTemporaryDir dir;
        const QString path = dir.filePath("jobs/jobs.db");
        qint64 first = 0;
        {
            auto store = JobStore::open(path);
            QVERIFY(store);
            JobRecord job;
            job.kind = "bulk-export";
            job.title = "System: all types";
            job.target = "sandbox";
            job.parameters = {{"fhirBase", "http://127.0.0.1/fhir"}};
            auto added = store.value()->add(job);
            QVERIFY(added);
            first = added->id;
            QVERIFY(first > 0);
            JobRecord running = added.value();
            running.state = JobRecord::State::Running;
            running.statusUrl = "http://127.0.0.1/bulkstatus/1";
            running.progress = {{"phase", "waiting"}};
            QVERIFY(store.value()->update(running));
            JobRecord done = job;
            done.state = JobRecord::State::Completed;
            QVERIFY(store.value()->add(done));
        }
        auto store = JobStore::open(path);
        QVERIFY(store);
        const QList<JobRecord> all = store.value()->list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.last().id, first); // newest first
        const QList<JobRecord> unfinished = store.value()->unfinished();
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.first().state, JobRecord::State::Running);
        QCOMPARE(unfinished.first().statusUrl, QString("http://127.0.0.1/bulkstatus/1"));
        QCOMPARE(unfinished.first().progress["phase"].toString(), QString("waiting"));
        QCOMPARE(unfinished.first().parameters["fhirBase"].toString(),
                 QString("http://127.0.0.1/fhir"));
        QVERIFY(unfinished.first().createdUtc.isValid());
        QVERIFY(store.value()->remove(first));
        QVERIFY(!store.value()->get(first));
    }

    void stateNames() {
        for (auto s :
             {JobRecord::State::Queued, JobRecord::State::Running, JobRecord::State::Paused,
              JobRecord::State::Failed, JobRecord::State::Cancelled, JobRecord::State::Completed})
            QCOMPARE(JobRecord::stateFromName(JobRecord::stateName(s)), s);
        QVERIFY(!JobRecord::stateFromName("sleeping"));
    }

    void unwritableLocation() { QVERIFY(!JobStore::open("/proc/sightline-cannot/jobs.db")); }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "TestJobStore.moc"
