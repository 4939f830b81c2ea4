#include "exporting/BulkExportManifest.h"
#include "exporting/BulkExportRequest.h"
#include "exporting/BulkExportSupport.h"
#include "exporting/NdjsonChecker.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace sightline;

// The pieces of a bulk export that need no server: the NDJSON check, the manifest, the kick-off.
class TestBulkExportParts : public QObject {
    Q_OBJECT

private slots:
    void ndjsonAcrossChunks() {
        NdjsonChecker checker("Observation");
        const QByteArray text =
            "{\"resourceType\":\"Observation\",\"id\":\"1\"}\n"
            "{\"resourceType\":\"Observation\",\"id\":\"2\"}\n"
            "not json at all\n"
            "\n"
            "{\"resourceType\":\"Patient\",\"id\":\"3\"}\n"
            "{\"resourceType\":\"Observation\",\"id\":\"4\"}"; // no final newline
        for (qsizetype i = 0; i < text.size(); i += 7)         // lines split anywhere
            checker.feed(text.mid(i, 7));
        checker.finish();
        QCOMPARE(checker.lines(), 5);
        QCOMPARE(checker.malformed(), 2);
        QCOMPARE(checker.problems().size(), 2);
        QVERIFY(checker.problems().at(0).startsWith("line 3: not a JSON object"));
        QCOMPARE(checker.problems().at(1),
                 QString("line 4: resourceType Patient, expected Observation"));
    }

    void manifest() {
        const QByteArray body =
            "{\"transactionTime\": \"2026-11-23T08:00:00.000Z\", \"requiresAccessToken\": true,"
            "            \"output\": [{\"type\": \"Patient\", \"url\": \"/bulkfiles/x/0.ndjson\", "
            "\"count\": 5}],"
            "            \"error\": [{\"type\": \"OperationOutcome\", \"url\": "
            "\"https://files.example/e.ndjson\"}]}";
        const auto m = BulkExportManifest::parse(body, QUrl("http://127.0.0.1:1234/bulkstatus/x"));
        QVERIFY(m);
        QVERIFY(m->requiresAccessToken);
        QCOMPARE(m->output.first().url.toString(),
                 QString("http://127.0.0.1:1234/bulkfiles/x/0.ndjson"));
        QCOMPARE(m->output.first().count, 5);
        QCOMPARE(m->error.first().count, -1);
        QVERIFY(m->deleted.isEmpty());
    }

    void malformedManifests_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("<html>") << "not JSON";
        QTest::newRow("no output")
            << QByteArray("{\"transactionTime\": \"x\"}") << "no output list";
        QTest::newRow("output not list") << QByteArray("{\"output\": {}}") << "no output list";
        QTest::newRow("file without url")
            << QByteArray("{\"output\": [{\"type\": \"Patient\"}]}") << "no usable URL";
        QTest::newRow("file with odd scheme")
            << QByteArray(
                   "{\"output\": [{\"type\": \"Patient\", \"url\": \"file:///etc/passwd\"}]}")
            << "no usable URL";
        QTest::newRow("error not list")
            << QByteArray("{\"output\": [], \"error\": \"oops\"}") << "error is not a list";
    }

    void malformedManifests() {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const auto m = BulkExportManifest::parse(body, QUrl("http://127.0.0.1/bulkstatus/x"));
        QVERIFY(!m);
        QVERIFY2(m.error().message.contains(message), qPrintable(m.error().message));
    }

    void supportFromCapabilities() {
        auto statement = [](const QJsonArray& systemOps, const QJsonArray& resources) {
            return CapabilityStatement::fromJson(
                QJsonObject{{"resourceType", "CapabilityStatement"},
                            {"status", "active"},
                            {"kind", "instance"},
                            {"fhirVersion", "4.0.1"},
                            {"format", QJsonArray{"json"}},
                            {"rest", QJsonArray{QJsonObject{{"mode", "server"},
                                                            {"operation", systemOps},
                                                            {"resource", resources}}}}});
        };
        const auto all = statement(
            QJsonArray{QJsonObject{{"name", "export"},
                                   {"definition",
                                    "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export"}},
                       QJsonObject{
                           {"name", "export"},
                           {"definition",
                            "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/patient-export"}}},
            QJsonArray{QJsonObject{
                {"type", "Group"},
                {"operation", QJsonArray{QJsonObject{
                                  {"name", "export"},
                                  {"definition", "http://example.org/OperationDefinition/x"}}}}}});
        QVERIFY(all);
        const BulkExportSupport s = BulkExportSupport::from(all.value());
        QVERIFY(s.system && s.patient && s.group);
        const auto none = statement({}, {});
        QVERIFY(none);
        QVERIFY(!BulkExportSupport::from(none.value()).any());
        const auto patientOnly = statement(
            {},
            QJsonArray{QJsonObject{{"type", "Patient"},
                                   {"operation", QJsonArray{QJsonObject{{"name", "export"}}}}}});
        const BulkExportSupport p = BulkExportSupport::from(patientOnly.value());
        QVERIFY(p.patient && !p.system && !p.group);
        QVERIFY(p.offers(BulkExportRequest::Level::Patient));
        QVERIFY(!p.offers(BulkExportRequest::Level::Group));
    }

    void kickoff() {
        BulkExportRequest r;
        r.level = BulkExportRequest::Level::Group;
        r.groupId = "g1";
        r.types = {"Patient", "Observation"};
        r.since = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        r.typeFilters = {"Observation?code=http://loinc.org|718-7"};
        const QUrl url = r.kickoffUrl(QUrl("https://ehr.example/fhir"));
        QCOMPARE(url.path(), QString("/fhir/Group/g1/$export"));
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue("_outputFormat", QUrl::FullyDecoded),
                 QString("application/fhir+ndjson"));
        QCOMPARE(q.queryItemValue("_type", QUrl::FullyDecoded), QString("Patient,Observation"));
        QCOMPARE(q.queryItemValue("_since", QUrl::FullyDecoded),
                 QString("2026-01-01T00:00:00.000Z"));
        QCOMPARE(q.queryItemValue("_typeFilter", QUrl::FullyDecoded),
                 QString("Observation?code=http://loinc.org|718-7"));
        QVERIFY(url.toEncoded().contains("fhir%2Bndjson")); // '+' must not become a space
        r.usePost = true;
        QVERIFY(!r.kickoffUrl(QUrl("https://ehr.example/fhir")).hasQuery());
        const QJsonArray parameters = r.parameters()["parameter"].toArray();
        QCOMPARE(parameters.at(2)["valueInstant"].toString(), QString("2026-01-01T00:00:00.000Z"));
    }
};

QTEST_GUILESS_MAIN(TestBulkExportParts)
#include "TestBulkExportParts.moc"
