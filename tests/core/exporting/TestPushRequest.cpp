#include "exporting/NdjsonResources.h"
#include "exporting/PushRequest.h"
#include "jobs/PushRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// What a push job reads and keeps: NDJSON files and folders read in push order with broken
// lines counted, requests checked for what is missing and kept as JSON across restarts, and
// entries tallied.
class TestPushRequest : public QObject {
    Q_OBJECT

    static void write(const QString& path, const QByteArray& content) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    static PushRequest complete() {
        PushRequest r;
        r.files = {"/data/Patient.ndjson"};
        r.target = {"t1", "Research", QUrl("https://research.example.org/fhir"), {}};
        r.options.identifierSystem = "urn:oid:1.2.3";
        return r;
    }

private slots:
    void foldersPutPatientsFirst() {
        QTemporaryDir dir;
        write(dir.filePath("Observation.ndjson"),
              "{\"resourceType\":\"Observation\",\"id\":\"o1\"}\n");
        write(dir.filePath("Condition.ndjson"), "{\"resourceType\":\"Condition\",\"id\":\"c1\"}\n");
        write(dir.filePath("Patient.ndjson"), "{\"resourceType\":\"Patient\",\"id\":\"p1\"}\n");
        write(dir.filePath("Patient.2.ndjson"), "{\"resourceType\":\"Patient\",\"id\":\"p2\"}\n");
        write(dir.filePath("notes.txt"), "not NDJSON\n");
        write(dir.filePath("errors.ndjson"), "{\"resourceType\":\"OperationOutcome\"}\n");
        const QStringList files = NdjsonResources::filesIn({dir.path()});
        QCOMPARE(files.size(), 4);
        QVERIFY(QFileInfo(files.at(0)).fileName().startsWith("Patient"));
        QVERIFY(QFileInfo(files.at(1)).fileName().startsWith("Patient"));
        QCOMPARE(QFileInfo(files.at(2)).fileName(), QString("Condition.ndjson"));
        QCOMPARE(QFileInfo(files.at(3)).fileName(), QString("Observation.ndjson"));
        const auto read = NdjsonResources::read({dir.path()});
        QVERIFY(read);
        QCOMPARE(read->resources.size(), 4);
        QCOMPARE(read->resources.first()["resourceType"].toString(), QString("Patient"));
        QCOMPARE(read->malformedLines, 0);
    }

    void brokenLinesAreCountedAndNamed() {
        QTemporaryDir dir;
        write(dir.filePath("Patient.ndjson"), "{\"resourceType\":\"Patient\",\"id\":\"p1\"}\n"
                                              "{\"resourceType\":\"Pat\n"
                                              "\n"
                                              "[1,2]\n"
                                              "{\"id\":\"no-type\"}\n"
                                              "{\"resourceType\":\"Patient\",\"id\":\"p2\"}");
        const auto read = NdjsonResources::read({dir.filePath("Patient.ndjson")});
        QVERIFY(read);
        QCOMPARE(read->resources.size(), 2);
        QCOMPARE(read->malformedLines, 3);
        QCOMPARE(read->problems.size(), 3);
        QVERIFY(read->problems.first().contains("Patient.ndjson line 2"));
        QVERIFY(read->problems.last().contains("line 5"));
    }

    void nothingToReadIsAnError() {
        QTemporaryDir dir;
        QCOMPARE(NdjsonResources::read({dir.path()}).error().kind, Error::Kind::InvalidInput);
        QCOMPARE(NdjsonResources::read({dir.filePath("missing.ndjson")}).error().kind,
                 Error::Kind::Storage);
        write(dir.filePath("Empty.ndjson"), "\n\n");
        QCOMPARE(NdjsonResources::read({dir.filePath("Empty.ndjson")}).error().kind,
                 Error::Kind::InvalidInput);
        std::atomic_bool cancelled = true;
        write(dir.filePath("Patient.ndjson"), "{\"resourceType\":\"Patient\"}\n");
        QCOMPARE(NdjsonResources::read({dir.filePath("Patient.ndjson")}, &cancelled).error().kind,
                 Error::Kind::Cancelled);
    }

    void requestsSayWhatIsMissing() {
        QVERIFY(complete().problem().isEmpty());
        PushRequest noTarget = complete();
        noTarget.target = {};
        QVERIFY(noTarget.problem().contains("server to push to"));
        PushRequest noSystem = complete();
        noSystem.options.identifierSystem = "  ";
        QVERIFY(noSystem.problem().contains("identifier system"));
        PushRequest noSource = complete();
        noSource.files.clear();
        QVERIFY(noSource.problem().contains("NDJSON files or a server"));
        noSource.source = {"s1", "EHR", QUrl("https://ehr.example.org/fhir"), {}};
        QVERIFY(noSource.problem().contains("resource type"));
        noSource.type = "Observation";
        QVERIFY(noSource.problem().isEmpty());
        PushRequest noChunk = complete();
        noChunk.options.chunkSize = 0;
        QVERIFY(!noChunk.problem().isEmpty());
    }

    void requestsSurviveJson() {
        PushRequest r = complete();
        r.files.clear();
        r.source = {"s1", "EHR", QUrl("https://ehr.example.org/fhir"), "/etc/ssl/ehr.pem"};
        r.type = "Observation";
        r.patient = "p-42";
        r.options.chunkSize = 25;
        r.options.dryRun = true;
        r.options.provenance = false;
        const PushRequest back = PushRequest::fromJson(r.toJson());
        QCOMPARE(back.source.caCertificatePath, QString("/etc/ssl/ehr.pem"));
        QCOMPARE(back.source.fhirBase, r.source.fhirBase);
        QCOMPARE(back.target.name, QString("Research"));
        QCOMPARE(back.type, QString("Observation"));
        QCOMPARE(back.patient, QString("p-42"));
        QCOMPARE(back.options.chunkSize, 25);
        QVERIFY(back.options.dryRun);
        QVERIFY(!back.options.provenance);
        QCOMPARE(back.describe(), QString("Dry run: push Observation of patient p-42 from EHR to "
                                          "Research"));
        QCOMPARE(complete().describe(), QString("Push Patient.ndjson to Research"));
    }

    void provenanceOnlyWhereTaken() {
        auto statement = [](const QJsonArray& resources) {
            return QJsonObject{
                {"resourceType", "CapabilityStatement"},
                {"status", "active"},
                {"kind", "instance"},
                {"fhirVersion", "4.0.1"},
                {"format", QJsonArray{"json"}},
                {"rest", QJsonArray{QJsonObject{{"mode", "server"}, {"resource", resources}}}}};
        };
        auto resource = [](const QString& type, const QStringList& interactions) {
            QJsonArray list;
            for (const QString& code : interactions)
                list.append(QJsonObject{{"code", code}});
            return QJsonObject{{"type", type}, {"interaction", list}};
        };
        QCOMPARE(
            PushRunner::acceptsProvenance(statement(
                {resource("Patient", {"create"}), resource("Provenance", {"read", "create"})})),
            std::optional<bool>(true));
        QCOMPARE(PushRunner::acceptsProvenance(statement(
                     {resource("Patient", {"create"}), resource("Provenance", {"read"})})),
                 std::optional<bool>(false));
        QCOMPARE(PushRunner::acceptsProvenance(statement({resource("Patient", {"create"})})),
                 std::optional<bool>(false));
        QCOMPARE(PushRunner::acceptsProvenance(QJsonObject{{"resourceType", "Patient"}}),
                 std::optional<bool>());
    }

    void entriesAreTallied() {
        const QList<PushEntry> entries{
            {"Patient/1", "s|1", 201, 201, "Patient/a/_history/1", "W/\"1\"", {}, {}},
            {"Patient/2", "s|2", 200, 200, "Patient/b/_history/3", {}, {}, {}},
            {"Patient/3", "s|3", 412, 412, {}, {}, {}, "2 resources carry s|3"},
            {"Patient/4", "s|4", 201, 400, {}, {}, {}, "invalid"},
            {"Patient/5", {}, 0, 0, {}, {}, {}, "no identifier"}};
        const PushTally sent = PushTally::of(entries, false);
        QCOMPARE(sent.created, 1);
        QCOMPARE(sent.existing, 1);
        QCOMPARE(sent.ambiguous, 1);
        QCOMPARE(sent.failed, 1);
        QCOMPARE(sent.skipped, 1);
        const PushTally predicted = PushTally::of(entries, true);
        QCOMPARE(predicted.created, 2);
        QCOMPARE(predicted.failed, 0);
        const PushEntry back = PushEntry::fromJson(entries.first().toJson());
        QCOMPARE(back.location, QString("Patient/a/_history/1"));
        QCOMPARE(back.etag, QString("W/\"1\""));
        QCOMPARE(back.status, 201);
    }
};

QTEST_GUILESS_MAIN(TestPushRequest)
#include "TestPushRequest.moc"
