#include "audit/AuditEventBuilder.h"
#include "imaging/DicomWebClient.h"
#include "imaging/DicomWebDirectory.h"
#include "servers/ServerProfile.h"

#include <QJsonArray>
#include <QTest>

using namespace sightline;

namespace {
QJsonObject attribute(const QString& vr, const QJsonArray& values) {
    return {{"vr", vr}, {"Value", values}};
}
QJsonObject personName(const QString& alphabetic) {
    return {{"Alphabetic", alphabetic}};
}
// A study-level QIDO-RS answer as Orthanc gives it.
QJsonObject qidoStudy() {
    return {{"0020000D", attribute("UI", {"1.2.3.4"})},
            {"00100010", attribute("PN", {personName("García^María José")})},
            {"00100020", attribute("LO", {"SL-1002"})},
            {"00100021", attribute("LO", {"urn:oid:1.2.826.0.1.3680043.10.1042.1"})},
            {"00100030", attribute("DA", {"19711102"})},
            {"00100040", attribute("CS", {"F"})},
            {"00080020", attribute("DA", {"20240115"})},
            {"00080030", attribute("TM", {"101530.250"})},
            {"00080050", attribute("SH", {"ACC-7"})},
            {"00080061", attribute("CS", {"CT", "SR"})},
            {"00081030", attribute("LO", {"CT CHEST"})},
            {"00201206", attribute("IS", {2})},
            {"00201208", attribute("IS", {60})}};
}
} // namespace

// A PACS without FHIR: what the user types becomes a study-level QIDO-RS query, the answers
// become FHIR-shaped patients and ImagingStudyRecords with the PACS as endpoint.
class TestDicomWebDirectory : public QObject {
    Q_OBJECT

private slots:
    void queryFollowsWhatWasTyped_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("birth date") << "1971-11-02"
                                    << "PatientBirthDate"
                                    << "19711102";
        QTest::newRow("identifier") << " SL-1002 "
                                    << "PatientID"
                                    << "SL-1002";
        QTest::newRow("one name") << "garcía"
                                  << "PatientName"
                                  << "*garc*a*";
        QTest::newRow("ascii name") << "Garcia"
                                    << "PatientName"
                                    << "*Garcia*";
        QTest::newRow("accents at the ends") << "Ångström"
                                             << "PatientName"
                                             << "*ngstr*m*";
        QTest::newRow("two names") << "María García"
                                   << "PatientName"
                                   << "*Mar*a*";
    }
    void queryFollowsWhatWasTyped() {
        QFETCH(QString, typed);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const QidoQuery query = DicomWebDirectory::patientQuery(typed);
        QCOMPARE(query.match.size(), 1);
        QCOMPARE(query.match.first().first, key);
        QCOMPARE(query.match.first().second, value);
        // Everything the table, the banner and the patient check need comes in the answer.
        for (const char* tag :
             {"00100010", "00100020", "00100021", "00100030", "00080061", "00201206", "00201208"})
            QVERIFY2(query.includeFields.contains(QLatin1String(tag)), tag);
        QVERIFY(query.limit > 0);
    }

    void everyWordOfANameMustMatch() {
        QVERIFY(DicomWebDirectory::nameMatches("García^María José", "maría garcía"));
        QVERIFY(DicomWebDirectory::nameMatches("García^María José", "José"));
        QVERIFY(DicomWebDirectory::nameMatches("García^María José", "garcia maria"));
        QVERIFY(DicomWebDirectory::nameMatches("Nguyễn^Văn An", "Nguyen"));
        QVERIFY(!DicomWebDirectory::nameMatches("García^María José", "María Müller"));
        QVERIFY(!DicomWebDirectory::nameMatches("Doe^John", "García"));
    }

    void patientFromTheDicomAttributes() {
        const QJsonObject patient = DicomWebDirectory::patientFromQido(qidoStudy());
        QCOMPARE(patient.value("resourceType").toString(), "Patient");
        QCOMPARE(patient.value("id").toString(), "SL-1002");
        const QJsonObject name = patient.value("name").toArray().first().toObject();
        QCOMPARE(name.value("family").toString(), "García");
        QCOMPARE(name.value("given").toArray(), QJsonArray({"María", "José"}));
        QCOMPARE(patient.value("birthDate").toString(), "1971-11-02");
        QCOMPARE(patient.value("gender").toString(), "female");
        const QJsonObject id = patient.value("identifier").toArray().first().toObject();
        QCOMPARE(id.value("system").toString(), "urn:oid:1.2.826.0.1.3680043.10.1042.1");
        QCOMPARE(id.value("value").toString(), "SL-1002");

        // No FHIR Patient behind it: the identity names the DICOM patient, not a reference.
        const PatientIdentity identity = DicomWebDirectory::identityFromQido(qidoStudy());
        QVERIFY(identity.patientReference.isEmpty());
        QCOMPARE(identity.identifiers.value(0).second, "SL-1002");
        QCOMPARE(identity.family, "García");
        QCOMPARE(identity.birthDate, QDate(1971, 11, 2));
    }

    void aPatientWithoutIssuerOrSex() {
        QJsonObject study = qidoStudy();
        study.remove("00100021");
        study.insert("00100040", attribute("CS", {}));
        study.insert("00100030", attribute("DA", {}));
        const QJsonObject patient = DicomWebDirectory::patientFromQido(study);
        QVERIFY(!patient.value("identifier").toArray().first().toObject().contains("system"));
        QVERIFY(!patient.contains("gender"));
        QVERIFY(!patient.contains("birthDate"));
    }

    void studyShapedLikeAFhirOne() {
        const ImagingStudyRecord s = DicomWebDirectory::studyFromQido(
            qidoStudy(), QUrl("https://pacs.example.org/dicom-web/"));
        QCOMPARE(s.studyUid, "1.2.3.4");
        QCOMPARE(s.accession, "ACC-7");
        QCOMPARE(s.started, QDateTime(QDate(2024, 1, 15), QTime(10, 15, 30)));
        QCOMPARE(s.modalities, QStringList({"CT", "SR"}));
        QCOMPARE(s.description, "CT CHEST");
        QCOMPARE(s.numberOfSeries, 2);
        QCOMPARE(s.numberOfInstances, 60);
        QVERIFY(s.retrievable());
        QVERIFY(s.endpoint->isDicomWeb());
        QCOMPARE(s.endpoint->serviceBase, QUrl("https://pacs.example.org/dicom-web"));
        QVERIFY(s.patientReference.isEmpty());

        QJsonObject noUid = qidoStudy();
        noUid.remove("0020000D");
        QVERIFY(!DicomWebDirectory::studyFromQido(noUid, QUrl("https://pacs.example.org"))
                     .retrievable());
    }

    void series() {
        const ImagingSeriesRecord s =
            DicomWebDirectory::seriesFromQido({{"0020000E", attribute("UI", {"1.2.3.4.5"})},
                                               {"00080060", attribute("CS", {"CT"})},
                                               {"00200011", attribute("IS", {3})},
                                               {"0008103E", attribute("LO", {"Lung 1 mm"})},
                                               {"00201209", attribute("IS", {30})}});
        QCOMPARE(s.uid, "1.2.3.4.5");
        QCOMPARE(s.modality, "CT");
        QCOMPARE(s.number, 3);
        QCOMPARE(s.description, "Lung 1 mm");
        QCOMPARE(s.numberOfInstances, 30);
    }

    void profileKindIsKept() {
        ServerProfile pacs;
        pacs.kind = ServerProfile::Kind::DicomWeb;
        pacs.fhirBase = QUrl("https://pacs.example.org/dicom-web");
        QVERIFY(ServerProfile::fromVariantMap(pacs.toVariantMap()).isDicomWebOnly());
        QVERIFY(!ServerProfile::fromVariantMap(ServerProfile{}.toVariantMap()).isDicomWebOnly());
        // Profiles saved before the kind existed are FHIR servers.
        QVariantMap old = ServerProfile{}.toVariantMap();
        old.remove("kind");
        QVERIFY(!ServerProfile::fromVariantMap(old).isDicomWebOnly());
    }

    void auditNamesTheDicomPatient() {
        const QJsonObject event =
            AuditEventBuilder::activity("dicomweb-retrieve", "DICOMweb retrieval",
                                        AuditEventBuilder::Action::Read)
                .patient(QString(), {"urn:oid:1.2.3", "SL-1002"})
                .build();
        const QJsonObject what =
            event.value("entity").toArray().first().toObject().value("what").toObject();
        QCOMPARE(what.value("identifier").toObject().value("value").toString(), "SL-1002");
        QCOMPARE(what.value("identifier").toObject().value("system").toString(), "urn:oid:1.2.3");
        QVERIFY(!what.contains("reference"));
        // A FHIR Patient, when there is one, wins.
        const QJsonObject fhir =
            AuditEventBuilder::activity("dicomweb-retrieve", "DICOMweb retrieval",
                                        AuditEventBuilder::Action::Read)
                .patient("Patient/pat-garcia", {"urn:oid:1.2.3", "SL-1002"})
                .build();
        QCOMPARE(fhir.value("entity")
                     .toArray()
                     .first()
                     .toObject()
                     .value("what")
                     .toObject()
                     .value("reference")
                     .toString(),
                 "Patient/pat-garcia");
    }
};

QTEST_GUILESS_MAIN(TestDicomWebDirectory)
#include "TestDicomWebDirectory.moc"
