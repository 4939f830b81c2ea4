#include "dimse/DimseQuery.h"

#include <QTest>

using namespace sightline;

// What a query asks a DICOM node: the model for its level, matching and return keys, and what
// it refuses before anything is sent.
class TestDimseQuery : public QObject {
    Q_OBJECT

    static QString valueOf(const QList<DimseAssociation::QueryKey>& keys, quint16 group,
                           quint16 element, bool* present = nullptr) {
        for (const auto& key : keys) {
            if (key.group == group && key.element == element) {
                if (present)
                    *present = true;
                return key.value;
            }
        }
        if (present)
            *present = false;
        return {};
    }

private slots:
    void studyLevel() {
        DimseQuery query;
        query.patientName = QStringLiteral("MÜLLER*");
        query.studyDates = QStringLiteral("2026-01-01..2026-01-31");
        query.modality = QStringLiteral("CT");
        query.birthDate = QStringLiteral("1971-11-02");
        QCOMPARE(query.model(), QStringLiteral("1.2.840.10008.5.1.4.1.2.2.1")); // Study Root
        const auto keys = query.keys();
        QVERIFY(keys.ok());
        QCOMPARE(valueOf(*keys, 0x0010, 0x0010), QStringLiteral("MÜLLER*"));
        QCOMPARE(valueOf(*keys, 0x0008, 0x0020), QStringLiteral("20260101-20260131"));
        QCOMPARE(valueOf(*keys, 0x0008, 0x0061), QStringLiteral("CT"));
        QCOMPARE(valueOf(*keys, 0x0010, 0x0030), QStringLiteral("19711102"));
        bool present = false;
        valueOf(*keys, 0x0020, 0x000D, &present); // the study UID comes back
        QVERIFY(present);
        valueOf(*keys, 0x0020, 0x1208, &present); // and how many instances it has
        QVERIFY(present);
    }

    void openRanges() {
        DimseQuery query;
        query.studyDates = QStringLiteral("2026-01-01..");
        QCOMPARE(valueOf(query.keys().value(), 0x0008, 0x0020), QStringLiteral("20260101-"));
        query.studyDates = QStringLiteral("..2026-01-31");
        QCOMPARE(valueOf(query.keys().value(), 0x0008, 0x0020), QStringLiteral("-20260131"));
        query.studyDates = QStringLiteral("2026-02-03");
        QCOMPARE(valueOf(query.keys().value(), 0x0008, 0x0020), QStringLiteral("20260203"));
    }

    // Patients are asked in Patient Root (Study Root has no patient level).
    void patientLevel() {
        DimseQuery query;
        query.level = DimseQuery::Level::Patient;
        query.patientId = QStringLiteral("SL-1002");
        QCOMPARE(query.model(), QStringLiteral("1.2.840.10008.5.1.4.1.2.1.1"));
        const auto keys = query.keys();
        QVERIFY(keys.ok());
        QCOMPARE(valueOf(*keys, 0x0010, 0x0020), QStringLiteral("SL-1002"));
        bool present = true;
        valueOf(*keys, 0x0020, 0x000D, &present);
        QVERIFY(!present); // no study attributes at the patient level
    }

    // Below the study level only the unique keys above are sent (PS3.4 C.4.1): no patient name.
    void seriesLevel() {
        DimseQuery query;
        query.level = DimseQuery::Level::Series;
        query.studyUid = QStringLiteral("1.2.3");
        query.patientName = QStringLiteral("DOE*");
        const auto keys = query.keys();
        QVERIFY(keys.ok());
        QCOMPARE(valueOf(*keys, 0x0020, 0x000D), QStringLiteral("1.2.3"));
        bool present = true;
        valueOf(*keys, 0x0010, 0x0010, &present);
        QVERIFY(!present);
        valueOf(*keys, 0x0020, 0x000E, &present);
        QVERIFY(present);
    }

    void refusedBeforeSending_data() {
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("dates");
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("study");
        QTest::addColumn<QString>("series");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("bad-date") << "study"
                                  << "2026-13-01"
                                  << ""
                                  << ""
                                  << ""
                                  << "not a date";
        QTest::newRow("empty-range") << "study"
                                     << ".."
                                     << ""
                                     << ""
                                     << ""
                                     << "range";
        QTest::newRow("bad-birth") << "patient"
                                   << ""
                                   << "02/11/1971"
                                   << ""
                                   << ""
                                   << "not a date";
        QTest::newRow("series-no-study") << "series"
                                         << ""
                                         << ""
                                         << ""
                                         << ""
                                         << "Study Instance UID";
        QTest::newRow("image-no-series") << "image"
                                         << ""
                                         << ""
                                         << "1.2"
                                         << ""
                                         << "Series Instance UID";
        QTest::newRow("bad-uid") << "series"
                                 << ""
                                 << ""
                                 << "1.2.x"
                                 << ""
                                 << "not a Study";
    }
    void refusedBeforeSending() {
        QFETCH(QString, level);
        QFETCH(QString, dates);
        QFETCH(QString, birth);
        QFETCH(QString, study);
        QFETCH(QString, series);
        QFETCH(QString, messagePart);
        DimseQuery query;
        query.level = DimseQuery::levelFromName(level).value();
        query.studyDates = dates;
        query.birthDate = birth;
        query.studyUid = study;
        query.seriesUid = series;
        const auto keys = query.keys();
        QVERIFY(!keys.ok());
        QCOMPARE(keys.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(keys.error().message.contains(messagePart), qPrintable(keys.error().message));
    }

    void levels() {
        QCOMPARE(DimseQuery::levelFromName(QStringLiteral("Study")), DimseQuery::Level::Study);
        QCOMPARE(DimseQuery::levelFromName(QStringLiteral("instance")), DimseQuery::Level::Image);
        QVERIFY(!DimseQuery::levelFromName(QStringLiteral("hospital")));
    }
};

QTEST_GUILESS_MAIN(TestDimseQuery)
#include "TestDimseQuery.moc"
