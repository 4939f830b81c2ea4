// How a viewer's QIDO-RS search becomes a C-FIND identifier: the level's return keys, matching
// values from keywords and tags, UID lists, includefield, offset and limit; and what a node
// cannot be asked, refused with a reason.

#include "dimse/QidoOverCFind.h"

#include <QTest>

using namespace sightline;

namespace {
using Params = QList<QPair<QString, QString>>;

// The value sent for (group, element); "<absent>" when the identifier lacks it.
QString valueOf(const QidoOverCFind& search, quint16 group, quint16 element) {
    for (const auto& key : search.keys()) {
        if (key.group == group && key.element == element)
            return key.value;
    }
    return QStringLiteral("<absent>");
}
} // namespace

class TestQidoOverCFind : public QObject {
    Q_OBJECT
private slots:
    void studySearchMatchesByKeywordAndTag() {
        const auto search = QidoOverCFind::make(QidoOverCFind::Level::Study, {}, {},
                                                {{"PatientName", "MÜLLER*"},
                                                 {"00100020", "MRN-1"},
                                                 {"StudyDate", "20200101-20201231"},
                                                 {"ModalitiesInStudy", "CT"},
                                                 {"fuzzymatching", "true"}});
        QVERIFY2(search.ok(), qPrintable(search.error().message));
        QCOMPARE(search.value().level(), QString("STUDY"));
        QCOMPARE(valueOf(search.value(), 0x0010, 0x0010), QString("MÜLLER*"));
        QCOMPARE(valueOf(search.value(), 0x0010, 0x0020), QString("MRN-1"));
        QCOMPARE(valueOf(search.value(), 0x0008, 0x0020), QString("20200101-20201231"));
        QCOMPARE(valueOf(search.value(), 0x0008, 0x0061), QString("CT"));
        QCOMPARE(valueOf(search.value(), 0x0020, 0x000D), QString()); // returned
        QCOMPARE(valueOf(search.value(), 0x0008, 0x1030), QString());
        QCOMPARE(search.value().limit(), QidoOverCFind::kDefaultLimit);
    }

    void uidListsBecomeDicomLists() {
        const auto search = QidoOverCFind::make(QidoOverCFind::Level::Study, {}, {},
                                                {{"StudyInstanceUID", "1.2.3,1.2.4"}});
        QVERIFY(search.ok());
        QCOMPARE(valueOf(search.value(), 0x0020, 0x000D), QString("1.2.3\\1.2.4"));
    }

    void includefieldAddsReturnKeys() {
        const auto search =
            QidoOverCFind::make(QidoOverCFind::Level::Study, {}, {},
                                {{"includefield", "ReferringPhysicianName,00081080"},
                                 {"includefield", "NotAnAttribute"},
                                 {"includefield", "all"}});
        QVERIFY(search.ok());
        QCOMPARE(valueOf(search.value(), 0x0008, 0x0090), QString());
        QCOMPARE(valueOf(search.value(), 0x0008, 0x1080), QString());
    }

    void offsetAndLimit() {
        auto search = QidoOverCFind::make(QidoOverCFind::Level::Study, {}, {},
                                          {{"limit", "25"}, {"offset", "50"}});
        QVERIFY(search.ok());
        QCOMPARE(search.value().limit(), 25);
        QCOMPARE(search.value().offset(), 50);
        search = QidoOverCFind::make(QidoOverCFind::Level::Study, {}, {}, {{"limit", "999999"}});
        QVERIFY(search.ok());
        QVERIFY(search.value().limit() <= 10000);
        QVERIFY(!QidoOverCFind::make(QidoOverCFind::Level::Study, {}, {}, {{"limit", "-1"}}).ok());
        QVERIFY(!QidoOverCFind::make(QidoOverCFind::Level::Study, {}, {}, {{"offset", "x"}}).ok());
    }

    // The path's UIDs are the ones sent: a parameter cannot widen a series search to another
    // study.
    void seriesOfAStudy() {
        const auto search =
            QidoOverCFind::make(QidoOverCFind::Level::Series, "1.2.3", {},
                                {{"StudyInstanceUID", "9.9.9"}, {"Modality", "MR"}});
        QVERIFY(search.ok());
        QCOMPARE(search.value().level(), QString("SERIES"));
        QCOMPARE(valueOf(search.value(), 0x0020, 0x000D), QString("1.2.3"));
        QCOMPARE(valueOf(search.value(), 0x0008, 0x0060), QString("MR"));
        QCOMPARE(valueOf(search.value(), 0x0020, 0x000E), QString());
    }

    void acrossStudiesNeedsAStudy() {
        const auto none = QidoOverCFind::make(QidoOverCFind::Level::Series, {}, {}, {});
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains("StudyInstanceUID"));
        const auto named = QidoOverCFind::make(QidoOverCFind::Level::Series, {}, {},
                                               {{"StudyInstanceUID", "1.2.3"}});
        QVERIFY(named.ok());
        QCOMPARE(valueOf(named.value(), 0x0020, 0x000D), QString("1.2.3"));
        QVERIFY(!QidoOverCFind::make(QidoOverCFind::Level::Instance, "1.2.3", {}, {}).ok());
    }

    void instancesOfASeries() {
        const auto search = QidoOverCFind::make(QidoOverCFind::Level::Instance, "1.2.3", "1.2.3.4",
                                                {{"SOPInstanceUID", "1.2.3.4.5"}});
        QVERIFY(search.ok());
        QCOMPARE(search.value().level(), QString("IMAGE"));
        QCOMPARE(valueOf(search.value(), 0x0020, 0x000E), QString("1.2.3.4"));
        QCOMPARE(valueOf(search.value(), 0x0008, 0x0018), QString("1.2.3.4.5"));
        QCOMPARE(valueOf(search.value(), 0x0028, 0x0010), QString()); // Rows, for the layout
    }

    void whatANodeCannotBeAsked_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("said");
        QTest::newRow("unknown") << "NoSuchKeyword"
                                 << "1"
                                 << "NoSuchKeyword";
        QTest::newRow("sequence") << "ReferencedStudySequence.ReferencedSOPClassUID"
                                  << "1"
                                  << "sequence";
        QTest::newRow("the level") << "QueryRetrieveLevel"
                                   << "IMAGE"
                                   << "searched by";
        QTest::newRow("file meta") << "00020010"
                                   << "1.2.840.10008.1.2"
                                   << "searched by";
        QTest::newRow("a sequence") << "ReferencedStudySequence"
                                    << "x"
                                    << "searched by";
        QTest::newRow("backslash") << "PatientID"
                                   << "A\\B"
                                   << "PatientID";
        QTest::newRow("control") << "PatientID"
                                 << "A\nB"
                                 << "PatientID";
        QTest::newRow("too long") << "PatientID" << QString(2000, 'A') << "too long";
        QTest::newRow("study beside the path") << "StudyInstanceUID"
                                               << "not-a-uid"
                                               << "";
    }

    void whatANodeCannotBeAsked() {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, said);
        const auto search =
            QidoOverCFind::make(QidoOverCFind::Level::Series, "1.2.3", {}, {{name, value}});
        if (name == "StudyInstanceUID") { // the path's study stands; the parameter is ignored
            QVERIFY(search.ok());
            return;
        }
        QVERIFY(!search.ok());
        QCOMPARE(search.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(search.error().message.contains(said), qPrintable(search.error().message));
    }
};

QTEST_GUILESS_MAIN(TestQidoOverCFind)
#include "TestQidoOverCFind.moc"
