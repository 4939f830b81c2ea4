#include "cache/ImageCache.h"
#include "imaging/ImagingService.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "jobs/PatientPrefetch.h"
#include "jobs/PrefetchRunner.h"
#include "servers/ServerStore.h"
#include "support/SandboxFixture.h"
#include "support/WaitFor.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using test::waitFor;

// Prefetch on patient open against the sandbox: off, nothing is queued; on, every study of the
// patient that is not cached becomes a prefetch job and ends up complete in the cache; opening
// the patient again queues nothing; the choice is kept.
class TestPatientPrefetchSandbox : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

private slots:
    void initTestCase() {
        const QString error = m_sandbox.start({"--quiet"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void prefetchesWhatIsMissing() {
        ServerStore servers(m_dir.filePath("servers.ini"));
        ServerProfile server;
        server.name = "Sandbox";
        server.fhirBase = m_sandbox.fhirBase();
        server = servers.save(server);
        const FhirClientFactory clients(&m_network, nullptr);
        ImagingService imaging(clients, CacheConnections(m_dir.filePath("cache")));
        auto store = JobStore::open(m_dir.filePath("jobs.db"));
        QVERIFY(store);
        JobManager jobs(store->get(), &m_network, nullptr);
        jobs.registerRunner(PrefetchRunner::kind, [&](const JobRecord& job) -> JobRunner* {
            const auto profile = servers.profile(PrefetchRunner::serverOf(job));
            return profile ? new PrefetchRunner(&imaging, *profile) : nullptr;
        });
        std::optional<Result<PatientStudies>> found;
        imaging.findStudies(server, "pat-garcia", this,
                            [&](const Result<PatientStudies>& r) { found = r; });
        QVERIFY(waitFor([&] { return found.has_value(); }));
        QVERIFY2(found->ok(), qPrintable(found->error().toString()));
        const PatientStudies patient = found->value();
        QCOMPARE(patient.studies.size(), 3);

        PatientPrefetch prefetch(&jobs, imaging.cache());
        // The cache is asked off this thread: each answer comes as `queued`.
        auto opened = [&] {
            QSignalSpy queued(&prefetch, &PatientPrefetch::queued);
            prefetch.patientOpened(server, patient);
            return queued.size() == 1 || queued.wait(10000) ? queued.first().first().toInt() : -1;
        };
        prefetch.setEnabled(false);
        QCOMPARE(opened(), 0);
        QVERIFY(jobs.jobs().isEmpty());

        prefetch.setEnabled(true);
        // Opened twice in quick succession (both asks in flight at once): one job per study.
        QSignalSpy twice(&prefetch, &PatientPrefetch::queued);
        prefetch.patientOpened(server, patient);
        prefetch.patientOpened(server, patient);
        QTRY_COMPARE(twice.size(), 2);
        QCOMPARE(twice.at(0).first().toInt() + twice.at(1).first().toInt(), 3);
        QCOMPARE(jobs.jobs().size(), 3);
        QCOMPARE(opened(), 0); // already queued
        QVERIFY(waitFor(
            [&] {
                int done = 0;
                for (const JobRecord& j : jobs.jobs())
                    done += j.state == JobRecord::State::Completed ? 1 : 0;
                return done == 3;
            },
            120000));
        const ImageCache cache(imaging.cacheRoot());
        for (const ImagingStudyRecord& study : patient.studies)
            QVERIFY2(cache.isStudyComplete(study.studyUid), qPrintable(study.studyUid));
        QCOMPARE(opened(), 0); // all cached now
        QCOMPARE(jobs.jobs().size(), 3);

        // The choice is kept for the next start.
        QVERIFY(PatientPrefetch(&jobs, imaging.cache()).isEnabled());
        prefetch.setEnabled(false);
        QVERIFY(!PatientPrefetch(&jobs, imaging.cache()).isEnabled());
    }

    // Whoever asks for a study already on its way gets the same Retrieval (a prefetch and a
    // Retrieve in the Studies panel follow one transfer), with the outcome everyone else hears;
    // a study without a DICOMweb service gives none (a prefetch of it ends instead of waiting).
    void oneRetrievalPerStudyWhoeverAsks() {
        ServerProfile server;
        server.name = "Sandbox";
        server.fhirBase = m_sandbox.fhirBase();
        const FhirClientFactory clients(&m_network, nullptr);
        QTemporaryDir cacheDir;
        ImagingService imaging(clients, CacheConnections(cacheDir.path()));
        std::optional<Result<PatientStudies>> found;
        imaging.findStudies(server, "pat-garcia", this,
                            [&](const Result<PatientStudies>& r) { found = r; });
        QVERIFY(waitFor([&] { return found.has_value(); }));
        QVERIFY2(found->ok(), qPrintable(found->error().toString()));
        const ImagingStudyRecord study = found->value().studies.first();
        const PatientIdentity who = found->value().identity;

        QSignalSpy everyone(&imaging, &ImagingService::finished);
        QPointer<Retrieval> first = imaging.retrieve(server, study, who);
        QVERIFY(first);
        QCOMPARE(imaging.retrieve(server, study, who), first.data());
        QSignalSpy mine(first.data(), &Retrieval::finished);
        QVERIFY(mine.wait(60000));
        const RetrieveOutcome outcome = mine.first().first().value<RetrieveOutcome>();
        QVERIFY(outcome.complete());
        QCOMPARE(everyone.size(), 1);
        QCOMPARE(everyone.first().at(1).value<RetrieveOutcome>().stored, outcome.stored);
        QTRY_VERIFY(first.isNull()); // gone once it has said how it ended

        ImagingStudyRecord nowhere = study;
        nowhere.endpoint.reset();
        QCOMPARE(imaging.retrieve(server, nowhere, who), nullptr);
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestPatientPrefetchSandbox)
#include "TestPatientPrefetchSandbox.moc"
