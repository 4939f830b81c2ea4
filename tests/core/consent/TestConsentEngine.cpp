#include "ConsentFixtures.h"
#include "consent/ConsentEngine.h"
#include "consent/ConsentParser.h"
#include "consent/DecisionExplainer.h"
#include "consent/PurposeOfUse.h"
#include "consent/SecurityLabels.h"
#include "fhir/FhirDate.h"

#include <QJsonObject>
#include <QTest>

using namespace sightline;

namespace {

// A request written as "key=value;key=value" so each test row reads like a sentence.
// Keys: type ref purpose actor role action code labels date at clearance refs refby authors
// patient. Lists are comma-separated; codes may carry a system as "system|code".
Coding coding(const QString& text) {
    const qsizetype bar = text.lastIndexOf('|');
    return bar < 0 ? Coding{{}, text, {}} : Coding{text.left(bar), text.mid(bar + 1), {}};
}

QList<Coding> codings(const QString& list) {
    QList<Coding> result;
    for (const QString& item : list.split(',', Qt::SkipEmptyParts))
        result << coding(item.trimmed());
    return result;
}

qint64 ms(const QString& date) {
    return FhirDate::parse(date)->firstMs;
}

AccessRequest request(const QString& spec) {
    AccessRequest r;
    r.atMs = ms("2026-06-15");
    r.patient = "Patient/p1";
    r.actorReference = "Organization/research-institute";
    r.actions = codings("access");
    r.setPurposes(codings("HRESCH"));
    for (const QString& pair : spec.split(';', Qt::SkipEmptyParts)) {
        const QString key = pair.section('=', 0, 0).trimmed();
        const QString value = pair.section('=', 1).trimmed();
        if (key == "type")
            r.resourceType = value;
        else if (key == "ref")
            r.resourceReference = value;
        else if (key == "purpose")
            r.setPurposes(codings(value));
        else if (key == "actor")
            r.actorReference = value;
        else if (key == "role")
            r.actorRoles = codings(value);
        else if (key == "action")
            r.actions = codings(value);
        else if (key == "code")
            r.codes = codings(value);
        else if (key == "labels")
            r.securityLabels = codings(value);
        else if (key == "date")
            r.resourceDateMs = ms(value);
        else if (key == "at")
            r.atMs = ms(value);
        else if (key == "clearance")
            r.clearance = SecurityLabels::confidentialityRank(value);
        else if (key == "refs")
            r.references = value.split(',', Qt::SkipEmptyParts);
        else if (key == "refby")
            r.referencedBy = value.split(',', Qt::SkipEmptyParts);
        else if (key == "authors")
            r.authors = value.split(',', Qt::SkipEmptyParts);
        else if (key == "patient")
            r.patient = value;
        else
            qFatal("unknown request key %s", qPrintable(key));
    }
    return r;
}

ConsentEngine engine(const QString& names, const QString& policy) {
    std::vector<Consent> consents;
    for (const QString& name : names.split(',', Qt::SkipEmptyParts)) {
        Result<Consent> c = ConsentParser::parse(test::consentFixtures().value(name));
        if (!c)
            qFatal("fixture %s: %s", qPrintable(name), qPrintable(c.error().message));
        consents.push_back(c.value());
    }
    ConsentPolicy p;
    if (policy.contains("latest"))
        p.combining = ConsentPolicy::Combining::LatestWins;
    if (policy.contains("default-permit"))
        p.whenNoConsentApplies = ConsentEffect::Permit;
    if (policy.contains("default-none"))
        p.whenNoConsentApplies = ConsentEffect::NoDecision;
    return ConsentEngine(std::move(consents), p);
}

} // namespace

// The consent decision engine: each rule, nesting, combination and the explained trace.
class TestConsentEngine : public QObject {
    Q_OBJECT

private slots:
    void decide_data() {
        QTest::addColumn<QString>("consents");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("effect");
        QTest::addColumn<QString>("path");    // deciding provision path, "" when none decided
        QTest::addColumn<QString>("because"); // a sentence fragment the explanation must hold

        // The literature example: research organisation, HRESCH, nested denials.
        QTest::newRow("research observation") << "research"
                                              << ""
                                              << "type=Observation"
                                              << "permit"
                                              << "Consent/research › 1"
                                              << "purpose HRESCH matches";
        QTest::newRow("research condition") << "research"
                                            << ""
                                            << "type=Condition"
                                            << "permit"
                                            << "Consent/research › 1"
                                            << "class Observation, Condition, MedicationRequest, "
                                               "DiagnosticReport matches Condition";
        QTest::newRow("PSY medication denied") << "research"
                                               << ""
                                               << "type=MedicationRequest;labels=R,PSY"
                                               << "deny"
                                               << "Consent/research › 1 › 1.1"
                                               << "labels PSY match the data's R, PSY";
        QTest::newRow("unlabelled medication permitted") << "research"
                                                         << ""
                                                         << "type=MedicationRequest"
                                                         << "permit"
                                                         << "Consent/research › 1"
                                                         << "Provision 1.1: deny does not apply";
        QTest::newRow("HIV report denied") << "research"
                                           << ""
                                           << "type=DiagnosticReport;labels=V,HIV"
                                           << "deny"
                                           << "Consent/research › 1 › 1.2"
                                           << "labels HIV match";
        QTest::newRow("HIV report, clinical trial viral load")
            << "research"
            << ""
            << "type=DiagnosticReport;labels=HIV;purpose=CLINTRCH;code=http://loinc.org|25836-8"
            << "permit"
            << "Consent/research › 1 › 1.2 › 1.2.1"
            << "purpose HRESCH covers CLINTRCH (CLINTRCH → HRESCH)";
        QTest::newRow("HIV report, research other code")
            << "research"
            << ""
            << "type=DiagnosticReport;labels=HIV;purpose=CLINTRCH;code=http://loinc.org|1234-5"
            << "deny"
            << "Consent/research › 1 › 1.2"
            << "code 25836-8 is not among the data's codes 1234-5";
        QTest::newRow("treatment purpose not covered") << "research"
                                                       << ""
                                                       << "type=Observation;purpose=TREAT"
                                                       << "deny"
                                                       << ""
                                                       << "purpose HRESCH does not cover TREAT";
        QTest::newRow("other organisation") << "research"
                                            << ""
                                            << "type=Observation;actor=Organization/pharma"
                                            << "deny"
                                            << ""
                                            << "does not match the request's Organization/pharma";
        QTest::newRow("actor with matching role")
            << "research"
            << ""
            << "type=Observation;role=IRCP"
            << "permit"
            << "Consent/research › 1"
            << "matches the request's Organization/research-institute (IRCP)";
        QTest::newRow("actor with other role")
            << "research"
            << ""
            << "type=Observation;role=PRCP"
            << "deny"
            << ""
            << "does not match the request's Organization/research-institute (PRCP)";
        QTest::newRow("after the consent period")
            << "research"
            << ""
            << "type=Observation;at=2028-01-01"
            << "deny"
            << ""
            << "period 2026-01-01 – 2027-12-31 does not cover 2028-01-01";
        QTest::newRow("last day of the period") << "research"
                                                << ""
                                                << "type=Observation;at=2027-12-31T23:59:00Z"
                                                << "permit"
                                                << "Consent/research › 1"
                                                << "covers";
        QTest::newRow("other patient's consent") << "research"
                                                 << ""
                                                 << "type=Observation;patient=Patient/p2"
                                                 << "deny"
                                                 << ""
                                                 << "is about Patient/p1, not Patient/p2";
        QTest::newRow("class not covered") << "research"
                                           << ""
                                           << "type=Procedure"
                                           << "deny"
                                           << ""
                                           << "does not match Procedure";
        QTest::newRow("other action") << "research"
                                      << ""
                                      << "type=Observation;action=disclose"
                                      << "deny"
                                      << ""
                                      << "action access does not match disclose";
        QTest::newRow("default permit") << "research"
                                        << "default-permit"
                                        << "type=Procedure"
                                        << "permit"
                                        << ""
                                        << "the configured default is permit";
        QTest::newRow("default no decision") << "research"
                                             << "default-none"
                                             << "type=Procedure"
                                             << "no-decision"
                                             << ""
                                             << "the configured default is no decision";

        // Clearance against confidentiality (U < L < M < N < R < V).
        QTest::newRow("above clearance") << "research"
                                         << ""
                                         << "type=Observation;labels=R;clearance=N"
                                         << "deny"
                                         << ""
                                         << "above the user's clearance N";
        QTest::newRow("within clearance") << "research"
                                          << ""
                                          << "type=Observation;labels=R;clearance=V"
                                          << "permit"
                                          << "Consent/research › 1"
                                          << "within the user's clearance V";
        QTest::newRow("unlabelled counts as normal") << "research"
                                                     << ""
                                                     << "type=Observation;clearance=N"
                                                     << "permit"
                                                     << "Consent/research › 1"
                                                     << "the data is N, within";
        QTest::newRow("unlabelled above low clearance") << "research"
                                                        << ""
                                                        << "type=Observation;clearance=L"
                                                        << "deny"
                                                        << ""
                                                        << "above the user's clearance L";

        QTest::newRow("inactive consent") << "inactive"
                                          << ""
                                          << "type=Observation"
                                          << "deny"
                                          << ""
                                          << "is inactive, not active";
        // Labels: a deny with a confidentiality level covers that level and above.
        QTest::newRow("deny V covers V") << "labels"
                                         << ""
                                         << "type=Observation;labels=V"
                                         << "deny"
                                         << "Consent/labels › 1 › 1.1"
                                         << "labels V or higher match";
        QTest::newRow("deny V leaves R") << "labels"
                                         << ""
                                         << "type=Observation;labels=R"
                                         << "permit"
                                         << "Consent/labels › 1"
                                         << "labels V or higher do not match";
        QTest::newRow("label without system")
            << "labels"
            << ""
            << "type=Observation;labels=http://terminology.hl7.org/CodeSystem/v3-ActCode|ETH"
            << "deny"
            << "Consent/labels › 1 › 1.2"
            << "labels ETH match";
        QTest::newRow("permit R covers N") << "permit-up-to-r"
                                           << ""
                                           << "type=Observation;labels=N"
                                           << "permit"
                                           << "Consent/permit-up-to-r › 1 › 1.1"
                                           << "labels R or lower match";
        QTest::newRow("permit R leaves V") << "permit-up-to-r"
                                           << ""
                                           << "type=Observation;labels=V"
                                           << "deny"
                                           << "Consent/permit-up-to-r › 1"
                                           << "labels R or lower do not match";

        // Data references and their meanings.
        QTest::newRow("data instance") << "data"
                                       << ""
                                       << "type=Observation;ref=Observation/secret"
                                       << "deny"
                                       << "Consent/data › 1 › 1.1"
                                       << "covers Observation/secret";
        QTest::newRow("data instance, other resource") << "data"
                                                       << ""
                                                       << "type=Observation;ref=Observation/other"
                                                       << "permit"
                                                       << "Consent/data › 1"
                                                       << "does not cover Observation/other";
        QTest::newRow("data dependents")
            << "data"
            << ""
            << "type=Observation;ref=Observation/o;refs=Encounter/psych-visit"
            << "deny"
            << "Consent/data › 1 › 1.2"
            << "Encounter/psych-visit (dependents) covers";
        QTest::newRow("data related")
            << "data"
            << ""
            << "type=Observation;ref=Observation/o;refby=DiagnosticReport/panel"
            << "deny"
            << "Consent/data › 1 › 1.3"
            << "DiagnosticReport/panel (related) covers";
        QTest::newRow("data authoredby")
            << "data"
            << ""
            << "type=Observation;ref=Observation/o;authors=Practitioner/dr-x"
            << "deny"
            << "Consent/data › 1 › 1.4"
            << "(authoredby) covers";

        // Data period and class, R4.
        QTest::newRow("recent imaging permitted")
            << "imaging-r4"
            << ""
            << "type=ImagingStudy;purpose=TREAT;date=2025-06-01"
            << "permit"
            << "Consent/imaging-r4 › 1 › 1.1"
            << "data dated 2025-06-01T00:00:00Z lies in 2025-01-01";
        QTest::newRow("old imaging denied") << "imaging-r4"
                                            << ""
                                            << "type=ImagingStudy;purpose=TREAT;date=2024-12-31"
                                            << "deny"
                                            << "Consent/imaging-r4 › 1"
                                            << "lies outside 2025-01-01";
        QTest::newRow("undated imaging denied") << "imaging-r4"
                                                << ""
                                                << "type=ImagingStudy;purpose=TREAT"
                                                << "deny"
                                                << "Consent/imaging-r4 › 1"
                                                << "but the data has no date";
        QTest::newRow("emergency is treatment")
            << "imaging-r4"
            << ""
            << "type=ImagingStudy;purpose=ETREAT;date=2025-06-01"
            << "permit"
            << "Consent/imaging-r4 › 1 › 1.1"
            << "purpose TREAT covers ETREAT";

        // R5 shape: decision deny; provisions alternate as exceptions.
        QTest::newRow("R5 exception permits imaging") << "imaging-r5"
                                                      << ""
                                                      << "type=ImagingStudy;purpose=TREAT"
                                                      << "permit"
                                                      << "Consent/imaging-r5 › decision › 1"
                                                      << "Provision 1: permit applies";
        QTest::newRow("R5 nested exception denies PSY")
            << "imaging-r5"
            << ""
            << "type=ImagingStudy;purpose=TREAT;labels=PSY"
            << "deny"
            << "Consent/imaging-r5 › decision › 1 › 1.1"
            << "Provision 1.1: deny applies";
        QTest::newRow("R5 base decision") << "imaging-r5"
                                          << ""
                                          << "type=Observation;purpose=TREAT"
                                          << "deny"
                                          << "Consent/imaging-r5 › decision"
                                          << "Consent decision: deny applies";
        QTest::newRow("R5 consent period over") << "imaging-r5"
                                                << ""
                                                << "type=ImagingStudy;purpose=TREAT;at=2027-01-01"
                                                << "deny"
                                                << ""
                                                << "does not cover 2027-01-01";

        // Siblings, neutral roots, roles.
        QTest::newRow("applying siblings: deny wins")
            << "siblings"
            << ""
            << "type=Observation;purpose=TREAT;code=http://loinc.org|44261-6"
            << "deny"
            << "Consent/siblings › 1 › 1.2"
            << "code 44261-6 matches";
        QTest::newRow("neutral root, exception decides") << "neutral-root"
                                                         << "default-none"
                                                         << "type=Observation;purpose=TREAT"
                                                         << "permit"
                                                         << "Consent/neutral-root › 1 › 1.1"
                                                         << "applies";
        QTest::newRow("neutral root decides nothing") << "neutral-root"
                                                      << "default-none"
                                                      << "type=Observation;purpose=HPAYMT"
                                                      << "no-decision"
                                                      << ""
                                                      << "the configured default is no decision";
        QTest::newRow("role-only actor") << "role-only"
                                         << "default-none"
                                         << "type=Observation;actor=;role=PRN"
                                         << "permit"
                                         << "Consent/role-only › 1"
                                         << "actor (PRN) matches";
        QTest::newRow("role-only actor, reference only") << "role-only"
                                                         << "default-none"
                                                         << "type=Observation"
                                                         << "no-decision"
                                                         << ""
                                                         << "actor (PRN) does not match";

        // Several consents.
        QTest::newRow("deny overrides") << "permit-all-later,deny-all"
                                        << ""
                                        << "type=Observation"
                                        << "deny"
                                        << "Consent/deny-all › 1"
                                        << "Deny overrides: Consent/deny-all";
        QTest::newRow("latest wins") << "deny-all,permit-all-later"
                                     << "latest"
                                     << "type=Observation"
                                     << "permit"
                                     << "Consent/permit-all-later › 1"
                                     << "Latest consent wins: Consent/permit-all-later";
        QTest::newRow("latest wins, same day: deny") << "permit-all-same-day,deny-all"
                                                     << "latest"
                                                     << "type=Observation"
                                                     << "deny"
                                                     << "Consent/deny-all › 1"
                                                     << "Latest consent wins";
        QTest::newRow("inactive does not count") << "inactive,deny-all"
                                                 << ""
                                                 << "type=Observation"
                                                 << "deny"
                                                 << "Consent/deny-all › 1"
                                                 << "Consent/inactive is inactive";
    }

    void decide() {
        QFETCH(QString, consents);
        QFETCH(QString, policy);
        QFETCH(QString, spec);
        QFETCH(QString, effect);
        QFETCH(QString, path);
        QFETCH(QString, because);
        const ConsentEngine e = engine(consents, policy);
        const AccessRequest r = request(spec);
        const ConsentDecision d = e.decide(r);
        const DecisionExplainer explainer(e);
        const QJsonObject json = explainer.toJson(d, r);
        QStringList lines;
        for (const ExplainedStep& step : explainer.explain(d, r))
            lines << step.text;
        const QString trace = lines.join('\n');
        QVERIFY2(json.value("decision").toString() == effect,
                 qPrintable(json.value("decision").toString() + "\n" + trace));
        QCOMPARE(explainer.matchedPath(d), path);
        QVERIFY2(trace.contains(because), qPrintable(trace));
        QVERIFY(!explainer.summary(d).isEmpty());
    }

    // A what-if that leaves the optional data date empty: the imaging-only consent's data
    // period cannot decide, so ImagingStudy is permitted for treatment and the explanation says
    // the date was not given. (It was denied: an empty date failed the period.)
    void openFieldsDoNotDecide() {
        const ConsentEngine e = engine("imaging-r4", "");
        AccessRequest r = request("type=ImagingStudy;purpose=TREAT");
        r.open = AccessRequest::OpenDataDate;
        const ConsentDecision open = e.decide(r);
        QCOMPARE(open.effect, ConsentEffect::Permit);
        bool noted = false;
        for (const ExplainedStep& step : DecisionExplainer(e).explain(open, r)) {
            if (step.text.contains("gives no data date")) {
                noted = true;
                QCOMPARE(step.kind, ExplainedStep::Kind::Note);
            }
        }
        QVERIFY(noted);

        // Given, the date decides as before.
        r.open = AccessRequest::OpenNothing;
        r.resourceDateMs = ms("2024-06-01");
        QCOMPARE(e.decide(r).effect, ConsentEffect::Deny);
        r.resourceDateMs = ms("2025-06-01");
        QCOMPARE(e.decide(r).effect, ConsentEffect::Permit);
        // A resource's own missing date is a fact, not an open question: describe() closes it.
        r.open = AccessRequest::OpenDataDate;
        r.describe(QJsonObject{{"resourceType", "ImagingStudy"}, {"id", "s1"}});
        QVERIFY(!r.isOpen(AccessRequest::OpenDataDate));
        QCOMPARE(e.decide(r).effect, ConsentEffect::Deny);
    }

    void traceMarksAppliedProvisions() {
        const ConsentEngine e = engine("research", {});
        const ConsentDecision d = e.decide(request("type=MedicationRequest;labels=PSY"));
        QVERIFY(d.applied(0, 0));
        QVERIFY(d.applied(0, 1));
        QVERIFY(!d.applied(0, 2));
    }

    void purposeHierarchy() {
        QVERIFY(PurposeOfUse::isA("BTG", "TREAT"));
        QVERIFY(PurposeOfUse::isA("TREAT", "TREAT"));
        QVERIFY(!PurposeOfUse::isA("TREAT", "ETREAT"));
        QVERIFY(!PurposeOfUse::isA("HRESCH", "TREAT"));
        QVERIFY(!PurposeOfUse::isA("MADEUP", "TREAT"));
        QCOMPARE(PurposeOfUse::ancestry("BTG"), QStringList({"BTG", "ETREAT", "TREAT"}));
    }

    void confidentialityOrder() {
        const QStringList order{"U", "L", "M", "N", "R", "V"};
        for (int i = 0; i < order.size(); ++i)
            QCOMPARE(SecurityLabels::confidentialityRank(order.at(i)), i);
        QCOMPARE(SecurityLabels::confidentialityRank("PSY"), -1);
        QCOMPARE(SecurityLabels::effectiveConfidentiality({}), 3);
        QCOMPARE(SecurityLabels::effectiveConfidentiality(codings("R,L,PSY")), 4);
        // A confidentiality code from another system is not a confidentiality label.
        QCOMPARE(SecurityLabels::effectiveConfidentiality(codings("urn:other|V")), 3);
    }

    void fhirDates() {
        QCOMPARE(FhirDate::parse(u"2027")->lastMs, ms("2027-12-31T23:59:59.999Z"));
        QCOMPARE(FhirDate::parse(u"2026-02")->lastMs, ms("2026-02-28T23:59:59.999Z"));
        QCOMPARE(FhirDate::parse(u"2026-03-05T10:00:00+01:00")->firstMs,
                 ms("2026-03-05T09:00:00Z"));
        QVERIFY(!FhirDate::parse(u"2026-13-01"));
        QVERIFY(!FhirDate::parse(u"2026-02-30"));
        QVERIFY(!FhirDate::parse(u"2026-03-05T10:00:00")); // no zone
        QVERIFY(!FhirDate::parse(u"yesterday"));
        QVERIFY(!FhirDate::parse(u""));
    }
};

QTEST_GUILESS_MAIN(TestConsentEngine)
#include "TestConsentEngine.moc"
