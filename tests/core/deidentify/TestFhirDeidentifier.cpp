#include "FhirDeidentifyFixtures.h"
#include "deidentify/FhirDeidentifier.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// FHIR de-identification: what identifies people is gone (checked element by element and by
// searching the output for every identifying string), ids and references are pseudonymised
// consistently, and each patient's dates move by that patient's shift with precision, time
// and zone kept.
class TestFhirDeidentifier : public QObject {
    Q_OBJECT

    const QByteArray m_key = QByteArray(32, 'k');

    static QJsonObject parse(const char* json) {
        return QJsonDocument::fromJson(QByteArray(json)).object();
    }
    static QByteArray text(const QJsonObject& object) {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    static QString shifted(const QString& date, int days) {
        return QDate::fromString(date, Qt::ISODate).addDays(-days).toString(Qt::ISODate);
    }

private slots:
    void patientLosesEverythingIdentifying() {
        const FhirDeidentifier deidentifier{Pseudonymizer(m_key)};
        FhirDeidentifyCounts counts;
        const QJsonObject out = deidentifier.deidentify(parse(test::patientJson), &counts);
        for (const char* gone :
             {"text", "identifier", "name", "telecom", "address", "photo", "contact", "link"})
            QVERIFY2(!out.contains(QLatin1String(gone)), gone);
        const QJsonArray extensions = out.value("extension").toArray();
        QCOMPARE(extensions.size(), 1); // the maiden name is gone, the harmless one stays
        QCOMPARE(extensions[0].toObject().value("valueString").toString(), QString("green"));
        QCOMPARE(out.value("gender").toString(), QString("female"));
        QVERIFY(!out.value("generalPractitioner").toArray()[0].toObject().contains("display"));

        const Pseudonymizer keys(m_key);
        const int days = keys.dayShift("Patient/pat-anna");
        QCOMPARE(out.value("id").toString(), keys.patientId("Patient/pat-anna"));
        QCOMPARE(out.value("birthDate").toString(), shifted("1961-02-03", days));
        const QString birthTime = out.value("_birthDate")
                                      .toObject()
                                      .value("extension")
                                      .toArray()[0]
                                      .toObject()
                                      .value("valueDateTime")
                                      .toString();
        QCOMPARE(birthTime, shifted("1961-02-03", days) + "T04:05:06+01:00");
        QCOMPARE(out.value("meta").toObject().value("lastUpdated").toString(),
                 shifted("2024-05-06", days) + "T07:08:09.123Z");

        const QByteArray all = text(out);
        for (const char* phi :
             {"Beispiel", "Anna", "Maria", "MRN-4711", "1234567", "Linden", "Berlin", "10115",
              "Mustermann", "Otto", "Weiss", "pat-anna", "1961-02-03", "dr-weiss"})
            QVERIFY2(!all.contains(phi), phi);
        QVERIFY(counts.removed >= 9);
        QCOMPARE(counts.resources, qint64(1));
    }

    void observationFollowsItsPatient() {
        const FhirDeidentifier deidentifier{Pseudonymizer(m_key)};
        const Pseudonymizer keys(m_key);
        const QJsonObject patient = deidentifier.deidentify(parse(test::patientJson));
        const QJsonObject out = deidentifier.deidentify(parse(test::observationJson));
        // The reference points at the de-identified Patient, without the hospital's base URL.
        QCOMPARE(out.value("subject").toObject().value("reference").toString(),
                 "Patient/" + patient.value("id").toString());
        QVERIFY(!out.value("subject").toObject().contains("display"));
        QCOMPARE(out.value("performer").toArray()[0].toObject().value("reference").toString(),
                 patient.value("generalPractitioner")
                     .toArray()[0]
                     .toObject()
                     .value("reference")
                     .toString());
        QVERIFY(!out.contains("note"));
        QVERIFY(!out.contains("identifier"));
        QCOMPARE(out.value("id").toString(), keys.resourceId("Observation", "obs-1"));

        const int days = keys.dayShift("Patient/pat-anna");
        QCOMPARE(out.value("effectiveDateTime").toString(),
                 shifted("2023-07-14", days) + "T09:30:00+02:00");
        QCOMPARE(out.value("issued").toString(), shifted("2023-07-14", days) + "T10:00:00.000Z");
        // Month precision stays month precision; a bare year says too little and is kept.
        const QString month = QDate(2023, 7, 15).addDays(-days).toString(QStringLiteral("yyyy-MM"));
        QCOMPARE(out.value("effectivePeriod").toObject().value("start").toString(), month);
        QCOMPARE(out.value("effectivePeriod").toObject().value("end").toString(), QString("2023"));
        // Codes and values are untouched.
        QCOMPARE(out.value("code").toObject().value("coding").toArray()[0].toObject().value("code"),
                 QJsonValue("718-7"));
        QCOMPARE(out.value("valueQuantity").toObject().value("value").toDouble(), 13.2);
    }

    void shiftsDifferPerPatientAndKey() {
        const Pseudonymizer keys(m_key);
        const Pseudonymizer other(QByteArray(32, 'o'));
        // Fixed inputs: these differ for this key (a keyed hash, so checked, not assumed).
        QVERIFY(keys.dayShift("Patient/pat-anna") != keys.dayShift("Patient/pat-nguyen"));
        QVERIFY(keys.patientId("Patient/pat-anna") != other.patientId("Patient/pat-anna"));
        QVERIFY(keys.uid("1.2.3") != other.uid("1.2.3"));
        QCOMPARE(keys.uid("1.2.3"), Pseudonymizer(m_key).uid("1.2.3"));
        for (const QString& id : {QString("a"), QString("b"), QString("c"), QString("d")}) {
            const int days = keys.dayShift(id);
            QVERIFY(days >= 1 && days <= Pseudonymizer::maxShiftDays);
        }
        const FhirDeidentifier deidentifier{keys};
        const QJsonObject nguyen =
            deidentifier.deidentify(parse(test::otherPatientObservationJson));
        QCOMPARE(nguyen.value("effectiveDateTime").toString(),
                 shifted("2023-07-14", keys.dayShift("Patient/pat-nguyen")));
    }

    void uidsAreValidDicomUids() {
        const Pseudonymizer keys(m_key);
        for (const QString& original :
             {QString("1.2.840.113619.2.55.3"), QString("9"), QString("1.3.6.1.4.1.5962.99.1.2")}) {
            const QString uid = keys.uid(original);
            QVERIFY(uid.startsWith("2.25."));
            QVERIFY(uid.size() <= 64);
            QVERIFY(!uid.mid(5).startsWith('0'));
            for (const QChar c : uid.mid(5))
                QVERIFY(c.isDigit());
        }
    }

    void ndjsonDropsMalformedLines() {
        QTemporaryDir dir;
        QFile in(dir.filePath("Patient.ndjson"));
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write(QJsonDocument(parse(test::patientJson)).toJson(QJsonDocument::Compact) + "\n");
        in.write("{\"resourceType\": \"Patient\", \"name\": [{\"family\": \"Cut\n");
        in.write("\n");
        in.write(QJsonDocument(parse(test::observationJson)).toJson(QJsonDocument::Compact) + "\n");
        in.write("[1, 2]\n");
        in.close();
        const FhirDeidentifier deidentifier{Pseudonymizer(m_key)};
        const auto counts =
            deidentifier.deidentifyNdjson(in.fileName(), dir.filePath("out.ndjson"));
        QVERIFY2(counts, counts ? "" : qPrintable(counts.error().message));
        QCOMPARE(counts->resources, qint64(2));
        QCOMPARE(counts->malformedLines, qint64(2));
        QCOMPARE(counts->malformedLineNumbers, QList<qint64>({2, 5}));
        QFile out(dir.filePath("out.ndjson"));
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray written = out.readAll();
        QCOMPARE(written.count('\n'), 2);
        for (const char* phi : {"Beispiel", "Cut", "MRN-4711", "Anna"})
            QVERIFY2(!written.contains(phi), phi);
    }

    void deepNestingIsDroppedNotFollowed() {
        QJsonObject inner{{"value", "x"}};
        for (int i = 0; i < 200; ++i)
            inner = QJsonObject{{"nested", inner}};
        QJsonObject resource{{"resourceType", "Basic"}, {"id", "b"}, {"deep", inner}};
        const QJsonObject out = FhirDeidentifier{Pseudonymizer(m_key)}.deidentify(resource);
        QVERIFY(!text(out).contains("\"x\""));
    }
};

QTEST_GUILESS_MAIN(TestFhirDeidentifier)
#include "TestFhirDeidentifier.moc"
