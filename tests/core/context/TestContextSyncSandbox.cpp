#include "audit/AuditTrail.h"
#include "cache/ImageCache.h"
#include "context/ContextSync.h"
#include "fhir/FhirClient.h"
#include "gateway/DicomWebGateway.h"
#include "imaging/ImagingService.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "jobs/PrefetchRunner.h"
#include "servers/ServerStore.h"
#include "smart/SessionManager.h"
#include "support/FakeViewerProfile.h"
#include "support/SandboxFixture.h"
#include "support/ScriptedBrowser.h"
#include "support/WaitFor.h"
#include "viewers/StudyOpener.h"
#include "viewers/ViewerRegistry.h"

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

// Following the EHR through the sandbox's FHIRcast hub, wired as the application wires it: the
// SMART login names the hub and topic; Patient-open switches the patient; ImagingStudy-open
// prefetches the study as a job and (when asked) opens it in a viewer (a fake viewer program)
// once it is cached; a study of another patient is refused; Sightline publishes its own
// ImagingStudy-open; the hub restarting means reconnecting and subscribing again; stop()
// unsubscribes; a denied subscription says why.
class TestContextSyncSandbox : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    QUrl hub() const { return QUrl(m_sandbox.state()["fhircastHub"].toString()); }
    QString topic() const { return m_sandbox.state()["fhircastTopic"].toString(); }
    QUrl hubControl(const QString& path) const {
        QUrl url = hub();
        url.setPath(path);
        return url;
    }

    QJsonObject request(const QString& method, const QUrl& url, const QJsonObject& body = {},
                        int* status = nullptr) {
        QNetworkRequest r(url);
        r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply* reply =
            method == "GET" ? m_network.get(r)
                            : m_network.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
        (void)waitFor([reply] { return reply->isFinished(); }, 20000);
        reply->deleteLater();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    // The EHR publishes an event on the session's topic.
    void ehrPublishes(const QString& name, const QJsonArray& context) {
        int status = 0;
        request("POST", hub(),
                {{"event",
                  QJsonObject{{"hub.topic", topic()}, {"hub.event", name}, {"context", context}}}},
                &status);
        QCOMPARE(status, 202);
    }

    QJsonObject hubState() { return request("GET", hubControl("/sandbox/state")); }

    QJsonObject fhirRead(const QString& path) {
        return request("GET", QUrl(m_sandbox.fhirBase().toString() + "/" + path));
    }

    static QJsonObject entry(const QString& key, const QJsonObject& resource) {
        return {{"key", key}, {"resource", resource}};
    }

private slots:
    void initTestCase() {
        const QString error = m_sandbox.start({"--quiet"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(hub().isValid());
        QCOMPARE(topic(), QString("sandbox-session"));
    }

    void followTheEhr() {
        const QString viewerLog = m_dir.filePath("viewer-argv.jsonl");
        qputenv("SIGHTLINE_FAKE_VIEWER_LOG", viewerLog.toLocal8Bit());
        ServerStore servers(m_dir.filePath("servers.ini"));
        const ServerProfile fhir = servers.save(m_sandbox.smartProfile());

        AuditTrail audit(m_dir.filePath("journal.db"));
        test::ScriptedBrowser browser;
        SessionManager sessions(&m_network, nullptr, browser.opener(), &audit);
        FhirClientFactory clients(&m_network, nullptr,
                                  [&sessions](FhirClient* c) { sessions.attach(c); });
        ImagingService imaging(clients, CacheConnections(m_dir.filePath("cache")), &audit);
        GatewayOptions gatewayOptions;
        gatewayOptions.cache = imaging.cache();
        DicomWebGateway gateway(gatewayOptions);
        QVERIFY(gateway.start().ok());
        QVERIFY(test::writeFakeViewerProfile(m_dir.filePath("viewers.json"), SIGHTLINE_FAKE_VIEWER,
                                             {"{studyUID}", "{patientName}"}));
        ViewerRegistry viewers(m_dir.filePath("viewers.json"));
        StudyOpener opener(&imaging, &gateway, &viewers, &audit);
        auto store = JobStore::open(m_dir.filePath("jobs.db"));
        QVERIFY(store);
        JobManager jobs(store->get(), &m_network, &audit);
        jobs.registerRunner(PrefetchRunner::kind, [&](const JobRecord& job) -> JobRunner* {
            const auto server = servers.profile(PrefetchRunner::serverOf(job));
            return server ? new PrefetchRunner(&imaging, *server) : nullptr;
        });

        ContextSync sync(&m_network, &servers, &sessions, &audit);
        sync.setImaging(&imaging, &jobs, &opener);
        sync.subscriber()->setBackoff(200, 1000);
        sync.setLeaseSeconds(
            4); // renewed every 2 s for the whole test; the hub ends unrenewed ones
        ContextFollower* follower = sync.follower();
        QSignalSpy patients(follower, &ContextFollower::patientRequested);
        QSignalSpy refusals(follower, &ContextFollower::refused);
        QSignalSpy problems(&sync, &ContextSync::problem);

        // The login's token response names the hub: Sightline subscribes with its token.
        sessions.login(fhir);
        QVERIFY(waitFor([&] { return sessions.state(fhir.id) == SessionManager::State::LoggedIn; },
                        30000));
        QVERIFY2(waitFor([&] {
                     return sync.subscriber()->state() == FhircastSubscriber::State::Connected;
                 }),
                 qPrintable(sync.subscriber()->lastError()));
        QCOMPARE(sync.serverId(), fhir.id);
        QCOMPARE(sync.subscriber()->subscription().topic, topic());
        QCOMPARE(sync.subscriber()->grantedLeaseSeconds(), 4);
        const QJsonArray subscriptions = hubState()["subscriptions"].toArray();
        QCOMPARE(subscriptions.size(), 1);
        QCOMPARE(subscriptions[0]["subscriber"].toString(), QString("Sightline"));
        QVERIFY(subscriptions[0]["connected"].toBool());

        // Patient-open: Sightline switches to that patient.
        const QJsonObject garcia = fhirRead("Patient/pat-garcia");
        QCOMPARE(garcia["id"].toString(), QString("pat-garcia"));
        ehrPublishes("Patient-open", {entry("patient", garcia)});
        QVERIFY(waitFor([&] { return patients.size() == 1; }));
        QCOMPARE(patients[0][0].toString(), QString("Patient/pat-garcia"));
        QCOMPARE(follower->currentPatient(), QString("Patient/pat-garcia"));
        QCOMPARE(sync.subscriber()->lastEventName(), QString("Patient-open"));

        // ImagingStudy-open: prefetched as a job, then opened in the viewer.
        follower->setOpenStudies(true);
        QJsonObject study;
        for (const QJsonValue& e : fhirRead("ImagingStudy?patient=pat-garcia")["entry"].toArray()) {
            if (e["resource"]["description"].toString() == "US ABDOMEN")
                study = e["resource"].toObject();
        }
        QVERIFY(!study.isEmpty());
        const QString uid = study["identifier"][0]["value"].toString().mid(8); // urn:oid:
        ehrPublishes("ImagingStudy-open", {entry("patient", garcia), entry("study", study)});
        QVERIFY(waitFor(
            [&] {
                for (const JobRecord& j : jobs.jobs()) {
                    if (j.kind == "prefetch" && j.state == JobRecord::State::Completed)
                        return true;
                }
                return false;
            },
            60000));
        QVERIFY(ImageCache(imaging.cacheRoot()).isStudyComplete(uid));
        QVERIFY2(waitFor([&] { return QFile(viewerLog).size() > 0; }, 20000),
                 problems.isEmpty() ? "no launch" : qPrintable(problems[0][0].toString()));
        QFile argv(viewerLog);
        QVERIFY(argv.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(argv.readLine()).array()[0].toString(), uid);
        argv.close();
        QCOMPARE(follower->currentStudy(), uid);

        // A study of another patient than the event's: refused, nothing switches or opens.
        const QJsonObject mueller = fhirRead("Patient/pat-mueller");
        const qsizetype jobsBefore = jobs.jobs().size();
        ehrPublishes("ImagingStudy-open", {entry("patient", mueller), entry("study", study)});
        QVERIFY(waitFor([&] { return refusals.size() == 1; }));
        QVERIFY(refusals[0][0].toString().contains("Patient/pat-garcia"));
        QCOMPARE(follower->currentPatient(), QString("Patient/pat-garcia"));
        QCOMPARE(jobs.jobs().size(), jobsBefore);

        // Sightline publishes its own ImagingStudy-open to the topic.
        const qsizetype publishedBefore = hubState()["published"].toArray().size();
        sync.publishStudy(true, garcia, study);
        QVERIFY(
            waitFor([&] { return hubState()["published"].toArray().size() > publishedBefore; }));
        const QJsonObject published = hubState()["published"].toArray().last().toObject();
        QCOMPARE(published["event"]["hub.event"].toString(), QString("ImagingStudy-open"));
        QCOMPARE(published["event"]["context"][1]["resource"]["id"].toString(),
                 study["id"].toString());
        // Every event Sightline received was acknowledged.
        QVERIFY(hubState()["acknowledgements"].toArray().size() >= 3);

        // The hub restarts: Sightline reconnects, subscribes again and keeps following.
        request("POST", hubControl("/sandbox/restart"), {{"downMs", 1500}});
        QVERIFY(waitFor(
            [&] { return sync.subscriber()->state() == FhircastSubscriber::State::Retrying; }));
        QVERIFY2(
            waitFor(
                [&] { return sync.subscriber()->state() == FhircastSubscriber::State::Connected; },
                20000),
            qPrintable(sync.subscriber()->lastError()));
        ehrPublishes("Patient-open", {entry("patient", mueller)});
        QVERIFY(waitFor([&] { return follower->currentPatient() == "Patient/pat-mueller"; }));

        // The lease has been renewed several times by now: still the one subscription.
        QTest::qWait(4500);
        QCOMPARE(sync.subscriber()->state(), FhircastSubscriber::State::Connected);
        QCOMPARE(hubState()["subscriptions"].toArray().size(), 1);

        // Stopping unsubscribes, without blocking: the hub's answer arrives as a signal.
        QSignalSpy unsubscribed(sync.subscriber(), &FhircastSubscriber::unsubscribed);
        QVERIFY(sync.stop());
        QCOMPARE(unsubscribed.count(), 0);
        QVERIFY(waitFor([&] { return unsubscribed.count() == 1; }));
        QVERIFY(waitFor([&] { return hubState()["subscriptions"].toArray().isEmpty(); }));
        QVERIFY(!sync.stop()); // nothing left to unsubscribe
        QCOMPARE(sync.subscriber()->state(), FhircastSubscriber::State::Off);

        // A denied subscription ends with the hub's reason, and no retries.
        request("POST", hubControl("/sandbox/deny-next"), {{"reason", "Topic closed by the EHR"}});
        sync.followSession(fhir.id);
        QVERIFY(waitFor(
            [&] { return sync.subscriber()->state() == FhircastSubscriber::State::Denied; }));
        QVERIFY2(sync.subscriber()->lastError().contains("Topic closed by the EHR"),
                 qPrintable(sync.subscriber()->lastError()));
        QTest::qWait(800);
        QCOMPARE(sync.subscriber()->state(), FhircastSubscriber::State::Denied);

        // A hub and topic configured by hand (kept in context-sync.ini) work the same way.
        FhircastSettings manual;
        manual.enabled = true;
        manual.serverId = fhir.id;
        manual.hubUrl = hub();
        manual.topic = "reading-room-3";
        QVERIFY(manual.save(m_dir.filePath("context-sync.ini")));
        const FhircastSettings loaded = FhircastSettings::load(m_dir.filePath("context-sync.ini"));
        QCOMPARE(loaded.topic, QString("reading-room-3"));
        QCOMPARE(loaded.hubUrl, hub());
        sync.followHub(loaded.serverId, loaded.hubUrl, loaded.topic);
        QVERIFY(waitFor(
            [&] { return sync.subscriber()->state() == FhircastSubscriber::State::Connected; }));
        QCOMPARE(hubState()["subscriptions"][0]["topic"].toString(), QString("reading-room-3"));
        sync.stop();

        // Every event is in the audit trail.
        QVERIFY(audit.flush().ok());
        std::optional<QList<AuditRecord>> records;
        audit.records({}, this, [&](QList<AuditRecord> r) { records = r; });
        QVERIFY(waitFor([&] { return records.has_value(); }));
        int received = 0, refusedEvents = 0, publishedEvents = 0;
        for (const AuditRecord& r : *records) {
            if (!r.json.contains("fhircast-event"))
                continue;
            if (r.json.contains("\"received\""))
                ++received;
            if (r.json.contains("refused"))
                ++refusedEvents;
            if (r.json.contains("\"published\""))
                ++publishedEvents;
        }
        QCOMPARE(received, 4);
        QCOMPARE(refusedEvents, 1);
        QCOMPARE(publishedEvents, 1);
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestContextSyncSandbox)
#include "TestContextSyncSandbox.moc"
