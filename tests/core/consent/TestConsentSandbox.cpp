#include "consent/ConsentLoader.h"
#include "consent/ConsentPreview.h"
#include "consent/DecisionExplainer.h"
#include "fhir/FhirClient.h"
#include "fhir/FhirDate.h"
#include "support/SandboxFixture.h"
#include "support/WaitFor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace sightline;

// Consent inspection over the sandbox's real FHIR server: each sample patient's consents and
// data loaded, evaluated and previewed.
class TestConsentSandbox : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<FhirClient> m_client;

    Result<PatientConsentData> loadResult(const QString& patientId, int* progressSteps = nullptr) {
        ConsentLoader loader(m_client.get(), patientId);
        std::optional<Result<PatientConsentData>> result;
        connect(&loader, &ConsentLoader::finished, this,
                [&](const Result<PatientConsentData>& data) { result = data; });
        QSignalSpy progress(&loader, &ConsentLoader::progress);
        loader.start();
        if (!test::waitFor([&] { return result.has_value(); }))
            qFatal("consent load timed out");
        if (progressSteps)
            *progressSteps = int(progress.size());
        return *result;
    }

    PatientConsentData load(const QString& patientId) {
        int steps = 0;
        const Result<PatientConsentData> data = loadResult(patientId, &steps);
        if (!data)
            qFatal("load failed: %s", qPrintable(data.error().toString()));
        if (steps < 3)
            qFatal("no progress reported");
        return data.value();
    }

    static AccessRequest question(const QString& purpose,
                                  const QString& actor = "Organization/radiology") {
        AccessRequest q;
        q.actorReference = actor;
        q.setPurposes({Coding{"http://terminology.hl7.org/CodeSystem/v3-ActReason", purpose, {}}});
        q.actions = {Coding{{}, "access", {}}};
        q.atMs = FhirDate::parse(u"2026-06-15")->firstMs;
        return q;
    }

    static const PreviewRow* row(const ConsentPreviewResult& result, const QString& reference) {
        for (const PreviewRow& r : result.rows) {
            if (r.reference == reference)
                return &r;
        }
        return nullptr;
    }

private slots:
    void initTestCase() {
        const QString error = m_sandbox.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_client = std::make_unique<FhirClient>(&m_network, nullptr, m_sandbox.fhirBase());
    }

    void muellerForResearch() {
        const PatientConsentData data = load("pat-mueller");
        QCOMPARE(data.patientReference, QString("Patient/pat-mueller"));
        QCOMPARE(data.consents.size(), size_t(1));
        QCOMPARE(data.consents.front().reference, QString("Consent/consent-mueller-research"));
        QVERIFY(data.problems.isEmpty());
        QVERIFY(data.resources.size() >= 5);

        const ConsentEngine engine(data.consents);
        ConsentPreview preview(engine, question("HRESCH"));
        const ConsentPreviewResult result = preview.run(data.resources);
        const DecisionExplainer explainer(engine);

        const PreviewRow* phq9 = row(result, "Observation/obs-mueller-phq9");
        QVERIFY(phq9);
        QCOMPARE(phq9->outcome, PreviewRow::Outcome::Withheld);
        QCOMPARE(explainer.matchedPath(phq9->decision),
                 QString("Consent/consent-mueller-research › 1 › 1.1"));

        const PreviewRow* hb = row(result, "Observation/obs-mueller-hb");
        QVERIFY(hb);
        QCOMPARE(hb->outcome, PreviewRow::Outcome::Redacted);
        QCOMPARE(hb->redactions.size(), 1);
        QCOMPARE(hb->redactions.first().path, QString("note[1]"));
        QVERIFY(!QJsonDocument(hb->filtered).toJson().contains("low mood"));

        const PreviewRow* screening = row(result, "DiagnosticReport/report-mueller-screening");
        QVERIFY(screening);
        QCOMPARE(screening->outcome, PreviewRow::Outcome::Shared);
        QCOMPARE(screening->maskedReferences, QStringList{"Observation/obs-mueller-phq9"});
        QVERIFY(!QJsonDocument(screening->filtered).toJson().contains("PHQ-9"));

        QCOMPARE(row(result, "Patient/pat-mueller")->outcome, PreviewRow::Outcome::Shared);
        QVERIFY(!QJsonDocument(result.bundle).toJson().contains("obs-mueller-phq9"));
    }

    void muellerInAnEmergency() {
        // ETREAT is a kind of TREAT: the root permits; the research-only denial does not apply.
        const PatientConsentData data = load("pat-mueller");
        const ConsentEngine engine(data.consents);
        const ConsentPreviewResult result =
            ConsentPreview(engine, question("ETREAT")).run(data.resources);
        QCOMPARE(result.withheld, 0);
        QCOMPARE(result.redacted, 0);
        QCOMPARE(row(result, "Observation/obs-mueller-phq9")->outcome, PreviewRow::Outcome::Shared);
        // Another organisation is not named by the consent: the default (deny) answers.
        const ConsentPreviewResult other =
            ConsentPreview(engine, question("TREAT", "Organization/elsewhere")).run(data.resources);
        QCOMPARE(other.withheld, int(data.resources.size()));
        QVERIFY(other.rows.first().decision.byDefault);
    }

    void garciaImagingOnly() {
        const PatientConsentData data = load("pat-garcia");
        const ConsentEngine engine(data.consents);
        const ConsentPreviewResult result =
            ConsentPreview(engine, question("TREAT")).run(data.resources);
        QCOMPARE(row(result, "Observation/obs-garcia-audit")->outcome,
                 PreviewRow::Outcome::Withheld);
        QCOMPARE(row(result, "MedicationRequest/med-garcia-naltrexone")->outcome,
                 PreviewRow::Outcome::Withheld);
        int studies = 0;
        const qint64 since = FhirDate::parse(u"2025-01-01")->firstMs;
        for (const PreviewRow& r : result.rows) {
            if (r.resourceType != "ImagingStudy")
                continue;
            ++studies;
            const bool recent = r.request.resourceDateMs >= since;
            QCOMPARE(r.outcome,
                     recent ? PreviewRow::Outcome::Shared : PreviewRow::Outcome::Withheld);
        }
        QVERIFY(studies >= 1);
    }

    void oconnorExpiredConsent() {
        const PatientConsentData data = load("pat-oconnor");
        const ConsentEngine engine(data.consents);
        const ConsentPreviewResult result =
            ConsentPreview(engine, question("TREAT")).run(data.resources);
        for (const PreviewRow& r : result.rows) {
            QVERIFY(r.decision.byDefault);
            QCOMPARE(r.outcome, PreviewRow::Outcome::Withheld);
        }
    }

    void nguyenHivDenied() {
        const PatientConsentData data = load("pat-nguyen");
        const ConsentEngine engine(data.consents);
        const ConsentPreviewResult result =
            ConsentPreview(engine, question("TREAT")).run(data.resources);
        QCOMPARE(row(result, "Condition/cond-nguyen-hiv")->outcome, PreviewRow::Outcome::Withheld);
        QCOMPARE(row(result, "MedicationRequest/med-nguyen-art")->outcome,
                 PreviewRow::Outcome::Withheld);
        QCOMPARE(row(result, "DiagnosticReport/report-nguyen-hiv")->outcome,
                 PreviewRow::Outcome::Withheld);
        QCOMPARE(row(result, "Patient/pat-nguyen")->outcome, PreviewRow::Outcome::Shared);
    }

    void unknownPatientFails() {
        const Result<PatientConsentData> data = loadResult("no-such-patient");
        QVERIFY(!data);
        QCOMPARE(data.error().httpStatus, 404);
    }
};

QTEST_GUILESS_MAIN(TestConsentSandbox)
#include "TestConsentSandbox.moc"
