#include "cache/ImageCache.h"
#include "fhir/FhirClient.h"
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
        ImagingService imaging(clients, m_dir.filePath(QStringLiteral("cache")));
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

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestImagingAuthSandbox)
#include "TestImagingAuthSandbox.moc"
