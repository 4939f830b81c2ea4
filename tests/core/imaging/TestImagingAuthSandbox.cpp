#include "cache/ImageCache.h"
#include "fhir/FhirClient.h"
#include "fhir/PatientSummary.h"
#include "imaging/DicomWebCredentials.h"
#include "imaging/ImagingService.h"
#include "servers/SecretStore.h"
#include "servers/ServerStore.h"
#include "smart/SessionManager.h"
#include "support/SandboxFixture.h"
#include "support/ScriptedBrowser.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// Imaging with authorization on both sides: the FHIR server wants a SMART token (searches fail
// before login and work after it), and Orthanc wants Basic credentials, which come from a PACS
// server profile with its password in the (real) keychain; without that profile retrieval is a
// clear authorization error.
class TestImagingAuthSandbox : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

    Result<PatientStudies> find(ImagingService& imaging, const ServerProfile& server) {
        std::optional<Result<PatientStudies>> found;
        imaging.findStudies(server, QStringLiteral("pat-garcia"), this,
                            [&](const Result<PatientStudies>& r) { found = r; });
        (void)QTest::qWaitFor([&] { return found.has_value(); }, 20000);
        return found.value_or(
            Result<PatientStudies>(Error::make(Error::Kind::Timeout, QStringLiteral("no answer"))));
    }

    RetrieveOutcome retrieve(ImagingService& imaging, const ServerProfile& server,
                             const PatientStudies& patient, const QString& description) {
        QSignalSpy finished(&imaging, &ImagingService::finished);
        for (const ImagingStudyRecord& s : patient.studies) {
            if (s.description == description)
                imaging.retrieve(server, s, patient.identity);
        }
        (void)finished.wait(60000);
        return finished.isEmpty() ? RetrieveOutcome{}
                                  : finished.first().at(1).value<RetrieveOutcome>();
    }

private slots:
    void initTestCase() {
        const QString error =
            m_sandbox.start({QStringLiteral("--auth"), QStringLiteral("--orthanc-auth"),
                             QStringLiteral("sightline:s3cret-pass")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void tokenForFhirBasicForThePacs() {
        ServerStore servers(m_dir.filePath(QStringLiteral("servers.ini")));
        ServerProfile fhir;
        fhir.name = QStringLiteral("Sandbox (SMART)");
        fhir.fhirBase = m_sandbox.fhirBase();
        fhir.authKind = ServerProfile::AuthKind::SmartPublic;
        fhir.clientId = QStringLiteral("sightline-desktop");
        fhir = servers.save(fhir);
        ServerProfile pacs;
        pacs.name = QStringLiteral("Sandbox Orthanc");
        pacs.fhirBase = m_sandbox.dicomWeb();
        pacs.authKind = ServerProfile::AuthKind::Basic;
        pacs.userName = QStringLiteral("sightline");
        pacs = servers.save(pacs);
        SecretStore secrets(QStringLiteral("SightlineTest"));
        std::optional<Status> stored;
        secrets.write(pacs.secretKey(), "s3cret-pass", this, [&](const Status& s) { stored = s; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
        QVERIFY2(stored->ok(), qPrintable(stored->error().toString()));

        test::ScriptedBrowser browser;
        SessionManager sessions(&m_network, nullptr, browser.opener());
        FhirClientFactory clients(&m_network, nullptr,
                                  [&sessions](FhirClient* c) { sessions.attach(c); });
        ImagingService imaging(clients, CacheConnections(m_dir.filePath(QStringLiteral("cache"))));
        DicomWebCredentials credentials(&servers, &secrets);
        imaging.setCredentials(&credentials);
        QCOMPARE(
            credentials
                .profileFor(QUrl(m_sandbox.dicomWeb().toString() + QStringLiteral("/studies/1.2")))
                ->id,
            pacs.id);

        // Not logged in: the FHIR server refuses.
        const auto refused = find(imaging, fhir);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, 401);

        sessions.login(fhir);
        QTRY_VERIFY_WITH_TIMEOUT(sessions.state(fhir.id) == SessionManager::State::LoggedIn, 30000);
        const auto found = find(imaging, fhir);
        QVERIFY2(found.ok(), qPrintable(found.error().toString()));
        QCOMPARE(found->studies.size(), 3);

        const RetrieveOutcome withBasic =
            retrieve(imaging, fhir, found.value(), QStringLiteral("US ABDOMEN"));
        QVERIFY2(withBasic.complete(), withBasic.errors.isEmpty()
                                           ? "incomplete"
                                           : qPrintable(withBasic.errors.first().toString()));
        QCOMPARE(withBasic.stored, 3);

        // Without the PACS profile there are no credentials for Orthanc.
        servers.remove(pacs.id);
        const RetrieveOutcome without =
            retrieve(imaging, fhir, found.value(), QStringLiteral("MR BRAIN WITHOUT CONTRAST"));
        QVERIFY(!without.complete());
        QVERIFY(!without.errors.isEmpty());
        QCOMPARE(without.errors.first().kind, Error::Kind::Authorization);
        QCOMPARE(without.errors.first().httpStatus, 401);
    }

    // A PACS without FHIR: patients and studies come from QIDO-RS with the profile's Basic
    // credentials, and a study is retrieved like one found through FHIR.
    void pacsWithoutFhir() {
        ServerStore servers(m_dir.filePath(QStringLiteral("pacs-servers.ini")));
        ServerProfile pacs;
        pacs.name = QStringLiteral("Sandbox Orthanc (no FHIR)");
        pacs.kind = ServerProfile::Kind::DicomWeb;
        pacs.fhirBase = m_sandbox.dicomWeb();
        pacs.authKind = ServerProfile::AuthKind::Basic;
        pacs.userName = QStringLiteral("sightline");
        pacs = servers.save(pacs);
        QVERIFY(servers.fhirProfiles().isEmpty());
        SecretStore secrets(QStringLiteral("SightlineTest"));
        FhirClientFactory clients(&m_network, nullptr);
        ImagingService imaging(clients,
                               CacheConnections(m_dir.filePath(QStringLiteral("pacs-cache"))));
        DicomWebCredentials credentials(&servers, &secrets);
        imaging.setCredentials(&credentials);

        auto patients = [&](const QString& text) {
            std::optional<Result<QList<QJsonObject>>> found;
            imaging.findPatients(pacs, text, this, [&](const Result<PatientSearch::Found>& r) {
                found = r ? Result<QList<QJsonObject>>(r->patients)
                          : Result<QList<QJsonObject>>(r.error());
            });
            (void)QTest::qWaitFor([&] { return found.has_value(); }, 20000);
            return found.value_or(Result<QList<QJsonObject>>(
                Error::make(Error::Kind::Timeout, QStringLiteral("no answer"))));
        };
        // No password in the keychain yet: Orthanc refuses, and the user is told so.
        secrets.remove(pacs.secretKey(), this, [](const Status&) {});
        QTest::qWait(200);
        const auto refused = patients(QStringLiteral("SL-1002"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, 401);

        std::optional<Status> stored;
        secrets.write(pacs.secretKey(), "s3cret-pass", this, [&](const Status& s) { stored = s; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
        QVERIFY(stored->ok());
        for (const QString& text : {QStringLiteral("SL-1002"), QStringLiteral("garcía"),
                                    QStringLiteral("María García"), QStringLiteral("1971-11-02")}) {
            const auto found = patients(text);
            QVERIFY2(found.ok(), qPrintable(text + QStringLiteral(": ") +
                                            (found ? QString() : found.error().toString())));
            QCOMPARE(found->size(), 1);
            const PatientSummary p = PatientSummary::fromJson(found->first());
            QCOMPARE(p.id, QStringLiteral("SL-1002"));
            QCOMPARE(p.name, QStringLiteral("María José García"));
            QCOMPARE(p.birthDate, QDate(1971, 11, 2));
        }
        QVERIFY(patients(QStringLiteral("Nobody")).value().isEmpty());

        std::optional<Result<PatientStudies>> studies;
        imaging.findStudies(pacs, QStringLiteral("SL-1002"), this,
                            [&](const Result<PatientStudies>& r) { studies = r; });
        QTRY_VERIFY_WITH_TIMEOUT(studies.has_value(), 20000);
        QVERIFY2(studies->ok(), qPrintable(studies->error().toString()));
        QCOMPARE((*studies)->studies.size(), 3);
        QVERIFY((*studies)->identity.patientReference.isEmpty());
        for (const ImagingStudyRecord& s : (*studies)->studies) {
            QVERIFY(s.retrievable());
            QVERIFY(s.numberOfInstances > 0);
            QCOMPARE(s.series.size(), s.numberOfSeries);
            QVERIFY(!s.series.first().modality.isEmpty());
            QCOMPARE(s.endpoint->serviceBase, m_sandbox.dicomWeb());
        }
        const RetrieveOutcome outcome =
            retrieve(imaging, pacs, studies->value(), QStringLiteral("US ABDOMEN"));
        QVERIFY2(outcome.complete(), outcome.errors.isEmpty()
                                         ? "incomplete"
                                         : qPrintable(outcome.errors.first().toString()));
        QCOMPARE(outcome.stored, 3);
        QVERIFY(!outcome.mismatch.isMismatch());

        // One study by its UID (what prefetch jobs and `sightline retrieve` ask).
        std::optional<Result<PatientStudies>> one;
        const QString uid = (*studies)->studies.first().studyUid;
        imaging.findStudy(pacs, uid, this, [&](const Result<PatientStudies>& r) { one = r; });
        QTRY_VERIFY_WITH_TIMEOUT(one.has_value(), 20000);
        QVERIFY(one->ok());
        QCOMPARE((*one)->studies.size(), 1);
        QCOMPARE((*one)->studies.first().studyUid, uid);
        QCOMPARE(PatientSummary::fromJson((*one)->patient).id, QStringLiteral("SL-1002"));
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestImagingAuthSandbox)
#include "TestImagingAuthSandbox.moc"
