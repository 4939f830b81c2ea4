#include "capabilities/CapabilityStatement.h"
#include "capabilities/SmartConfiguration.h"
#include "support/LargeCapabilityStatement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sightline;

namespace {
QJsonObject loadJson(const QString& name) {
    QFile file(QStringLiteral(SIGHTLINE_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

class TestCapabilityStatement : public QObject {
    Q_OBJECT
private slots:
    void sandboxStatement() {
        const auto cs = CapabilityStatement::fromJson(
            loadJson(QStringLiteral("sandbox-capability-statement.json")));
        QVERIFY2(cs.ok(), qPrintable(cs.error().toString()));
        QCOMPARE(cs->fhirVersion, QStringLiteral("4.0.1"));
        QVERIFY(cs->resources.size() > 100);
        const ResourceCapability* study = cs->resource(QStringLiteral("ImagingStudy"));
        QVERIFY(study);
        QVERIFY(study->hasInteraction(QStringLiteral("search-type")));
        QVERIFY(study->hasSearchParam(QStringLiteral("patient")));
        QVERIFY(study->searchInclude.contains(QStringLiteral("ImagingStudy:endpoint")));
        QVERIFY(cs->resource(QStringLiteral("Patient"))->conditionalCreate);
        QVERIFY(cs->systemInteractions.contains(QStringLiteral("transaction")));
        QVERIFY(cs->supportsJson());
        QVERIFY(cs->securityServices.contains(QStringLiteral("SMART-on-FHIR")));
        QCOMPARE(cs->oauthUris.token, QUrl(QStringLiteral("http://127.0.0.1:9090/token")));
        QVERIFY(!cs->resource(QStringLiteral("NoSuchType")));
    }

    void largeHapiShapedStatement() {
        const auto cs = CapabilityStatement::fromJson(test::makeLargeCapabilityStatement(150, 40));
        QVERIFY(cs.ok());
        QCOMPARE(cs->resources.size(), 150);
        QCOMPARE(cs->softwareName, QStringLiteral("HAPI FHIR Server"));
        QVERIFY(cs->hasOperation(QStringLiteral("export")));
        QVERIFY(cs->hasOperation(QStringLiteral("export"), QStringLiteral("Patient")));
        QVERIFY(cs->resource(QStringLiteral("Resource149")));
        QCOMPARE(cs->resource(QStringLiteral("Resource149"))->searchParams.size(), 40);
    }

    void rejectsOtherResources_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("outcome") << QByteArray(R"({"resourceType":"OperationOutcome"})");
        QTest::newRow("no-type") << QByteArray(R"({"rest":[]})");
        QTest::newRow("conformance-dstu2") << QByteArray(R"({"resourceType":"Conformance"})");
    }
    void rejectsOtherResources() {
        QFETCH(QByteArray, json);
        const auto cs = CapabilityStatement::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!cs.ok());
        QCOMPARE(cs.error().kind, Error::Kind::MalformedData);
    }

    void toleratesSparseStatements() {
        const auto cs = CapabilityStatement::fromJson(
            QJsonDocument::fromJson(
                R"({"resourceType":"CapabilityStatement","rest":[{"mode":"client"},{"mode":"server","resource":[{"type":"Patient"},{"interaction":[]}]}]})")
                .object());
        QVERIFY(cs.ok());
        QCOMPARE(cs->resources.size(), 1); // the entry without a type is skipped
        QVERIFY(cs->fhirVersion.isEmpty());
        QVERIFY(!cs->supportsJson());
    }

    void smartConfiguration() {
        const auto smart = SmartConfiguration::fromJson(
            loadJson(QStringLiteral("sandbox-smart-configuration.json")));
        QVERIFY(smart.ok());
        QVERIFY(smart->supportsS256());
        QVERIFY(smart->hasCapability(QStringLiteral("launch-standalone")));
        QVERIFY(smart->problems().isEmpty());
        QVERIFY(!smart->offersImagingAccess());
    }

    void smartProblems() {
        // Built as objects: moc misreads "//" inside multi-line raw strings as a comment.
        const QJsonObject json{
            {QStringLiteral("authorization_endpoint"),
             QStringLiteral("http://auth.example/authorize")},
            {QStringLiteral("token_endpoint"), QStringLiteral("https://auth.example/token")},
            {QStringLiteral("capabilities"),
             QJsonArray{QStringLiteral("launch-standalone"), QStringLiteral("sso-openid-connect")}},
            {QStringLiteral("code_challenge_methods_supported"),
             QJsonArray{QStringLiteral("plain")}},
            {QStringLiteral("associated_endpoints"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("url"), QStringLiteral("https://pacs.example/dicom-web")},
                 {QStringLiteral("capabilities"),
                  QJsonArray{QStringLiteral("smart-imaging-access")}}}}}};
        const auto smart = SmartConfiguration::fromJson(json);
        QVERIFY(smart.ok());
        const QString problems = smart->problems().join(QLatin1Char('\n'));
        QVERIFY(problems.contains(QLatin1String("lacks S256")));
        QVERIFY(problems.contains(QLatin1String("'plain'")));
        QVERIFY(problems.contains(QLatin1String("issuer or jwks_uri")));
        QVERIFY(problems.contains(QLatin1String("not https")));
        QVERIFY(smart->offersImagingAccess());
    }

    void smartRejectsNonSmartJson() {
        QVERIFY(!SmartConfiguration::fromJson(
                     QJsonDocument::fromJson(R"({"resourceType":"OperationOutcome"})").object())
                     .ok());
        QVERIFY(
            !SmartConfiguration::fromJson(QJsonDocument::fromJson(R"({"hello":1})").object()).ok());
    }
};

QTEST_GUILESS_MAIN(TestCapabilityStatement)
#include "TestCapabilityStatement.moc"
