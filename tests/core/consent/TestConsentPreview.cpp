#include "ConsentFixtures.h"
#include "consent/ConsentParser.h"
#include "consent/ConsentPreview.h"
#include "consent/DecisionExplainer.h"
#include "fhir/FhirDate.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sightline;

namespace {

const char* const actCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

QJsonObject label(const QString& code) {
    return {{"system", code.size() == 1 ? "http://terminology.hl7.org/CodeSystem/v3-Confidentiality"
                                        : actCode},
            {"code", code}};
}

QJsonObject inlineLabel(const QString& code) {
    return {{"url", ConsentPreview::inlineLabelExtension}, {"valueCoding", label(code)}};
}

QJsonObject resource(const QString& type, const QString& id, const QStringList& labels = {}) {
    QJsonArray security;
    for (const QString& l : labels)
        security.append(label(l));
    QJsonObject r{
        {"resourceType", type}, {"id", id}, {"subject", QJsonObject{{"reference", "Patient/p1"}}}};
    if (!security.isEmpty())
        r.insert("meta", QJsonObject{{"security", security}});
    return r;
}

// Permit everything except PSY- and HIV-labelled data, for research.
ConsentEngine engine() {
    return ConsentEngine(
        {ConsentParser::parse(test::consentFixtures().value("no-psy-hiv")).value()});
}

AccessRequest question() {
    AccessRequest q;
    q.actorReference = "Organization/research-institute";
    q.setPurposes({Coding{{}, "HRESCH", {}}});
    q.actions = {Coding{{}, "access", {}}};
    q.atMs = FhirDate::parse(u"2026-06-15")->firstMs;
    return q;
}

const PreviewRow& row(const ConsentPreviewResult& result, const QString& reference) {
    for (const PreviewRow& r : result.rows) {
        if (r.reference == reference)
            return r;
    }
    qFatal("no row %s", qPrintable(reference));
}

} // namespace

// The data-filtering preview: withhold, redact, mask, bundle — and its scale.
class TestConsentPreview : public QObject {
    Q_OBJECT

private slots:
    void withholdsRedactsAndMasks() {
        QJsonObject phq = resource("Observation", "phq9", {"R", "PSY"});
        phq.insert("code", QJsonObject{{"text", "PHQ-9 total score"}});
        QJsonObject hb = resource("Observation", "hb", {"N"});
        hb.insert("note", QJsonArray{QJsonObject{{"text", "routine"}},
                                     QJsonObject{{"text", "mentions depression"},
                                                 {"extension", QJsonArray{inlineLabel("PSY")}}}});
        QJsonObject report = resource("DiagnosticReport", "panel", {"N"});
        report.insert("result", QJsonArray{QJsonObject{{"reference", "Observation/hb"}},
                                           QJsonObject{{"reference", "Observation/phq9"},
                                                       {"display", "PHQ-9 score 14"}}});
        report.insert("conclusion", "HIV test negative");
        report.insert("_conclusion", QJsonObject{{"extension", QJsonArray{inlineLabel("HIV")}}});

        const ConsentEngine e = engine();
        const ConsentPreview preview(e, question());
        const ConsentPreviewResult result = preview.run({phq, hb, report});
        QCOMPARE(result.rows.size(), 3);
        QCOMPARE(result.withheld, 1);
        QCOMPARE(result.redacted, 2);
        QCOMPARE(result.shared, 0);

        const PreviewRow& withheld = row(result, "Observation/phq9");
        QCOMPARE(withheld.outcome, PreviewRow::Outcome::Withheld);
        QCOMPARE(withheld.description, QString("PHQ-9 total score"));
        QVERIFY(withheld.filtered.isEmpty());
        QVERIFY(DecisionExplainer(e).summary(withheld.decision).contains("Provision 1.1: deny"));

        const PreviewRow& redactedNote = row(result, "Observation/hb");
        QCOMPARE(redactedNote.outcome, PreviewRow::Outcome::Redacted);
        QCOMPARE(redactedNote.redactions.size(), 1);
        QCOMPARE(redactedNote.redactions.first().path, QString("note[1]"));
        QCOMPARE(redactedNote.filtered.value("note").toArray().size(), 1);
        QCOMPARE(redactedNote.filtered["note"][0]["text"].toString(), QString("routine"));

        const PreviewRow& masked = row(result, "DiagnosticReport/panel");
        QCOMPARE(masked.outcome, PreviewRow::Outcome::Redacted);
        QCOMPARE(masked.redactions.first().path, QString("conclusion"));
        QVERIFY(!masked.filtered.contains("conclusion"));
        QVERIFY(!masked.filtered.contains("_conclusion"));
        QCOMPARE(masked.maskedReferences, QStringList{"Observation/phq9"});
        const QJsonArray results = masked.filtered.value("result").toArray();
        QCOMPARE(results.at(0)["reference"].toString(), QString("Observation/hb"));
        const QByteArray maskedJson = QJsonDocument(results.at(1).toObject()).toJson();
        QVERIFY2(!maskedJson.contains("phq9") && !maskedJson.contains("PHQ-9"), maskedJson);
        QVERIFY(maskedJson.contains("masked"));

        // The bundle: only what is shared, labelled with its highest confidentiality and REDACTED.
        QCOMPARE(result.bundle["total"].toInt(), 2);
        const QByteArray bundle = QJsonDocument(result.bundle).toJson();
        QVERIFY(!bundle.contains("phq9"));
        QVERIFY(!bundle.contains("depression"));
        QVERIFY(!bundle.contains("HIV test"));
        QCOMPARE(result.bundle["meta"]["security"][0]["code"].toString(), QString("N"));
        QCOMPARE(result.bundle["meta"]["security"][1]["code"].toString(), QString("REDACTED"));
    }

    void relatedDataUsesReferencesBetweenResources() {
        // Deny DiagnosticReport/panel and what it refers to (meaning "related").
        const ConsentEngine e(
            {ConsentParser::parse(test::consentFixtures().value("data")).value()});
        AccessRequest q = question();
        q.patient = "Patient/p1";
        QJsonObject report = resource("DiagnosticReport", "panel");
        report.insert("result", QJsonArray{QJsonObject{{"reference", "Observation/a"}}});
        QJsonObject a = resource("Observation", "a");
        a.insert("derivedFrom", QJsonArray{QJsonObject{{"reference", "Observation/b"}}});
        QJsonObject b = resource("Observation", "b");
        b.insert("derivedFrom", QJsonArray{QJsonObject{{"reference", "Observation/a"}}}); // a cycle
        const ConsentPreviewResult result = ConsentPreview(e, q).run({report, a, b});
        QCOMPARE(row(result, "DiagnosticReport/panel").outcome, PreviewRow::Outcome::Withheld);
        QCOMPARE(row(result, "Observation/a").outcome, PreviewRow::Outcome::Withheld);
        QCOMPARE(row(result, "Observation/b").outcome, PreviewRow::Outcome::Shared);
        QCOMPARE(row(result, "Observation/b").maskedReferences, QStringList{"Observation/a"});
    }

    void undecidedIsNotShared() {
        ConsentPolicy policy;
        policy.whenNoConsentApplies = ConsentEffect::NoDecision;
        const ConsentEngine e({}, policy);
        const ConsentPreviewResult result =
            ConsentPreview(e, question()).run({resource("Observation", "x")});
        QCOMPARE(result.undecided, 1);
        QCOMPARE(result.bundle["total"].toInt(), 0);
    }

    void thousandsOfResources() {
        QList<QJsonObject> resources;
        for (int i = 0; i < 5000; ++i) {
            QJsonObject r = resource("Observation", QString("o%1").arg(i),
                                     {i % 7 ? "N" : "R", i % 5 ? "" : "PSY"});
            r.insert("hasMember",
                     QJsonArray{QJsonObject{
                         {"reference", QString("Observation/o%1").arg((i + 1) % 5000)}}});
            resources << r;
        }
        const ConsentEngine e = engine();
        QElapsedTimer timer;
        timer.start();
        const ConsentPreviewResult result = ConsentPreview(e, question()).run(resources);
        qInfo("5000 resources previewed in %lld ms", timer.elapsed());
        QCOMPARE(result.rows.size(), 5000);
        QCOMPARE(result.withheld, 1000);
        QCOMPARE(result.shared,
                 4000); // those pointing at a PSY one are shared with the link masked
        int masked = 0;
        for (const PreviewRow& r : result.rows)
            masked += r.maskedReferences.size();
        QCOMPARE(masked, 1000);
        QCOMPARE(result.bundle["total"].toInt(), 4000);
    }
};

QTEST_GUILESS_MAIN(TestConsentPreview)
#include "TestConsentPreview.moc"
