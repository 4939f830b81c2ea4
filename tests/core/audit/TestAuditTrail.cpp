#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "audit/FhirAuditor.h"
#include "fhir/FhirClient.h"
#include "support/FakeNetworkAccessManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::test;

class TestAuditTrail : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static QJsonObject event(int n) {
        return AuditEventBuilder::activity(QStringLiteral("test"), QStringLiteral("Test event"),
                                           AuditEventBuilder::Action::Execute)
            .patient(QStringLiteral("Patient/p%1").arg(n % 3))
            .build();
    }

private slots:
    void classify_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("patient");
        const QString b = QStringLiteral("http://h/fhir");
        QTest::newRow("read") << QByteArray("GET") << b + QStringLiteral("/Patient/123")
                              << QByteArray() << "read"
                              << "Patient"
                              << "Patient/123";
        QTest::newRow("vread") << QByteArray("GET")
                               << b + QStringLiteral("/Observation/1/_history/2") << QByteArray()
                               << "vread"
                               << "Observation"
                               << "";
        QTest::newRow("search")
            << QByteArray("GET")
            << b + QStringLiteral("/ImagingStudy?patient=pat-1&_include=ImagingStudy:endpoint")
            << QByteArray() << "search-type"
            << "ImagingStudy"
            << "Patient/pat-1";
        QTest::newRow("post-search") << QByteArray("POST") << b + QStringLiteral("/Consent/_search")
                                     << QByteArray("subject=Patient%2F9") << "search-type"
                                     << "Consent"
                                     << "Patient/9";
        QTest::newRow("create") << QByteArray("POST") << b + QStringLiteral("/Observation")
                                << QByteArray("{}") << "create"
                                << "Observation"
                                << "";
        QTest::newRow("update") << QByteArray("PUT") << b + QStringLiteral("/Patient/7")
                                << QByteArray("{}") << "update"
                                << "Patient"
                                << "Patient/7";
        QTest::newRow("delete") << QByteArray("DELETE") << b + QStringLiteral("/Group/g")
                                << QByteArray() << "delete"
                                << "Group"
                                << "";
        QTest::newRow("transaction")
            << QByteArray("POST") << b << QByteArray(R"({"type":"transaction"})") << "transaction"
            << ""
            << "";
        QTest::newRow("batch") << QByteArray("POST") << b + QStringLiteral("/")
                               << QByteArray(R"({"type":"batch"})") << "batch"
                               << ""
                               << "";
        QTest::newRow("operation") << QByteArray("GET") << b + QStringLiteral("/Patient/$export")
                                   << QByteArray() << "operation"
                                   << "Patient"
                                   << "";
        QTest::newRow("metadata") << QByteArray("GET") << b + QStringLiteral("/metadata")
                                  << QByteArray() << "capabilities"
                                  << ""
                                  << "";
    }
    void classify() {
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, type);
        QFETCH(QString, patient);
        const auto i = FhirInteraction::classify(method, QUrl(url),
                                                 QUrl(QStringLiteral("http://h/fhir")), body);
        QCOMPARE(i.code, code);
        QCOMPARE(i.resourceType, type);
        QCOMPARE(i.patient, patient);
    }

    void writesInBatchesOffTheCallingThread() {
        AuditTrail trail(m_dir.filePath(QStringLiteral("trail/journal.db")));
        QVERIFY(trail.openError().isEmpty());
        QSignalSpy written(&trail, &AuditTrail::written);
        for (int i = 0; i < 1200; ++i)
            trail.record(event(i));
        QVERIFY(trail.flush().ok());
        QTRY_VERIFY(!written.isEmpty());
        int total = 0;
        for (const auto& args : written)
            total += args.first().toInt();
        QCOMPARE(total, 1200);
        QVERIFY2(written.size() < 1200, "events are written in batches");

        std::optional<QList<AuditRecord>> records;
        trail.records({QDateTime(), QDateTime(), QStringLiteral("Patient/p1"), 5000}, this,
                      [&](QList<AuditRecord> r) { records = r; });
        QTRY_VERIFY(records.has_value());
        QCOMPARE(records->size(), 400);
        std::optional<AuditVerifyReport> report;
        trail.verify(this, [&](AuditVerifyReport r) { report = r; });
        QTRY_VERIFY(report.has_value());
        QVERIFY(report->intact);
        QCOMPARE(report->checked, 1200);
    }

    void unwritableJournalIsReportedAndKeepsEvents() {
        AuditTrail trail(QStringLiteral("/proc/sightline-cannot-write-here/journal.db"));
        QVERIFY(!trail.openError().isEmpty());
        QSignalSpy failed(&trail, &AuditTrail::failed);
        trail.record(event(1));
        QVERIFY(!trail.flush().ok());
        QTRY_VERIFY(!failed.isEmpty());
    }

    void fhirCallsAreAudited() {
        FakeNetworkAccessManager network;
        network.enqueue(
            "GET", QUrl(QStringLiteral("http://fhir.example/fhir/ImagingStudy?patient=pat-1")),
            jsonReply(
                200,
                R"({"resourceType":"Bundle","type":"searchset","entry":[{"resource":{"resourceType":"ImagingStudy","id":"s1"}}]})"));
        network.enqueue(
            "GET", QUrl(QStringLiteral("http://fhir.example/fhir/Patient/pat-9")),
            jsonReply(
                404,
                R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"not-found"}]})"));
        FhirClient client(&network, nullptr, QUrl(QStringLiteral("http://fhir.example/fhir")));
        client.setDefaultHeaders({{"Authorization", "Bearer TOKEN-MUST-NOT-APPEAR"}});
        AuditTrail trail(m_dir.filePath(QStringLiteral("fhir.db")));
        FhirAuditor auditor(&trail);
        auditor.watch(&client);
        auditor.setUser(QStringLiteral("Practitioner/dr-rad"), QStringLiteral("jti-42"));

        int done = 0;
        client.search(QStringLiteral("ImagingStudy"),
                      {{QStringLiteral("patient"), QStringLiteral("pat-1")}},
                      FhirClient::SearchMethod::Get, this, [&](const auto&) { ++done; });
        client.read(QStringLiteral("Patient"), QStringLiteral("pat-9"), this,
                    [&](const auto&) { ++done; });
        QTRY_COMPARE(done, 2);
        QVERIFY(trail.flush().ok());

        std::optional<QList<AuditRecord>> records;
        trail.records({}, this, [&](QList<AuditRecord> r) { records = r; });
        QTRY_VERIFY(records.has_value());
        QCOMPARE(records->size(), 2);
        const QJsonObject search = QJsonDocument::fromJson(records->at(0).json).object();
        QCOMPARE(search.value(QLatin1String("subtype"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("search-type"));
        QCOMPARE(search.value(QLatin1String("action")).toString(), QStringLiteral("E"));
        QCOMPARE(records->at(0).patient, QStringLiteral("Patient/pat-1"));
        QCOMPARE(records->at(0).user, QStringLiteral("Practitioner/dr-rad"));
        QVERIFY(records->at(0).json.contains("ImagingStudy/s1"));
        QVERIFY(records->at(0).json.contains("jti-42"));
        QCOMPARE(records->at(1).outcome, 4); // 404: minor failure
        QCOMPARE(records->at(1).patient, QStringLiteral("Patient/pat-9"));
        for (const auto& r : *records)
            QVERIFY(!r.json.contains("TOKEN-MUST-NOT-APPEAR"));
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "TestAuditTrail.moc"
