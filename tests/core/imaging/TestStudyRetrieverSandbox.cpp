#include "cache/ImageCache.h"
#include "fhir/FhirClient.h"
#include "imaging/ImagingStudyRecord.h"
#include "imaging/StudyRetriever.h"
#include "network/NetworkRecorder.h"
#include "support/FaultProxy.h"
#include "support/SandboxFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// Patient → ImagingStudy (+ Endpoints) on the sandbox FHIR server → WADO-RS from the sandbox
// Orthanc into the image cache, for every sandbox study: counts, thumbnails, the deliberate
// patient mismatch flagged (and only that one), resumption instance by instance, and cancel.
class TestStudyRetrieverSandbox : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

    QJsonObject fhir(const QString& type, const QueryParams& params) {
        FhirClient client(&m_network, nullptr, m_sandbox.fhirBase());
        std::optional<Result<FhirReply>> reply;
        client.search(type, params, FhirClient::SearchMethod::Get, this,
                      [&](const Result<FhirReply>& r) { reply = r; });
        if (!QTest::qWaitFor([&] { return reply.has_value(); }, 20000) || !reply->ok())
            return {};
        return reply->value().resource;
    }

    QJsonObject patient(const QString& id) {
        const QJsonObject bundle = fhir(QStringLiteral("Patient"), {{QStringLiteral("_id"), id}});
        return bundle.value(QLatin1String("entry"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("resource"))
            .toObject();
    }

    // The patient's imaging studies, as the sandbox FHIR server lists them with their endpoints.
    auto studiesOf(const QString& patientId) {
        return ImagingStudyResolver::fromBundle(
            fhir(QStringLiteral("ImagingStudy"),
                 {{QStringLiteral("patient"), patientId},
                  {QStringLiteral("_include"), QStringLiteral("ImagingStudy:endpoint")}}));
    }

    RetrieveOutcome retrieve(ImageCache& cache, const ImagingStudyRecord& study,
                             const PatientIdentity& identity, QList<QImage>* thumbnails = nullptr,
                             bool cancelAtOnce = false, NetworkRecorder* recorder = nullptr,
                             QList<RetrieveProgress>* progress = nullptr) {
        StudyRetriever retriever(&m_network, recorder, &cache);
        if (progress)
            connect(&retriever, &StudyRetriever::progress, this,
                    [progress](const RetrieveProgress& p) { *progress << p; });
        std::optional<RetrieveOutcome> outcome;
        connect(&retriever, &StudyRetriever::finished, this,
                [&](const RetrieveOutcome& o) { outcome = o; });
        if (thumbnails)
            connect(&retriever, &StudyRetriever::seriesFinished, this,
                    [thumbnails](const QString&, const QImage& image) { *thumbnails << image; });
        RetrieveRequest request;
        request.studyUid = study.studyUid;
        request.serviceBase = study.endpoint->serviceBase;
        request.sourceServer = QStringLiteral("sandbox-orthanc");
        request.expectedPatient = identity;
        retriever.start(request);
        if (cancelAtOnce)
            retriever.cancel();
        (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 120000);
        return outcome.value_or(RetrieveOutcome{});
    }

private slots:
    void initTestCase() {
        const QString error = m_sandbox.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void everyStudyOfEveryPatient() {
        ImageCache cache(m_dir.filePath(QStringLiteral("cache")));
        int studies = 0, instances = 0, mismatches = 0;
        for (const QString id :
             {"pat-mueller", "pat-garcia", "pat-oconnor", "pat-nguyen", "pat-bjork"}) {
            const PatientIdentity identity = PatientIdentity::fromPatient(patient(id));
            QVERIFY(!identity.isEmpty());
            const auto resolution = studiesOf(id);
            QVERIFY2(resolution.unresolved.isEmpty(),
                     qPrintable(resolution.unresolved.join(QLatin1Char(','))));
            QVERIFY(!resolution.studies.isEmpty());
            for (const ImagingStudyRecord& study : resolution.studies) {
                QVERIFY2(study.retrievable(), qPrintable(study.problem));
                QList<QImage> thumbnails;
                const RetrieveOutcome outcome = retrieve(cache, study, identity, &thumbnails);
                QVERIFY2(outcome.complete(),
                         qPrintable(study.description + QStringLiteral(": ") +
                                    (outcome.errors.isEmpty()
                                         ? QStringLiteral("missing %1").arg(outcome.missing)
                                         : outcome.errors.first().toString())));
                QCOMPARE(outcome.stored, study.numberOfInstances);
                QCOMPARE(cache.cachedInstanceCount(study.studyUid), study.numberOfInstances);
                QCOMPARE(thumbnails.size(), study.series.size());
                for (const QImage& t : thumbnails)
                    QVERIFY(!t.isNull() && t.width() <= 128 && t.height() <= 128);
                QCOMPARE(outcome.mismatch.isMismatch(),
                         study.description.contains(QLatin1String("MISMATCHED")));
                if (outcome.mismatch.isMismatch()) {
                    ++mismatches;
                    QCOMPARE(outcome.mismatch.dicomPatientId, QStringLiteral("SL-9999"));
                    QCOMPARE(outcome.mismatch.differences.size(), 2); // identifier and name
                }
                ++studies;
                instances += outcome.stored;
            }
        }
        QCOMPARE(studies, 15);
        QCOMPARE(instances, 382);
        QCOMPARE(mismatches, 1);
        QVERIFY(cache.verify(false).ok());
        QCOMPARE(cache.stats().studies, 15);
    }

    void aFirstRetrievalIsOneRequestAndACount() {
        // Nothing cached: the study comes as one WADO-RS request, and its complete answer needs
        // no QIDO listing of series and instances; one study-level query gives the total.
        ImageCache cache(m_dir.filePath(QStringLiteral("first-cache")));
        const ImagingStudyRecord study = studiesOf(QStringLiteral("pat-mueller")).studies.first();
        NetworkRecorder recorder;
        QList<RetrieveProgress> progress;
        QList<QImage> thumbnails;
        const RetrieveOutcome outcome =
            retrieve(cache, study, {}, &thumbnails, false, &recorder, &progress);
        QVERIFY(outcome.complete());
        QCOMPARE(outcome.stored, study.numberOfInstances);
        QCOMPARE(thumbnails.size(), study.series.size());
        QVERIFY(cache.isStudyComplete(study.studyUid));
        QStringList paths;
        for (const HttpExchange& e : recorder.exchanges())
            paths << e.method + QLatin1Char(' ') +
                         e.url.path().section(QStringLiteral("/dicom-web"), 1);
        paths.sort();
        QCOMPARE(paths, (QStringList{QStringLiteral("GET /studies"),
                                     QStringLiteral("GET /studies/") + study.studyUid}));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().instancesTotal, study.numberOfInstances);
        QCOMPARE(progress.last().instancesDone, study.numberOfInstances);
        for (const RetrieveProgress& p : std::as_const(progress)) // never more done than in all
            QVERIFY(p.instancesTotal == 0 || p.instancesDone <= p.instancesTotal);
    }

    void resumesInstanceByInstance() {
        ImageCache cache(m_dir.filePath(QStringLiteral("cache")));
        const ImagingStudyRecord study = studiesOf(QStringLiteral("pat-garcia")).studies.first();
        // Two instances lost (as if the transfer had been cut short there).
        const QString series = study.series.first().uid;
        QStringList cached = cache.cachedInstances(series).values();
        QVERIFY(cached.size() > 2);
        QFile::remove(cache.instancePath(cached[0]));
        QFile::remove(cache.instancePath(cached[1]));
        QCOMPARE(cache.verify(true).missing.size(), 2);

        const RetrieveOutcome outcome = retrieve(cache, study, {});
        QVERIFY(outcome.complete());
        QCOMPARE(outcome.stored, 2);
        QCOMPARE(outcome.alreadyCached, study.numberOfInstances - 2);
        QVERIFY(cache.verify(false).ok());
    }

    void cancelKeepsTheCacheConsistent() {
        ImageCache cache(m_dir.filePath(QStringLiteral("cancel-cache")));
        const ImagingStudyRecord study = studiesOf(QStringLiteral("pat-nguyen")).studies.first();
        const RetrieveOutcome outcome = retrieve(cache, study, {}, nullptr, true);
        QVERIFY(outcome.cancelled);
        QVERIFY(!outcome.complete());
        QVERIFY(cache.verify(false).ok());
        // A later retrieval completes it.
        QVERIFY(retrieve(cache, study, {}).complete());
        QCOMPARE(cache.cachedInstanceCount(study.studyUid), study.numberOfInstances);
    }

    void unknownStudyIsAClearError() {
        ImageCache cache(m_dir.filePath(QStringLiteral("cache")));
        ImagingStudyRecord study;
        study.studyUid = QStringLiteral("1.2.3.4.5.6.7.8.9");
        ImagingEndpoint endpoint;
        endpoint.serviceBase = m_sandbox.dicomWeb();
        study.endpoint = endpoint;
        const RetrieveOutcome outcome = retrieve(cache, study, {});
        QVERIFY(!outcome.complete());
        QVERIFY(!outcome.errors.isEmpty());
    }

    // The real Orthanc killed (SIGKILL) while a whole study streams in, through the sandbox's
    // fault proxy slowed to 4 MB/s so the kill lands mid-body: the retrieval ends with a clear
    // error, what arrived is stored whole (the cache verifies), and once Orthanc is back a
    // second retrieval fetches only the missing instances.
    void serverKilledMidDownload() {
        const QString study = "1.2.826.0.1.3680043.10.1042.1.1.1"; // CT chest, 60 × 512 kB
        const test::FaultProxy proxy(&m_network, m_sandbox.faultProxy());
        QVERIFY(proxy.configure("{\"bytesPerSecond\": 4000000}"));
        ImageCache cache(m_dir.filePath("killed"));
        StudyRetriever retriever(&m_network, nullptr, &cache);
        std::optional<RetrieveOutcome> outcome;
        QNetworkReply* kill = nullptr; // sent, not waited for: the retrieval goes on meanwhile
        connect(&retriever, &StudyRetriever::progress, this, [&](const RetrieveProgress& p) {
            if (!kill && p.instancesDone >= 5)
                kill = proxy.post("/sandbox/orthanc/kill");
        });
        connect(&retriever, &StudyRetriever::finished, this,
                [&](const RetrieveOutcome& o) { outcome = o; });
        RetrieveRequest request;
        request.studyUid = study;
        request.serviceBase = m_sandbox.dicomWebProxy();
        retriever.start(request);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60000);
        QVERIFY(kill);
        QTRY_VERIFY(kill->isFinished());
        QCOMPARE(kill->error(), QNetworkReply::NoError);
        kill->deleteLater();
        QVERIFY(!outcome->complete());
        QVERIFY(!outcome->errors.isEmpty());
        QVERIFY2(outcome->stored >= 5 && outcome->stored < 60,
                 qPrintable(QString::number(outcome->stored)));
        QCOMPARE(cache.cachedInstanceCount(study), outcome->stored);
        QVERIFY(!cache.isStudyComplete(study));
        const CacheVerifyReport report = cache.verify(false);
        QVERIFY2(report.ok(), qPrintable(report.corrupt.join(' ') + report.orphans.join(' ') +
                                         report.missing.join(' ')));
        QCOMPARE(report.checked, outcome->stored);

        QVERIFY(proxy.call("/sandbox/orthanc/start"));
        QVERIFY(proxy.configure("{}"));
        const int before = outcome->stored;
        outcome.reset();
        retriever.start(request);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60000);
        QVERIFY2(outcome->complete(), outcome->errors.isEmpty()
                                          ? "incomplete"
                                          : qPrintable(outcome->errors.first().toString()));
        QCOMPARE(outcome->alreadyCached, before);
        QCOMPARE(outcome->stored, 60 - before);
        QVERIFY(cache.isStudyComplete(study));
        QVERIFY(cache.verify(false).ok());
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestStudyRetrieverSandbox)
#include "TestStudyRetrieverSandbox.moc"
