#include "audit/AuditEventBuilder.h"
#include "audit/AuditJournal.h"
#include "audit/ProvenanceBuilder.h"

#include <QCoreApplication>
#include <QTextStream>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <csignal>
#include <sys/resource.h>

using namespace sightline;

namespace {

QJsonObject sampleEvent(int n, const QString& patient = QStringLiteral("Patient/pat-mueller")) {
    return AuditEventBuilder::rest(QStringLiteral("search-type"),
                                   AuditEventBuilder::Action::Execute)
        .recorded(QDateTime(QDate(2026, 11, 22), QTime(8, 0), QTimeZone::utc()).addSecs(n))
        .outcome(AuditEventBuilder::Outcome::Success)
        .user(QStringLiteral("Practitioner/dr-rad"), QStringLiteral("Dr Rad"))
        .application(QStringLiteral("workstation-1"))
        .server(QUrl(QStringLiteral("http://127.0.0.1:8080/fhir")))
        .tokenId(QStringLiteral("jti-%1").arg(n))
        .patient(patient)
        .query("ImagingStudy?patient=pat-mueller&_include=ImagingStudy:endpoint")
        .build();
}

// Edits the database behind the journal's back, as an attacker with file access could.
void tamper(const QString& path, const QString& sql) {
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& statement : sql.split(QLatin1Char(';')))
            QVERIFY2(q.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

} // namespace

class TestAuditJournal : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString freshJournal(const QString& name, int events) {
        const QString path = m_dir.filePath(name);
        auto journal = AuditJournal::open(path);
        if (!journal)
            qFatal("%s", qPrintable(journal.error().toString()));
        for (int i = 1; i <= events; ++i)
            (*journal)->append(sampleEvent(i));
        return path;
    }

    static AuditVerifyReport verifyFile(const QString& path) {
        auto journal = AuditJournal::open(path);
        return journal ? (*journal)->verify()
                       : AuditVerifyReport{0, false, -1, journal.error().toString()};
    }

private slots:
    void builderFollowsBalp() {
        const QJsonObject e = sampleEvent(1);
        QCOMPARE(e.value(QLatin1String("resourceType")).toString(), QStringLiteral("AuditEvent"));
        QCOMPARE(e.value(QLatin1String("type")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("rest"));
        QCOMPARE(e.value(QLatin1String("subtype"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("search-type"));
        QCOMPARE(e.value(QLatin1String("action")).toString(), QStringLiteral("E"));
        QCOMPARE(e.value(QLatin1String("agent")).toArray().size(), 3);
        const QString text = QString::fromUtf8(QJsonDocument(e).toJson());
        QVERIFY(text.contains(QLatin1String("jti-1")));
        QVERIFY(text.contains(QLatin1String("observer")));
        const QJsonArray entities = e.value(QLatin1String("entity")).toArray();
        QCOMPARE(QByteArray::fromBase64(
                     entities[1].toObject().value(QLatin1String("query")).toString().toLatin1()),
                 QByteArray("ImagingStudy?patient=pat-mueller&_include=ImagingStudy:endpoint"));
    }

    void provenance() {
        const QJsonObject p =
            ProvenanceBuilder(QStringLiteral("CREATE"))
                .target(QStringLiteral("Patient/123"))
                .target(QStringLiteral("ImagingStudy/9"))
                .recorded(QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc()))
                .author(QStringLiteral("Practitioner/dr-rad"))
                .assembler(QStringLiteral("Sightline"))
                .onBehalfOf(QStringLiteral("Organization/radiology"))
                .entity(QStringLiteral("source"), QStringLiteral("Bundle/export-1"))
                .reason(QStringLiteral("TREAT"))
                .build();
        QCOMPARE(p.value(QLatin1String("resourceType")).toString(), QStringLiteral("Provenance"));
        QCOMPARE(p.value(QLatin1String("target")).toArray().size(), 2);
        QCOMPARE(p.value(QLatin1String("agent")).toArray().size(), 2);
        QCOMPARE(p.value(QLatin1String("agent"))
                     .toArray()[0]
                     .toObject()
                     .value(QLatin1String("onBehalfOf"))
                     .toObject()
                     .value(QLatin1String("reference"))
                     .toString(),
                 QStringLiteral("Organization/radiology"));
        QCOMPARE(p.value(QLatin1String("entity"))
                     .toArray()[0]
                     .toObject()
                     .value(QLatin1String("role"))
                     .toString(),
                 QStringLiteral("source"));
        QCOMPARE(p.value(QLatin1String("recorded")).toString(),
                 QStringLiteral("2026-11-22T09:00:00.000Z"));
    }

    void appendAndVerify() {
        const QString path = freshJournal(QStringLiteral("ok.db"), 25);
        auto journal = AuditJournal::open(path);
        QVERIFY(journal.ok());
        QCOMPARE((*journal)->count(), 25);
        const auto report = (*journal)->verify();
        QVERIFY2(report.intact, qPrintable(report.problem));
        QCOMPARE(report.checked, 25);
        // Reopening continues the chain from the stored head.
        QVERIFY((*journal)->append(sampleEvent(26)).ok());
        QVERIFY((*journal)->verify().intact);
        const auto records = (*journal)->records({});
        QCOMPARE(records.size(), 26);
        QCOMPARE(records[1].previousHash, records[0].hash);
        QCOMPARE(records[0].previousHash, AuditJournal::kZeroHash);
        QCOMPARE(records[0].patient, QStringLiteral("Patient/pat-mueller"));
        QCOMPARE(records[0].user, QStringLiteral("Practitioner/dr-rad"));
    }

    void tampering_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("brokenAt");
        QTest::newRow("edited")
            << QStringLiteral(
                   "UPDATE events SET json = replace(json, 'dr-rad', 'dr-evil') WHERE seq = 7")
            << qint64(7);
        QTest::newRow("deleted") << QStringLiteral("DELETE FROM events WHERE seq = 5") << qint64(6);
        QTest::newRow("reordered")
            << QStringLiteral("UPDATE events SET seq = 1000 WHERE seq = 3;UPDATE events SET seq = "
                              "3 WHERE seq = 4;UPDATE events SET seq = 4 WHERE seq = 1000")
            << qint64(3);
        QTest::newRow("inserted")
            << QStringLiteral("INSERT INTO events(seq, recorded, json, hash, prev_hash) SELECT "
                              "100, recorded, json, hash, prev_hash FROM events WHERE seq = 2")
            << qint64(100);
        QTest::newRow("hash-rewritten")
            << QStringLiteral("UPDATE events SET hash = '00' WHERE seq = 9") << qint64(9);
    }
    void tampering() {
        QFETCH(QString, sql);
        QFETCH(qint64, brokenAt);
        const QString path = freshJournal(
            QStringLiteral("t-%1.db").arg(QString::fromLatin1(QTest::currentDataTag())), 12);
        tamper(path, sql);
        const auto report = verifyFile(path);
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBrokenSeq, brokenAt);
        QVERIFY(!report.problem.isEmpty());
    }

    // Large journals are verified in batches, hashed on another thread while the next batch is
    // read: the first broken record is still the one reported, wherever the batches fall.
    // The fast canonical writer gives the bytes Qt's compact JSON gives, for events and for the
    // awkward cases: escapes, control characters, non-ASCII and astral characters, numbers.
    void canonicalJsonMatchesQt() {
        QJsonObject odd{
            {QStringLiteral("quote\"back\\slash"), QStringLiteral("tab\tnew\nline\rcr\bfeed\f")},
            {QStringLiteral("control"), QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f)},
            {QStringLiteral("names"),
             QStringLiteral("Jürgen Müller · María José García · 山田太郎")},
            {QStringLiteral("astral"), QString::fromUcs4(U"\U0001F600 \U00010348")},
            {QStringLiteral("numbers"),
             QJsonArray{0, -1, 42, 1.5, -0.25, 1e21, 3.0, 123456789012345.0, 0.1, 2.5e-7}},
            {QStringLiteral("literals"), QJsonArray{true, false, QJsonValue()}},
            {QStringLiteral("empty"), QJsonObject{}},
            {QStringLiteral("emptyArray"), QJsonArray{}},
            {QStringLiteral("nested"),
             QJsonObject{{QStringLiteral("a"),
                          QJsonArray{QJsonObject{{QStringLiteral("b"), QStringLiteral("/")}}}}}},
            {QString(), QStringLiteral("empty key")},
        };
        for (const QJsonObject& o :
             {odd, sampleEvent(1), sampleEvent(2, QStringLiteral("Patient/ö"))})
            QCOMPARE(AuditJournal::canonicalJson(o),
                     QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    void tamperingInALargeJournal() {
        const QString path = m_dir.filePath(QStringLiteral("large.db"));
        {
            auto journal = AuditJournal::open(path);
            QList<QJsonObject> events;
            for (int i = 1; i <= 7000; ++i)
                events << sampleEvent(i);
            QVERIFY((*journal)->appendBatch(events).ok());
            QVERIFY((*journal)->verify().intact);
            QCOMPARE((*journal)->verify().checked, 7000);
        }
        // A changed record in the second batch, and a later broken link in the fourth.
        tamper(path, QStringLiteral("UPDATE events SET json = replace(json, 'dr-rad', 'dr-who') "
                                    "WHERE seq = 3000;"
                                    "UPDATE events SET prev_hash = hash WHERE seq = 6500"));
        auto report = verifyFile(path);
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBrokenSeq, qint64(3000));
        QVERIFY(report.problem.contains(QLatin1String("changed")));
        // A link broken before any changed record wins, even while that batch is still hashing.
        tamper(path, QStringLiteral("UPDATE events SET prev_hash = hash WHERE seq = 2049"));
        report = verifyFile(path);
        QCOMPARE(report.firstBrokenSeq, qint64(2049));
        QVERIFY(report.problem.contains(QLatin1String("does not follow")));
        // The last record, alone in the last (partial) batch.
        const QString tail = m_dir.filePath(QStringLiteral("large-tail.db"));
        {
            auto journal = AuditJournal::open(tail);
            QList<QJsonObject> events;
            for (int i = 1; i <= 4097; ++i)
                events << sampleEvent(i);
            QVERIFY((*journal)->appendBatch(events).ok());
        }
        tamper(tail, QStringLiteral("UPDATE events SET json = replace(json, 'dr-rad', 'dr-who') "
                                    "WHERE seq = 4097"));
        QCOMPARE(verifyFile(tail).firstBrokenSeq, qint64(4097));
    }

    void batchIsAllOrNothing() {
        auto journal = AuditJournal::open(m_dir.filePath(QStringLiteral("batch.db")));
        QList<QJsonObject> events;
        for (int i = 0; i < 1000; ++i)
            events << sampleEvent(i);
        QVERIFY((*journal)->appendBatch(events).ok());
        QCOMPARE((*journal)->count(), 1000);
        QVERIFY((*journal)->verify().intact);
        QCOMPARE((*journal)
                     ->records({QDateTime(), QDateTime(), QStringLiteral("Patient/none"), 10})
                     .size(),
                 0);
        QCOMPARE((*journal)
                     ->records({QDateTime(QDate(2026, 11, 22), QTime(8, 10), QTimeZone::utc()),
                                QDateTime(), QString(), 5000})
                     .size(),
                 1000 - 600);
    }

    void rotationContinuesTheChain() {
        const QString path = freshJournal(QStringLiteral("rotating.db"), 5);
        auto journal = AuditJournal::open(path);
        const QByteArray lastHash = (*journal)->headHash();
        const QString archive = m_dir.filePath(QStringLiteral("rotating-2026-11.db"));
        QVERIFY((*journal)->rotate(archive).ok());
        QCOMPARE((*journal)->count(), 0);
        QCOMPARE((*journal)->genesisHash(), lastHash);
        QVERIFY((*journal)->append(sampleEvent(6)).ok());
        QCOMPARE((*journal)->records({}).first().previousHash, lastHash);
        QVERIFY((*journal)->verify().intact);
        QVERIFY(verifyFile(archive).intact);
        // Cutting the tail off a sealed file is caught.
        tamper(archive, QStringLiteral("DELETE FROM events WHERE seq = 5"));
        QVERIFY(!verifyFile(archive).intact);
        QVERIFY(!(*journal)->rotate(archive).ok()); // never overwrites an archive
    }

    void clockGoingBackwards() {
        auto journal = AuditJournal::open(m_dir.filePath(QStringLiteral("clock.db")));
        QVERIFY((*journal)->append(sampleEvent(100)).ok());
        QVERIFY((*journal)->append(sampleEvent(10)).ok()); // recorded earlier than its predecessor
        QVERIFY((*journal)->append(sampleEvent(50)).ok());
        QVERIFY((*journal)->verify().intact); // order is the sequence, not the clock
        const auto records = (*journal)->records({});
        QCOMPARE(records.size(), 3);
        QVERIFY(records[1].recordedUtc < records[0].recordedUtc);
        // Time filters still find what the clock said.
        QCOMPARE((*journal)
                     ->records({QDateTime(),
                                QDateTime(QDate(2026, 11, 22), QTime(8, 0, 30), QTimeZone::utc()),
                                QString(), 10})
                     .size(),
                 1);
    }

    void databaseLockedIsAnErrorNotALoss() {
        const QString path = m_dir.filePath(QStringLiteral("locked.db"));
        auto journal = AuditJournal::open(path);
        QVERIFY((*journal)->append(sampleEvent(1)).ok());
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            const auto blocked = (*journal)->append(sampleEvent(2));
            QVERIFY(!blocked.ok());
            QCOMPARE(blocked.error().kind, Error::Kind::Storage);
            QVERIFY2(blocked.error().details.contains(QLatin1String("locked")),
                     qPrintable(blocked.error().details));
            lock.exec(QStringLiteral("ROLLBACK"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QVERIFY((*journal)->append(sampleEvent(2)).ok()); // the chain carries on where it was
        QVERIFY((*journal)->verify().intact);
        QCOMPARE((*journal)->count(), 2);
    }

    void diskFullIsAClearErrorAndTheChainStaysValid() {
        const QString path = m_dir.filePath(QStringLiteral("full.db"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SIGHTLINE_AUDIT_DISK_FULL"), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        QCOMPARE(child.exitCode(), 0);
        QVERIFY2(output.contains(QLatin1String("could not")), qPrintable(output));
        const auto report = verifyFile(path);
        QVERIFY2(report.intact, qPrintable(report.problem));
        QVERIFY(report.checked > 0);
    }

    void killedDuringBurstLeavesValidChain() {
        const QString path = m_dir.filePath(QStringLiteral("killed.db"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SIGHTLINE_AUDIT_BURST"), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        // Let it append for a while, then kill it without warning.
        QTRY_VERIFY_WITH_TIMEOUT(QFile(path).size() > 0 && child.state() == QProcess::Running,
                                 10000);
        QTest::qWait(700);
        child.kill();
        child.waitForFinished();
        const auto report = verifyFile(path);
        QVERIFY2(report.intact, qPrintable(report.problem));
        QVERIFY2(report.checked > 10, qPrintable(QString::number(report.checked)));
    }
};

// When started with SIGHTLINE_AUDIT_BURST, this binary is the child of the kill -9 test: it
// appends events (single and batched) as fast as it can until it is killed.
int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (const QByteArray burst = qgetenv("SIGHTLINE_AUDIT_BURST"); !burst.isEmpty()) {
        auto journal = AuditJournal::open(QString::fromLocal8Bit(burst));
        if (!journal)
            return 3;
        for (int i = 0;; ++i) {
            if (i % 2 == 0)
                (*journal)->append(sampleEvent(i));
            else
                (*journal)->appendBatch({sampleEvent(i), sampleEvent(i + 1), sampleEvent(i + 2)});
        }
    }
    // Child of the disk-full test: the file size limit stands in for a full disk.
    if (const QByteArray full = qgetenv("SIGHTLINE_AUDIT_DISK_FULL"); !full.isEmpty()) {
        signal(SIGXFSZ, SIG_IGN);
        auto journal = AuditJournal::open(QString::fromLocal8Bit(full));
        if (!journal)
            return 3;
        rlimit limit{256 * 1024, 256 * 1024};
        setrlimit(RLIMIT_FSIZE, &limit);
        for (int i = 0; i < 100000; ++i) {
            const auto appended = (*journal)->append(sampleEvent(i));
            if (!appended) {
                QTextStream(stdout) << appended.error().toString() << '\n';
                return 0;
            }
        }
        return 4; // the limit never bit
    }
    TestAuditJournal test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestAuditJournal.moc"
