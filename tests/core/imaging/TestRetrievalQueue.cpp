#include "audit/AuditTrail.h"
#include "cache/CacheConnections.h"
#include "imaging/RetrievalQueue.h"
#include "support/FakeNetworkAccessManager.h"
#include "support/ScriptedPacs.h"
#include "support/SyntheticDicom.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sightline;
using namespace sightline::test;

// RetrievalQueue and its worker thread against a scripted PACS: one Retrieval per study shared
// by every caller, its signals and the queue's, cancel, the cache's limits applied on the worker
// thread, and the audit trail's records of outcomes and patient mismatches.
class TestRetrievalQueue : public QObject {
    Q_OBJECT

    QTemporaryDir m_files;
    ScriptedPacs m_pacs;

    // A queue whose worker thread retrieves through a scripted network (answering after
    // `delayMs`); the network handler runs on the worker thread.
    RetrievalQueue* makeQueue(const CacheConnections& cache, AuditTrail* audit, int delayMs = 0) {
        auto* network = new FakeNetworkAccessManager;
        network->setHandler([this, delayMs](const RecordedRequest& r) {
            ScriptedReply reply = m_pacs.answer(r);
            reply.delayMs = delayMs;
            return reply;
        });
        return new RetrievalQueue(cache, nullptr, audit, this, network);
    }

    static RetrieveRequest request(const PatientIdentity& expected = {}) {
        RetrieveRequest r;
        r.studyUid = kStudy;
        r.serviceBase = QUrl(QStringLiteral("https://pacs.example/dicom-web"));
        r.sourceServer = QStringLiteral("scripted");
        r.expectedPatient = expected;
        return r;
    }

    static ServerProfile server() {
        ServerProfile profile;
        profile.name = QStringLiteral("Scripted PACS");
        profile.fhirBase = QUrl(QStringLiteral("https://fhir.example/r4"));
        return profile;
    }

    static QStringList auditedActivities(AuditTrail& audit) {
        if (!audit.flush())
            return {};
        QStringList found;
        bool done = false;
        audit.records({}, &audit, [&](const QList<AuditRecord>& records) {
            for (const AuditRecord& record : records)
                found << QString::fromUtf8(record.json);
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            return {};
        return found;
    }

private slots:
    void initTestCase() {
        qRegisterMetaType<RetrieveOutcome>();
        qRegisterMetaType<RetrieveProgress>();
        qRegisterMetaType<PatientMismatch>();
        for (int i = 1; i <= 3; ++i) {
            const QString series = i < 3 ? kSeriesA : kSeriesB;
            const QString sop = series + QStringLiteral(".%1").arg(i);
            m_pacs.instances.append({series, sop, instance(kStudy, series, sop, m_files.path())});
            QVERIFY(!m_pacs.instances.last().bytes.isEmpty());
        }
    }

    // Two callers asking for one study share one Retrieval; it and the queue report progress
    // and the outcome; the images are in the cache and the retrieval is in the audit trail.
    void callersShareOneRetrieval() {
        QTemporaryDir dir;
        const CacheConnections cache(dir.filePath(QStringLiteral("cache")));
        AuditTrail audit(dir.filePath(QStringLiteral("journal.db")));
        RetrievalQueue* queue = makeQueue(cache, &audit);
        QSignalSpy queueFinished(queue, &RetrievalQueue::finished);

        Retrieval* first = queue->reserve(kStudy, {server(), {}});
        Retrieval* second = queue->reserve(kStudy, {});
        QVERIFY(first);
        QCOMPARE(second, first);
        QVERIFY(queue->isRetrieving(kStudy));
        QSignalSpy progress(first, &Retrieval::progress);
        QSignalSpy finished(first, &Retrieval::finished);
        QSignalSpy gone(first, &QObject::destroyed);
        queue->start(request());

        QVERIFY(finished.wait(15000));
        const auto outcome = finished.first().first().value<RetrieveOutcome>();
        QVERIFY(outcome.complete());
        QCOMPARE(outcome.stored, 3);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first().value<RetrieveProgress>().instancesDone, 3);
        QCOMPARE(queueFinished.size(), 1);
        QCOMPARE(queueFinished.first().first().toString(), kStudy);
        QVERIFY(!queue->isRetrieving(kStudy));
        QVERIFY(gone.wait(2000)); // a Retrieval goes after its outcome
        QCOMPARE(cache.forThisThread().cachedInstanceCount(kStudy), 3);

        const QStringList records = auditedActivities(audit);
        QCOMPARE(records.size(), 1);
        QVERIFY2(records.first().contains(QLatin1String("dicomweb-retrieve")) &&
                     records.first().contains(kStudy) &&
                     records.first().contains(QLatin1String("3 stored")),
                 qPrintable(records.first()));
        delete queue;
    }

    // Cancel through the Retrieval: the outcome says cancelled, nothing half-written counts.
    void cancelStopsIt() {
        QTemporaryDir dir;
        const CacheConnections cache(dir.filePath(QStringLiteral("cache")));
        RetrievalQueue* queue = makeQueue(cache, nullptr, 10000);
        Retrieval* retrieval = queue->reserve(kStudy, {server(), {}});
        QSignalSpy finished(retrieval, &Retrieval::finished);
        queue->start(request());
        QTest::qWait(200); // the first request is on its way
        retrieval->cancel();
        QVERIFY(finished.wait(5000));
        const auto outcome = finished.first().first().value<RetrieveOutcome>();
        QVERIFY(outcome.cancelled);
        QVERIFY(!outcome.complete());
        QCOMPARE(cache.forThisThread().cachedInstanceCount(kStudy), 0);
        delete queue;
    }

    // Images of another patient than the one expected: the Retrieval says so, and the audit
    // trail has the mismatch next to the retrieval.
    void aMismatchIsReportedAndAudited() {
        QTemporaryDir dir;
        const CacheConnections cache(dir.filePath(QStringLiteral("cache")));
        AuditTrail audit(dir.filePath(QStringLiteral("journal.db")));
        RetrievalQueue* queue = makeQueue(cache, &audit);
        PatientIdentity expected;
        expected.patientReference = QStringLiteral("Patient/other");
        expected.identifiers = {{QStringLiteral("urn:mrn"), QStringLiteral("OTHER-1")}};
        expected.family = QStringLiteral("Other");
        expected.given = {QStringLiteral("Person")};
        expected.names = {{expected.family, expected.given}};
        Retrieval* retrieval = queue->reserve(kStudy, {server(), expected});
        QSignalSpy mismatch(retrieval, &Retrieval::mismatchFound);
        QSignalSpy finished(retrieval, &Retrieval::finished);
        queue->start(request(expected));
        QVERIFY(finished.wait(15000));
        QVERIFY(!mismatch.isEmpty());
        QVERIFY(!mismatch.first().first().value<PatientMismatch>().differences.isEmpty());
        const QStringList records = auditedActivities(audit);
        QVERIFY2(records.join(QLatin1Char('\n')).contains(QLatin1String("patient-mismatch")),
                 qPrintable(records.join(QLatin1Char('\n'))));
        delete queue;
    }

    // New limits set on any copy of the cache's handle are applied by the worker thread at
    // once: a budget of one byte evicts what is there.
    void cacheLimitsApplyOnTheWorkerThread() {
        QTemporaryDir dir;
        const CacheConnections cache(dir.filePath(QStringLiteral("cache")));
        RetrievalQueue* queue = makeQueue(cache, nullptr);
        queue->reserve(kStudy, {server(), {}});
        QSignalSpy finished(queue, &RetrievalQueue::finished);
        queue->start(request());
        QVERIFY(finished.wait(15000));
        QCOMPARE(cache.forThisThread().cachedInstanceCount(kStudy), 3);

        QSignalSpy changed(queue, &RetrievalQueue::cacheChanged);
        CacheConnections(cache).setSettings({1, 0});
        queue->enforceCacheLimits();
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.first().first().toLongLong(), 3);
        QCOMPARE(cache.forThisThread().cachedInstanceCount(kStudy), 0);
        delete queue;
    }
};

QTEST_GUILESS_MAIN(TestRetrievalQueue)
#include "TestRetrievalQueue.moc"
