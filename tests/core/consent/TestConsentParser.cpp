#include "ConsentFixtures.h"
#include "consent/ConsentEngine.h"
#include "consent/ConsentParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sightline;

namespace {

QJsonObject consent(const QJsonObject& extra) {
    QJsonObject c{{"resourceType", "Consent"},
                  {"id", "c1"},
                  {"status", "active"},
                  {"patient", QJsonObject{{"reference", "Patient/p1"}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        c.insert(it.key(), it.value());
    return c;
}

QJsonObject nested(int depth) {
    QJsonObject p{{"type", "permit"}};
    for (int i = 1; i < depth; ++i)
        p = QJsonObject{{"type", i % 2 ? "deny" : "permit"}, {"provision", QJsonArray{p}}};
    return p;
}

bool warned(const Consent& c, const QString& fragment) {
    for (const QString& w : c.warnings) {
        if (w.contains(fragment))
            return true;
    }
    return false;
}

} // namespace

// Reading Consent resources, R4 and R5, and every kind of bad input the issue names.
class TestConsentParser : public QObject {
    Q_OBJECT

private slots:
    void readsTheListFields() {
        const Result<Consent> c = ConsentParser::parse(test::consentFixtures().value("research"));
        QVERIFY(c);
        QCOMPARE(c->reference, QString("Consent/research"));
        QCOMPARE(c->shape, Consent::Shape::R4);
        QCOMPARE(c->scope, QString("research"));
        QCOMPARE(c->categories, QStringList{"57016-8"});
        QCOMPARE(c->patient, QString("Patient/p1"));
        QCOMPARE(c->policies, QStringList{"OPTIN"});
        QCOMPARE(c->provisions.size(), size_t(4));
        QCOMPARE(c->provisions[3].path, QString("1.2.1"));
        QCOMPARE(c->provisions[3].parent, 2);
        QCOMPARE(c->provisions[3].depth, 2);
        QCOMPARE(c->provisions[0].children, QList<int>({1, 2}));
        QVERIFY(c->warnings.isEmpty());
    }

    void readsTheR5Shape() {
        const Result<Consent> c = ConsentParser::parse(test::consentFixtures().value("imaging-r5"));
        QVERIFY(c);
        QCOMPARE(c->shape, Consent::Shape::R5);
        QCOMPARE(c->patient, QString("Patient/p1"));
        QCOMPARE(c->dateText, QString("2026-02-01"));
        QVERIFY(c->period.isSet());
        QCOMPARE(c->provisions[0].path, QString("decision"));
        QCOMPARE(c->provisions[0].type, Provision::Type::Deny);
        QCOMPARE(c->provisions[1].type, Provision::Type::Permit); // exception to deny
        QCOMPARE(c->provisions[2].type, Provision::Type::Deny);   // exception to the exception
        QVERIFY(c->provisions[2].typeInferred);
    }

    void consentWithoutProvision() {
        Result<Consent> none = ConsentParser::parse(consent({}));
        QVERIFY(none);
        QVERIFY(none->provisions.empty());
        QVERIFY(warned(none.value(), "decides nothing"));
        const ConsentEngine engine({none.value()});
        AccessRequest r;
        r.resourceType = "Observation";
        const ConsentDecision d = engine.decide(r);
        QVERIFY(d.byDefault);

        Result<Consent> optIn = ConsentParser::parse(consent(
            {{"policyRule", QJsonObject{{"coding", QJsonArray{QJsonObject{{"code", "OPTIN"}}}}}}}));
        QVERIFY(optIn);
        QCOMPARE(optIn->provisions.size(), size_t(1));
        QCOMPARE(optIn->provisions[0].type, Provision::Type::Permit);
        QVERIFY(warned(optIn.value(), "its policy (OPTIN) applies to everything"));
    }

    void provisionWithoutType() {
        // R4 nested provision without type: read as an exception to its parent, with a warning.
        const Result<Consent> c = ConsentParser::parse(consent(
            {{"provision",
              QJsonObject{
                  {"type", "deny"},
                  {"provision", QJsonArray{QJsonObject{
                                    {"purpose", QJsonArray{QJsonObject{{"code", "TREAT"}}}}}}}}}}));
        QVERIFY(c);
        QCOMPARE(c->provisions[1].type, Provision::Type::Permit);
        QVERIFY(warned(c.value(), "Provision 1.1 has no type"));
        QVERIFY(warned(c.value(), "purpose \"TREAT\" has no system"));
        // A root without type and without policy decides nothing itself.
        const Result<Consent> neutral =
            ConsentParser::parse(test::consentFixtures().value("neutral-root"));
        QVERIFY(neutral);
        QCOMPARE(neutral->provisions[0].type, Provision::Type::None);
        QVERIFY(warned(neutral.value(), "Provision 1 has no type and the policy names none"));
    }

    void unknownCodesAreWarnings() {
        const Result<Consent> c = ConsentParser::parse(consent(
            {{"provision",
              QJsonObject{
                  {"type", "deny"},
                  {"purpose", QJsonArray{QJsonObject{
                                  {"system", "http://terminology.hl7.org/CodeSystem/v3-ActReason"},
                                  {"code", "NOTAPURPOSE"}}}},
                  {"securityLabel",
                   QJsonArray{QJsonObject{{"system", "urn:local"}, {"code", "VIP"}}}},
                  {"data", QJsonArray{QJsonObject{
                               {"meaning", "sideways"},
                               {"reference", QJsonObject{{"reference", "Observation/1"}}}}}}}}}));
        QVERIFY(c);
        QVERIFY(warned(c.value(), "purpose \"NOTAPURPOSE\" is not a v3-ActReason code"));
        QVERIFY(warned(c.value(), "security label \"VIP\" is not a code Sightline knows"));
        QVERIFY(warned(c.value(), "data meaning \"sideways\" is unknown"));
        QCOMPARE(c->provisions[0].data.first().meaning, ProvisionData::Meaning::Instance);
    }

    void openEndedPeriods() {
        const Result<Consent> startOnly = ConsentParser::parse(consent(
            {{"provision",
              QJsonObject{{"type", "permit"}, {"period", QJsonObject{{"start", "2026-01-01"}}}}}}));
        QVERIFY(startOnly);
        QVERIFY(startOnly->provisions[0].period.contains(4102444800000)); // 2100
        QVERIFY(!startOnly->provisions[0].period.contains(0));
        const Result<Consent> endOnly = ConsentParser::parse(
            consent({{"provision",
                      QJsonObject{{"type", "permit"}, {"period", QJsonObject{{"end", "2026"}}}}}}));
        QVERIFY(endOnly);
        QVERIFY(endOnly->provisions[0].period.contains(0));
        QVERIFY(endOnly->provisions[0].period.contains(1798761599000)); // 2026-12-31T23:59:59Z
        QVERIFY(!endOnly->provisions[0].period.contains(1798761600000));
    }

    void errors_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const auto doc = [](const QJsonObject& o) { return QJsonDocument(o).toJson(); };
        QTest::newRow("not JSON") << QByteArray("{\"resourceType\": \"Consent\",")
                                  << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "not a JSON object";
        QTest::newRow("other resource")
            << doc({{"resourceType", "Patient"}}) << "not a Consent resource";
        QTest::newRow("malformed start")
            << doc(consent(
                   {{"provision", QJsonObject{{"type", "permit"},
                                              {"period", QJsonObject{{"start", "2026-13-01"}}}}}}))
            << "Provision 1 period starts on \"2026-13-01\", which is not a FHIR date";
        QTest::newRow("malformed nested dataPeriod")
            << doc(consent(
                   {{"provision",
                     QJsonObject{{"type", "permit"},
                                 {"provision",
                                  QJsonArray{QJsonObject{
                                      {"type", "deny"},
                                      {"dataPeriod", QJsonObject{{"end", "31.12.2026"}}}}}}}}}))
            << "Provision 1.1 dataPeriod ends on \"31.12.2026\"";
        QTest::newRow("end before start")
            << doc(consent(
                   {{"provision", QJsonObject{{"type", "permit"},
                                              {"period", QJsonObject{{"start", "2027-01-01"},
                                                                     {"end", "2026-01-01"}}}}}}))
            << "ends (2026-01-01) before it starts (2027-01-01)";
        QTest::newRow("invalid type")
            << doc(consent({{"provision", QJsonObject{{"type", "maybe"}}}}))
            << "type \"maybe\"; only permit and deny";
        QTest::newRow("invalid R5 decision")
            << doc(consent({{"decision", "perhaps"}, {"provision", QJsonArray{}}}))
            << "decision is \"perhaps\"";
        QTest::newRow("provision not an object")
            << doc(consent({{"provision", "permit"}})) << "provision is not an object";
        QTest::newRow("nested not a list")
            << doc(consent(
                   {{"provision", QJsonObject{{"type", "permit"}, {"provision", QJsonObject{}}}}}))
            << "nested provisions must be a list";
        QTest::newRow("too deep") << doc(consent({{"provision", nested(40)}}))
                                  << "deeper than 32 levels";
        QTest::newRow("malformed consent period")
            << doc(consent({{"decision", "permit"}, {"period", QJsonObject{{"start", "soon"}}}}))
            << "The consent period starts on \"soon\"";
    }

    void errors() {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const Result<Consent> c = ConsentParser::parse(json);
        QVERIFY(!c);
        QCOMPARE(c.error().kind, Error::Kind::MalformedData);
        QVERIFY2(c.error().message.contains(message), qPrintable(c.error().message));
    }

    void pathologicalNestingDoesNotCrash() {
        // JSON nested far beyond any provision limit: Qt's parser or ours refuses it cleanly.
        QByteArray json = "{\"resourceType\":\"Consent\",\"status\":\"active\",\"provision\":";
        for (int i = 0; i < 5000; ++i)
            json += "{\"type\":\"permit\",\"provision\":[";
        json += "{}";
        for (int i = 0; i < 5000; ++i)
            json += "]}";
        json += "}";
        const Result<Consent> c = ConsentParser::parse(json);
        QVERIFY(!c);
    }

    void tooManyProvisions() {
        QJsonArray children;
        for (int i = 0; i < ConsentParser::maxProvisions + 1; ++i)
            children.append(QJsonObject{{"type", "deny"}});
        const Result<Consent> c = ConsentParser::parse(
            consent({{"provision", QJsonObject{{"type", "permit"}, {"provision", children}}}}));
        QVERIFY(!c);
        QVERIFY(c.error().message.contains("more than"));
    }

    void selfReferenceTerminates() {
        // A provision naming the consent itself (or resources that refer to each other) is data,
        // not a loop: evaluation looks the reference up once.
        const Result<Consent> c = ConsentParser::parse(consent(
            {{"provision",
              QJsonObject{{"type", "permit"},
                          {"provision",
                           QJsonArray{QJsonObject{
                               {"type", "deny"},
                               {"data", QJsonArray{QJsonObject{
                                            {"meaning", "related"},
                                            {"reference",
                                             QJsonObject{{"reference", "Consent/c1"}}}}}}}}}}}}));
        QVERIFY(c);
        const ConsentEngine engine({c.value()});
        AccessRequest r;
        r.patient = "Patient/p1";
        r.resourceType = "Consent";
        r.resourceReference = "Consent/c1";
        r.references = {"Consent/c1"};
        r.referencedBy = {"Consent/c1"};
        QCOMPARE(engine.decide(r).effect, ConsentEffect::Deny);
    }

    void labelsWithoutSystem() {
        const Result<Consent> c = ConsentParser::parse(test::consentFixtures().value("labels"));
        QVERIFY(c);
        QVERIFY(warned(c.value(), "label \"ETH\" has no system"));
    }
};

QTEST_GUILESS_MAIN(TestConsentParser)
#include "TestConsentParser.moc"
