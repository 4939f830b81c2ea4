#include "imaging/PatientMatch.h"

#include <QJsonArray>
#include <QTest>

using namespace sightline;

// The clinical-safety comparison of DICOM patient identity with the FHIR Patient.
class TestPatientMatch : public QObject {
    Q_OBJECT

    static PatientIdentity mueller() {
        return PatientIdentity::fromPatient(
            QJsonObject{{"resourceType", "Patient"},
                        {"id", "pat-mueller"},
                        {"identifier",
                         QJsonArray{QJsonObject{{"system", "urn:oid:1.2.826.0.1.3680043.10.1042.1"},
                                                {"value", "SL-1001"}}}},
                        {"name", QJsonArray{QJsonObject{{"use", "nickname"}, {"family", "Mü"}},
                                            QJsonObject{{"use", "official"},
                                                        {"family", "Müller"},
                                                        {"given", QJsonArray{"Jürgen"}}}}},
                        {"birthDate", "1958-03-14"}});
    }

    static DicomHeader dicom(const QString& id, const QString& issuer, const QString& name,
                             const QDate& birth) {
        DicomHeader h;
        h.patientId = id;
        h.issuerOfPatientId = issuer;
        h.patientName = name;
        h.birthDate = birth;
        return h;
    }

private slots:
    void compare_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("differences");
        const QDate born(1958, 3, 14);
        QTest::newRow("same") << "SL-1001"
                              << ""
                              << "Müller^Jürgen" << born << 0;
        QTest::newRow("local issuer name") << "SL-1001"
                                           << "SIGHTLINE"
                                           << "Müller^Jürgen" << born << 0;
        QTest::newRow("same issuer OID") << "SL-1001"
                                         << "1.2.826.0.1.3680043.10.1042.1"
                                         << "Müller^Jürgen" << born << 0;
        QTest::newRow("other issuer OID") << "SL-1001"
                                          << "1.2.3.4"
                                          << "Müller^Jürgen" << born << 1;
        QTest::newRow("case and spacing") << "SL-1001"
                                          << ""
                                          << "MÜLLER^jürgen " << born << 0;
        QTest::newRow("no birth date in DICOM") << "SL-1001"
                                                << ""
                                                << "Müller^Jürgen" << QDate() << 0;
        QTest::newRow("other id") << "SL-9999"
                                  << ""
                                  << "Müller^Jürgen" << born << 1;
        QTest::newRow("other name") << "SL-1001"
                                    << ""
                                    << "Doe^John" << born << 1;
        QTest::newRow("other birth date") << "SL-1001"
                                          << ""
                                          << "Müller^Jürgen" << QDate(1958, 4, 14) << 1;
        QTest::newRow("sandbox mismatch") << "SL-9999"
                                          << "SIGHTLINE"
                                          << "Doe^John" << born << 2;
        QTest::newRow("transliterated umlauts") << "SL-1001"
                                                << ""
                                                << "MUELLER^JUERGEN" << born << 0;
        QTest::newRow("accents dropped") << "SL-1001"
                                         << ""
                                         << "MULLER^JURGEN" << born << 0;
        QTest::newRow("prefix and suffix") << "SL-1001"
                                           << ""
                                           << "Müller^Jürgen^^Dr.^" << born << 0;
        QTest::newRow("other given name") << "SL-1001"
                                          << ""
                                          << "Müller^Hans" << born << 1;
        QTest::newRow("empty header") << ""
                                      << ""
                                      << "" << QDate() << 2;
    }
    void compare() {
        QFETCH(QString, id);
        QFETCH(QString, issuer);
        QFETCH(QString, name);
        QFETCH(QDate, birth);
        QFETCH(int, differences);
        const PatientMismatch m = PatientMatch::compare(mueller(), dicom(id, issuer, name, birth));
        QCOMPARE(m.differences.size(), differences);
        QCOMPARE(m.isMismatch(), differences > 0);
    }

    // Names written in several scripts (PS3.5 6.2.1.2): the alphabetic group is compared, and
    // the ideographic and phonetic ones are other spellings of the same name, never a mismatch.
    void multiScriptNames_data() {
        QTest::addColumn<QString>("dicomName");
        QTest::addColumn<QJsonArray>("fhirNames");
        QTest::addColumn<bool>("same");
        const QJsonArray hong{QJsonObject{{"family", "Hong"}, {"given", QJsonArray{"Gildong"}}}};
        const QJsonArray yamada{QJsonObject{{"family", "Yamada"}, {"given", QJsonArray{"Tarou"}}},
                                QJsonObject{{"family", "山田"}, {"given", QJsonArray{"太郎"}}}};
        QTest::newRow("Korean, three groups") << "Hong^Gildong=洪^吉洞=홍^길동" << hong << true;
        QTest::newRow("Japanese, three groups")
            << "Yamada^Tarou=山田^太郎=やまだ^たろう" << yamada << true;
        QTest::newRow("ideographic group only") << "=山田^太郎" << yamada << true;
        QTest::newRow("alphabetic and empty ideographic") << "Hong^Gildong=" << hong << true;
        QTest::newRow("another person in every script")
            << "Kim^Chulsoo=金^哲洙=김^철수" << hong << false;
        QTest::newRow("empty") << "" << hong << false;
    }
    void multiScriptNames() {
        QFETCH(QString, dicomName);
        QFETCH(QJsonArray, fhirNames);
        QFETCH(bool, same);
        const PatientIdentity patient = PatientIdentity::fromPatient(
            QJsonObject{{"resourceType", "Patient"},
                        {"id", "p1"},
                        {"identifier", QJsonArray{QJsonObject{{"value", "ID-1"}}}},
                        {"name", fhirNames}});
        const PatientMismatch m =
            PatientMatch::compare(patient, dicom("ID-1", "", dicomName, QDate()));
        QCOMPARE(m.isMismatch(), !same);
    }

    // A search answer gives only the fields the node returned: one it left empty is not a
    // difference, one it gave is compared as in an image.
    void searchAnswers_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("differences");
        QTest::newRow("nothing returned") << ""
                                          << "" << QDate() << 0;
        QTest::newRow("the same, in other case") << "SL-1001"
                                                 << "MUELLER^JUERGEN" << QDate() << 0;
        QTest::newRow("the name only, another's") << ""
                                                  << "Schmidt^Anna" << QDate() << 1;
        QTest::newRow("the ID only, another's") << "SL-2002"
                                                << "" << QDate() << 1;
        QTest::newRow("another birth date") << "SL-1001"
                                            << "" << QDate(1960, 1, 1) << 1;
    }
    void searchAnswers() {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QDate, birth);
        QFETCH(int, differences);
        const DicomHeader answered = dicom(id, "", name, birth);
        QCOMPARE(PatientMatch::compareAnswer(mueller(), answered).differences.size(), differences);
        // An image with the same empty fields is a mismatch: its header must name the patient.
        if (id.isEmpty() || name.isEmpty())
            QVERIFY(PatientMatch::compare(mueller(), answered).isMismatch());
    }
};

QTEST_GUILESS_MAIN(TestPatientMatch)
#include "TestPatientMatch.moc"
