#include "cache/ImageCache.h"
#include "imaging/DicomWebClient.h"
#include "imaging/StudyRetriever.h"
#include "support/FaultProxy.h"
#include "support/SandboxFixture.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// Retrieval from the sandbox's real Orthanc through its fault proxy, one fault at a time:
// 503 and 429 with Retry-After are waited out, a 500 and a dropped connection end the retrieval
// with a clear error, a body cut mid-part keeps only whole instances, a slow server is given
// up on after the timeout. After each, the cache verifies and a retrieval without the fault
// completes with only what was missing.
class TestRetrievalFaultsSandbox : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    int m_caches = 0;
    // The first patient's MR brain: one series of 12 instances (about 1.5 MB).
    const QString m_study = "1.2.826.0.1.3680043.10.1042.1.1.2";

    RetrieveOutcome retrieve(ImageCache& cache) {
        StudyRetriever retriever(&m_network, nullptr, &cache);
        std::optional<RetrieveOutcome> outcome;
        connect(&retriever, &StudyRetriever::finished, this,
                [&](const RetrieveOutcome& o) { outcome = o; });
        RetrieveRequest request;
        request.studyUid = m_study;
        request.serviceBase = m_sandbox.dicomWebProxy();
        retriever.start(request);
        (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 60000);
        return outcome.value_or(RetrieveOutcome{});
    }

    // After a fault: whatever is cached is whole, and the rest comes without the fault.
    void recoversAfterwards(ImageCache& cache, int storedDuringFault) {
        QVERIFY(cache.verify(false).ok());
        QCOMPARE(int(cache.cachedInstanceCount(m_study)), storedDuringFault);
        QVERIFY(test::FaultProxy(&m_network, m_sandbox.faultProxy()).configure("{}"));
        const RetrieveOutcome again = retrieve(cache);
        QVERIFY2(again.complete(), again.errors.isEmpty()
                                       ? "incomplete"
                                       : qPrintable(again.errors.first().toString()));
        QCOMPARE(again.alreadyCached, storedDuringFault);
        QCOMPARE(again.stored + again.alreadyCached, 12);
        QVERIFY(cache.isStudyComplete(m_study));
        QVERIFY(cache.verify(false).ok());
    }

private slots:
    void initTestCase() {
        const QString error = m_sandbox.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void busyServerIsWaitedOut_data() {
        QTest::addColumn<int>("status");
        QTest::newRow("503") << 503;
        QTest::newRow("429") << 429;
    }
    void busyServerIsWaitedOut() {
        QFETCH(int, status);
        // The retrieval gets the status twice before it is served (the study-level count, at
        // /studies?StudyInstanceUID=…, does not match the path).
        QVERIFY(
            test::FaultProxy(&m_network, m_sandbox.faultProxy())
                .configure(QString("{\"faults\": [{\"kind\": \"status\", \"status\": %1, "
                                   "\"retryAfter\": 1, \"count\": 2, \"path\": \"/studies/\"}]}")
                               .arg(status)
                               .toUtf8()));
        ImageCache cache(m_dir.filePath(QString("busy-%1").arg(++m_caches)));
        const RetrieveOutcome outcome = retrieve(cache);
        QVERIFY2(outcome.complete(), outcome.errors.isEmpty()
                                         ? "incomplete"
                                         : qPrintable(outcome.errors.first().toString()));
        QCOMPARE(outcome.stored, 12);
        // Retry-After was honoured, twice (Qt's coarse timers may fire up to 5% early).
        QVERIFY2(outcome.elapsedMs >= 1900, qPrintable(QString::number(outcome.elapsedMs)));
        QVERIFY(cache.verify(false).ok());
    }

    void serverErrorIsReported() {
        QVERIFY(test::FaultProxy(&m_network, m_sandbox.faultProxy())
                    .configure("{\"faults\": [{\"kind\": \"status\", \"status\": 500, "
                               "\"count\": 5, \"path\": \"/studies/\"}]}"));
        ImageCache cache(m_dir.filePath(QString("error-%1").arg(++m_caches)));
        const RetrieveOutcome outcome = retrieve(cache);
        QVERIFY(!outcome.complete());
        QVERIFY(!outcome.errors.isEmpty());
        QCOMPARE(outcome.errors.first().httpStatus, 500);
        QCOMPARE(outcome.stored, 0);
        recoversAfterwards(cache, 0);
    }

    void droppedConnection() {
        // Every request for the study is dropped without an answer (its study-level count goes
        // through): the retrieval fails, and so does the listing that would say what is missing.
        QVERIFY(test::FaultProxy(&m_network, m_sandbox.faultProxy())
                    .configure("{\"faults\": [{\"kind\": \"reset\", \"count\": 40, "
                               "\"path\": \"/studies/" +
                               m_study.toUtf8() + "\"}]}"));
        ImageCache cache(m_dir.filePath(QString("reset-%1").arg(++m_caches)));
        const RetrieveOutcome outcome = retrieve(cache);
        QVERIFY(!outcome.complete());
        QVERIFY(!outcome.errors.isEmpty());
        QCOMPARE(outcome.errors.first().kind, Error::Kind::Network);
        QCOMPARE(outcome.stored, 0);
        QCOMPARE(outcome.missing, 12); // from the count
        recoversAfterwards(cache, outcome.stored);
    }

    void bodyCutMidPart() {
        // The whole-study answer ends after 700 kB: five whole instances and part of a sixth.
        QVERIFY(test::FaultProxy(&m_network, m_sandbox.faultProxy())
                    .configure("{\"faults\": [{\"kind\": \"truncate\", \"afterBytes\": 700000, "
                               "\"path\": \"/studies/" +
                               m_study.toUtf8() + "\"}]}"));
        ImageCache cache(m_dir.filePath(QString("cut-%1").arg(++m_caches)));
        const RetrieveOutcome outcome = retrieve(cache);
        QVERIFY(!outcome.complete());
        QVERIFY(!outcome.errors.isEmpty());
        QVERIFY2(outcome.stored > 0 && outcome.stored < 12,
                 qPrintable(QString::number(outcome.stored)));
        QVERIFY2(outcome.errors.first().message.contains("in the middle of its answer") ||
                     outcome.errors.first().message.contains("closing boundary"),
                 qPrintable(outcome.errors.first().toString()));
        recoversAfterwards(cache, outcome.stored);
    }

    void slowServerTimesOut() {
        // A QIDO answer held back longer than the client waits: a timeout, not a hang.
        QVERIFY(test::FaultProxy(&m_network, m_sandbox.faultProxy())
                    .configure("{\"faults\": [{\"kind\": \"delay\", \"delayMs\": 4000, "
                               "\"path\": \"/dicom-web/studies\"}]}"));
        DicomWebClient client(&m_network, nullptr, m_sandbox.dicomWebProxy());
        client.setTimeoutMs(1000);
        std::optional<Result<QList<QJsonObject>>> answer;
        client.searchStudies({}, this, [&](const Result<QList<QJsonObject>>& r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, Error::Kind::Timeout);
        QVERIFY(test::FaultProxy(&m_network, m_sandbox.faultProxy()).configure("{}"));
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestRetrievalFaultsSandbox)
#include "TestRetrievalFaultsSandbox.moc"
