#include "exporting/TransactionPush.h"
#include "fhir/FhirClient.h"
#include "support/SandboxFixture.h"
#include "support/WaitFor.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace sightline;
using test::waitFor;

// Pushing resources with conditional creates against the sandbox's FHIR server: predicted and
// sent statuses, no duplicates on a second push, references rewritten, a Provenance per Bundle,
// 412 when an identifier is ambiguous, resources without the identifier skipped.
class TestTransactionPushSandbox : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<FhirClient> m_client;

    QList<PushEntry> push(const QList<QJsonObject>& resources, bool dryRun, int chunk = 100) {
        PushOptions options;
        options.identifierSystem = "urn:test:push";
        options.dryRun = dryRun;
        options.chunkSize = chunk;
        TransactionPush push(m_client.get(), resources, options);
        std::optional<Result<QList<PushEntry>>> result;
        connect(&push, &TransactionPush::finished, this,
                [&](const Result<QList<PushEntry>>& r) { result = r; });
        push.start();
        if (!waitFor([&] { return result.has_value(); }))
            qFatal("push did not finish");
        if (!result->ok())
            qFatal("push failed: %s", qPrintable(result->error().toString()));
        return result->value();
    }

    int count(const QString& type, const QueryParams& params) {
        std::optional<Result<FhirReply>> reply;
        QueryParams query = params;
        query << qMakePair(QString("_summary"), QString("count"));
        m_client->search(type, query, FhirClient::SearchMethod::Get, this,
                         [&](const Result<FhirReply>& r) { reply = r; });
        waitFor([&] { return reply.has_value(); });
        return reply && reply->ok() ? reply->value().resource["total"].toInt() : -1;
    }

    static QJsonObject patient(const QString& id, const QString& value) {
        return {
            {"resourceType", "Patient"},
            {"id", id},
            {"identifier", QJsonArray{QJsonObject{{"system", "urn:test:push"}, {"value", value}}}},
            {"name", QJsonArray{QJsonObject{{"family", "Push-" + value}}}}};
    }
    static QJsonObject observation(const QString& id, const QString& value,
                                   const QString& subject) {
        return {
            {"resourceType", "Observation"},
            {"id", id},
            {"status", "final"},
            {"identifier", QJsonArray{QJsonObject{{"system", "urn:test:push"}, {"value", value}}}},
            {"code", QJsonObject{{"text", "Heart rate"}}},
            {"subject", QJsonObject{{"reference", subject}}},
            {"valueQuantity", QJsonObject{{"value", 72}, {"unit", "/min"}}}};
    }

private slots:
    void initTestCase() {
        const QString error = m_sandbox.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_client = std::make_unique<FhirClient>(&m_network, nullptr, m_sandbox.fhirBase());
    }

    void pushTwiceWithoutDuplicates() {
        // The Observation comes first on purpose: the Patient it refers to is pushed before it.
        const QList<QJsonObject> resources{
            observation("src-o1", "O-1", "Patient/src-p1"), patient("src-p1", "P-1"),
            patient("src-p2", "P-2"), QJsonObject{{"resourceType", "Patient"}, {"id", "no-id"}}};
        const int provenanceBefore = count("Provenance", {});

        const QList<PushEntry> predicted = push(resources, true);
        QCOMPARE(predicted.size(), 4);
        for (const PushEntry& e : predicted) {
            if (e.source == "Patient/no-id") {
                QCOMPARE(e.predicted, 0);
                QVERIFY(e.problem.contains("No identifier in urn:test:push"));
            } else {
                QCOMPARE(e.predicted, 201);
            }
        }
        QCOMPARE(count("Patient", {{"identifier", "urn:test:push|P-1"}}),
                 0); // a dry run sends nothing

        // Chunks of two: the Observation's subject crosses a Bundle boundary.
        const QList<PushEntry> first = push(resources, false, 2);
        QString patientLocation;
        for (const PushEntry& e : first) {
            if (e.source == "Patient/no-id") {
                QCOMPARE(e.status, 0);
                continue;
            }
            QVERIFY2(e.status == 201,
                     qPrintable(e.source + ": " + QString::number(e.status) + " " + e.problem));
            QVERIFY(!e.location.isEmpty());
            if (e.source == "Patient/src-p1")
                patientLocation = e.location;
        }
        QCOMPARE(count("Patient", {{"identifier", "urn:test:push|P-1"}}), 1);
        // The pushed Observation points at the pushed Patient, not at the source's id.
        const QString newPatient =
            QUrl(patientLocation).path().section("/_history", 0, 0).section('/', -2);
        QCOMPARE(
            count("Observation", {{"identifier", "urn:test:push|O-1"}, {"subject", newPatient}}),
            1);
        QCOMPARE(count("Provenance", {}), provenanceBefore + 2); // one per Bundle

        // Again: everything is recognised, nothing is created twice.
        const QList<PushEntry> repeated = push(resources, true);
        for (const PushEntry& e : repeated) {
            if (e.source != "Patient/no-id")
                QCOMPARE(e.predicted, 200);
        }
        const QList<PushEntry> second = push(resources, false);
        for (const PushEntry& e : second) {
            if (e.source != "Patient/no-id")
                QCOMPARE(e.status, 200);
        }
        QCOMPARE(count("Patient", {{"identifier", "urn:test:push|P-1"}}), 1);
        QCOMPARE(count("Patient", {{"identifier", "urn:test:push|P-2"}}), 1);
        QCOMPARE(count("Observation", {{"identifier", "urn:test:push|O-1"}}), 1);
    }

    void targetDownIsReported() {
        // A port nothing listens on: the push ends with a network error, not a hang.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        FhirClient down(&m_network, nullptr, QUrl(QString("http://127.0.0.1:%1/fhir").arg(port)));
        for (const bool dryRun : {true, false}) {
            PushOptions options;
            options.identifierSystem = "urn:test:push";
            options.dryRun = dryRun;
            TransactionPush push(&down, {patient("down-1", "DOWN-1")}, options);
            std::optional<Result<QList<PushEntry>>> result;
            connect(&push, &TransactionPush::finished, this,
                    [&](const Result<QList<PushEntry>>& r) { result = r; });
            push.start();
            QVERIFY(waitFor([&] { return result.has_value(); }, 30000));
            QVERIFY(!result->ok());
            QCOMPARE(result->error().kind, Error::Kind::Network);
        }
    }

    void ambiguousIdentifier() {
        // Two resources already carry the identifier: the server cannot tell which is meant.
        push({patient("dup-a", "DUP")}, false);
        std::optional<Result<FhirReply>> created;
        m_client->create(patient("dup-b", "DUP"), this,
                         [&](const Result<FhirReply>& r) { created = r; });
        QVERIFY(waitFor([&] { return created.has_value(); }));
        QVERIFY(created->ok());
        QCOMPARE(count("Patient", {{"identifier", "urn:test:push|DUP"}}), 2);
        const QList<PushEntry> predicted = push({patient("dup-c", "DUP")}, true);
        QCOMPARE(predicted.first().predicted, 412);
        QVERIFY(predicted.first().problem.contains("2 resources already carry urn:test:push|DUP"));
        const QList<PushEntry> sent = push({patient("dup-c", "DUP")}, false);
        QVERIFY2(sent.first().status >= 400, qPrintable(QString::number(sent.first().status)));
        QVERIFY(!sent.first().problem.isEmpty());
        QCOMPARE(count("Patient", {{"identifier", "urn:test:push|DUP"}}), 2);
    }

    void bundleShape() {
        PushOptions options;
        options.identifierSystem = "urn:test:push";
        const QJsonObject bundle =
            TransactionPush::bundleFor({patient("a", "A"), observation("o", "O", "Patient/a")},
                                       options, {{"Patient/zzz", "Patient/new"}});
        const QJsonArray entries = bundle["entry"].toArray();
        QCOMPARE(entries.size(), 3); // two resources and the Provenance
        QCOMPARE(entries.at(0)["request"]["ifNoneExist"].toString(),
                 QString("identifier=urn%3Atest%3Apush%7CA"));
        QVERIFY(!entries.at(0)["resource"].toObject().contains("id"));
        QCOMPARE(entries.at(1)["resource"]["subject"]["reference"].toString(),
                 entries.at(0)["fullUrl"].toString());
        QCOMPARE(entries.at(2)["resource"]["resourceType"].toString(), QString("Provenance"));
        QCOMPARE(entries.at(2)["resource"]["target"].toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTransactionPushSandbox)
#include "TestTransactionPushSandbox.moc"
