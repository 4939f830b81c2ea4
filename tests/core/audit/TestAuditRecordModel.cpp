#include "audit/AuditFilterProxy.h"
#include "audit/AuditRecordModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sightline;

Q_DECLARE_METATYPE(sightline::AuditFilter)

// The Audit panel's model and filter over audit records shaped as Sightline writes them
// (AuditEvent with a subtype or a type, the server as the agent of type 110153): what each
// column shows, and which rows each filter keeps. Both pass QAbstractItemModelTester.
class TestAuditRecordModel : public QObject {
    Q_OBJECT

    static AuditRecord record(qint64 seq, const QString& activity, bool asSubtype,
                              const QString& action, int outcome, const QString& patient,
                              const QString& user, const QString& server, const QString& recorded) {
        QJsonObject event{{"resourceType", "AuditEvent"}, {"action", action}};
        const QJsonObject code{{"code", activity}};
        if (asSubtype)
            event.insert("subtype", QJsonArray{code});
        else
            event.insert("type", code);
        event.insert(
            "agent",
            QJsonArray{
                QJsonObject{
                    {"type", QJsonObject{{"coding", QJsonArray{QJsonObject{{"code", "110153"}}}}}},
                    {"who", QJsonObject{{"display", server}}}},
                QJsonObject{{"who", QJsonObject{{"display", "Sightline"}}}}});
        AuditRecord r;
        r.seq = seq;
        r.recordedUtc = QDateTime::fromString(recorded, Qt::ISODate);
        r.json = QJsonDocument(event).toJson(QJsonDocument::Compact);
        r.patient = patient;
        r.user = user;
        r.action = action;
        r.outcome = outcome;
        return r;
    }

    static QList<AuditRecord> records() {
        return {record(1, "read", true, "R", 0, "Patient/pat-mueller", "Practitioner/dr-rad",
                       "Sandbox FHIR", "2026-12-01T08:00:00Z"),
                record(2, "login", false, "E", 0, "", "Practitioner/dr-rad", "Sandbox SMART",
                       "2026-12-02T09:00:00Z"),
                record(3, "search-type", true, "E", 4, "Patient/pat-garcia", "", "Hospital PACS",
                       "2026-12-03T10:00:00Z"),
                record(4, "retrieve", false, "R", 8, "Patient/pat-garcia", "Practitioner/dr-who",
                       "Hospital PACS", "2026-12-04T11:00:00Z")};
    }

    static QList<qint64> seqs(const QAbstractItemModel& model) {
        QList<qint64> out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.data(model.index(row, AuditRecordModel::Seq)).toLongLong();
        return out;
    }

private slots:
    void columnsShowWhatHappened() {
        AuditRecordModel model;
        QAbstractItemModelTester tester(&model);
        model.setRecords(records());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(AuditRecordModel::ColumnCount));
        const auto text = [&](int row, int column) {
            return model.data(model.index(row, column)).toString();
        };
        QCOMPARE(text(0, AuditRecordModel::Activity), QStringLiteral("read"));  // subtype
        QCOMPARE(text(1, AuditRecordModel::Activity), QStringLiteral("login")); // type
        QCOMPARE(text(0, AuditRecordModel::Action), QStringLiteral("Read"));
        QCOMPARE(text(1, AuditRecordModel::Action), QStringLiteral("Execute"));
        QCOMPARE(text(0, AuditRecordModel::Outcome), QStringLiteral("success"));
        QCOMPARE(text(2, AuditRecordModel::Outcome), QStringLiteral("minor failure"));
        QCOMPARE(text(3, AuditRecordModel::Outcome), QStringLiteral("serious failure"));
        QCOMPARE(text(2, AuditRecordModel::User), QStringLiteral("(not logged in)"));
        QCOMPARE(text(0, AuditRecordModel::Server), QStringLiteral("Sandbox FHIR"));
        QCOMPARE(text(3, AuditRecordModel::Patient), QStringLiteral("Patient/pat-garcia"));
        QCOMPARE(model.data(model.index(3, 0), AuditRecordModel::OutcomeRole).toInt(), 8);
        QVERIFY(model.data(model.index(0, 0), AuditRecordModel::TextRole)
                    .toString()
                    .contains(QLatin1String("\"resourceType\":\"AuditEvent\"")));
        QCOMPARE(model.headerData(AuditRecordModel::Server, Qt::Horizontal).toString(),
                 QStringLiteral("Server"));
        QVERIFY(!model.data(model.index(0, 0), Qt::DecorationRole).isValid());

        model.setRecords({});
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersKeepTheRowsAsked_data() {
        QTest::addColumn<AuditFilter>("filter");
        QTest::addColumn<QList<qint64>>("kept");
        AuditFilter all;
        QTest::newRow("nothing asked") << all << QList<qint64>{1, 2, 3, 4};
        AuditFilter from = all;
        from.fromUtc = QDateTime::fromString("2026-12-02T00:00:00Z", Qt::ISODate);
        from.toUtc = QDateTime::fromString("2026-12-03T23:59:59Z", Qt::ISODate);
        QTest::newRow("time range") << from << QList<qint64>{2, 3};
        AuditFilter action = all;
        action.action = "R";
        QTest::newRow("reads") << action << QList<qint64>{1, 4};
        AuditFilter failures = all;
        failures.outcome = 1;
        QTest::newRow("failures") << failures << QList<qint64>{3, 4};
        AuditFilter successes = all;
        successes.outcome = 0;
        QTest::newRow("successes") << successes << QList<qint64>{1, 2};
        AuditFilter patient = all;
        patient.patient = "PAT-GARCIA";
        QTest::newRow("patient, any case") << patient << QList<qint64>{3, 4};
        AuditFilter user = all;
        user.user = "dr-rad";
        QTest::newRow("user") << user << QList<qint64>{1, 2};
        AuditFilter server = all;
        server.server = "pacs";
        QTest::newRow("server") << server << QList<qint64>{3, 4};
        AuditFilter text = all;
        text.text = "search-type";
        QTest::newRow("text in the event") << text << QList<qint64>{3};
        AuditFilter both = all;
        both.patient = "garcia";
        both.outcome = 1;
        both.action = "E";
        QTest::newRow("all at once") << both << QList<qint64>{3};
    }
    void filtersKeepTheRowsAsked() {
        QFETCH(AuditFilter, filter);
        QFETCH(QList<qint64>, kept);
        AuditRecordModel model;
        AuditFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy);
        model.setRecords(records());
        proxy.setFilter(filter);
        QCOMPARE(seqs(proxy), kept);
        proxy.setFilter({});
        QCOMPARE(proxy.rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestAuditRecordModel)
#include "TestAuditRecordModel.moc"
