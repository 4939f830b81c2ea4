// What a DICOM node is asked when the user types a patient: the same rules as for a DICOMweb
// PACS (a birth date, a PatientID, the first word of a name), a name in each spelling of case a
// case-sensitive node may hold it in.

#include "dimse/DimseQuery.h"
#include "imaging/DimseStudySource.h"

#include <QTest>

using namespace sightline;

class TestDimseStudySource : public QObject {
    Q_OBJECT

    static QStringList names(const QList<DimseQuery>& queries) {
        QStringList out;
        for (const DimseQuery& q : queries) {
            if (q.level != DimseQuery::Level::Study)
                return {QStringLiteral("not at the study level")};
            out << q.patientName;
        }
        return out;
    }

private slots:
    void nameInEverySpellingOfCase() {
        QCOMPARE(names(DimseStudySource::patientQueries(QStringLiteral("müller anna"))),
                 (QStringList{QStringLiteral("*m*ller*"), QStringLiteral("*M*LLER*"),
                              QStringLiteral("*M*ller*")}));
        // Typed in capitals already: asked twice, not three times.
        QCOMPARE(names(DimseStudySource::patientQueries(QStringLiteral("DOE"))),
                 (QStringList{QStringLiteral("*DOE*"), QStringLiteral("*Doe*")}));
    }

    void birthDateAndPatientIdOnce() {
        const auto byDate = DimseStudySource::patientQueries(QStringLiteral("1971-11-02"));
        QCOMPARE(byDate.size(), 1);
        QCOMPARE(byDate.first().birthDate, QStringLiteral("1971-11-02"));
        QVERIFY(byDate.first().keys().ok());
        const auto byId = DimseStudySource::patientQueries(QStringLiteral("SL-1002"));
        QCOMPARE(byId.size(), 1);
        QCOMPARE(byId.first().patientId, QStringLiteral("SL-1002"));
        QVERIFY(byId.first().patientName.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDimseStudySource)
#include "TestDimseStudySource.moc"
