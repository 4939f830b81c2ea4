#include "audit/AuditJournal.h"

#include "audit/CanonicalJson.h"
#include "common/BackgroundWork.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentMap>

// SHA256_Init & co. are deprecated in OpenSSL 3 in favour of EVP, whose per-call dispatch costs
// a fifth of hashing a record; they remain supported and use the same assembly.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>

namespace sightline {

const QByteArray AuditJournal::kZeroHash = QByteArray(64, '0');

namespace {

sqlite3* handleOf(const QSqlDatabase& db) {
    return *static_cast<sqlite3* const*>(db.driver()->handle().constData());
}

// Writes the 64 lowercase hex digits of SHA-256(previousHash || canonical) to `hex`. OpenSSL's
// SHA-256 uses the CPU's SHA extensions; the one-shot context (no EVP dispatch) matters because
// verify() hashes every record.
void chainHashHex(QByteArrayView previousHash, QByteArrayView canonical, char* hex) {
    SHA256_CTX context;
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256_Init(&context);
    SHA256_Update(&context, previousHash.data(), size_t(previousHash.size()));
    SHA256_Update(&context, canonical.data(), size_t(canonical.size()));
    SHA256_Final(digest, &context);
    static constexpr char kDigits[] = "0123456789abcdef";
    for (int i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
        hex[2 * i] = kDigits[digest[i] >> 4];
        hex[2 * i + 1] = kDigits[digest[i] & 0xf];
    }
}

// One stretch of the chain (records fromSeq..toSeq), checked on its own read-only connection so
// that stretches are checked on all cores at once. Each record must follow the one before it in
// the stretch and hash to what it stores; whether the first follows the previous stretch is
// for the caller to check (firstPrevious against that stretch's lastHash).
struct StretchCheck {
    qint64 checked = 0;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QByteArray firstPrevious;
    QByteArray lastHash;
    qint64 brokenSeq = 0; // 0: intact
    QString problem;
};

QString notFollowing(qint64 seq, bool adjacent) {
    return adjacent
               ? QObject::tr("record %1 does not follow the record before it (edited or reordered)")
                     .arg(seq)
               : QObject::tr("records are missing before %1").arg(seq);
}

StretchCheck checkStretch(const QString& path, qint64 fromSeq, qint64 toSeq) {
    StretchCheck check;
    auto fail = [&](qint64 seq, const QString& problem) {
        check.brokenSeq = seq;
        check.problem = problem;
        return check;
    };
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open_v2(path.toUtf8().constData(), &raw,
                                       SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
    if (opened != SQLITE_OK)
        return fail(fromSeq, QString::fromUtf8(sqlite3_errmsg(raw)));
    sqlite3_exec(db.get(), "PRAGMA mmap_size=268435456", nullptr, nullptr, nullptr);
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db.get(),
                           "SELECT seq, json, hash, prev_hash FROM events WHERE seq BETWEEN ?1 AND "
                           "?2 ORDER BY seq",
                           -1, &statement, nullptr) != SQLITE_OK)
        return fail(fromSeq, QString::fromUtf8(sqlite3_errmsg(db.get())));
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> guard(statement, &sqlite3_finalize);
    sqlite3_bind_int64(statement, 1, fromSeq);
    sqlite3_bind_int64(statement, 2, toSeq);
    auto column = [statement](int i) {
        return QByteArrayView(static_cast<const char*>(sqlite3_column_blob(statement, i)),
                              sqlite3_column_bytes(statement, i));
    };
    std::string expected; // the previous record's stored hash (no allocation per record)
    char hex[64];
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        const qint64 seq = sqlite3_column_int64(statement, 0);
        const QByteArrayView hash = column(2);
        const QByteArrayView previous = column(3);
        ++check.checked;
        if (check.checked == 1) {
            check.firstSeq = seq;
            check.firstPrevious = previous.toByteArray();
        } else if (previous != QByteArrayView(expected.data(), qsizetype(expected.size()))) {
            return fail(seq, notFollowing(seq, check.lastSeq + 1 == seq));
        }
        chainHashHex(previous, column(1), hex);
        if (hash.size() != 64 || std::memcmp(hex, hash.data(), 64) != 0)
            return fail(seq, QObject::tr("record %1 was changed after it was written").arg(seq));
        expected.assign(hash.data(), size_t(hash.size()));
        check.lastSeq = seq;
    }
    if (step != SQLITE_DONE)
        return fail(check.lastSeq + 1, QString::fromUtf8(sqlite3_errmsg(db.get())));
    check.lastHash = QByteArray(expected.data(), qsizetype(expected.size()));
    return check;
}

void bindText(sqlite3_stmt* statement, int index, QByteArrayView value, bool nullWhenEmpty) {
    if (value.isEmpty() && nullWhenEmpty)
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_text(statement, index, value.isEmpty() ? "" : value.data(), int(value.size()),
                          SQLITE_STATIC);
}

QString patientOf(const QJsonObject& event) {
    for (const QJsonValue& e : event.value(QLatin1String("entity")).toArray()) {
        const QJsonObject entity = e.toObject();
        if (entity.value(QLatin1String("role"))
                .toObject()
                .value(QLatin1String("code"))
                .toString() == QLatin1String("1"))
            return entity.value(QLatin1String("what"))
                .toObject()
                .value(QLatin1String("reference"))
                .toString();
    }
    return {};
}

QString userOf(const QJsonObject& event) {
    for (const QJsonValue& a : event.value(QLatin1String("agent")).toArray()) {
        const QJsonObject agent = a.toObject();
        if (agent.value(QLatin1String("requestor")).toBool())
            return agent.value(QLatin1String("who"))
                .toObject()
                .value(QLatin1String("reference"))
                .toString();
    }
    return {};
}

const QString kRecordColumns =
    QStringLiteral("seq, recorded, json, hash, prev_hash, patient, user_ref, action, outcome");

// Reads rows selected with kRecordColumns.
QList<AuditRecord> readRecords(QSqlQuery& q) {
    QList<AuditRecord> out;
    while (q.next()) {
        AuditRecord r;
        r.seq = q.value(0).toLongLong();
        r.recordedUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        r.json = q.value(2).toByteArray();
        r.hash = q.value(3).toByteArray();
        r.previousHash = q.value(4).toByteArray();
        r.patient = q.value(5).toString();
        r.user = q.value(6).toString();
        r.action = q.value(7).toString();
        r.outcome = q.value(8).toInt();
        out << r;
    }
    return out;
}

} // namespace

AuditJournal::AuditJournal(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("audit-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

AuditJournal::~AuditJournal() {
    m_insert.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

void AuditJournal::writeNdjson(const QList<AuditRecord>& records, QIODevice& out) {
    for (const AuditRecord& r : records) {
        out.write(r.json);
        out.write("\n");
    }
}

Result<int> AuditJournal::saveNdjson(const QList<AuditRecord>& records, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Storage, QObject::tr("Cannot write %1").arg(path),
                           file.errorString());
    writeNdjson(records, file);
    if (!file.commit())
        return Error::make(Error::Kind::Storage, QObject::tr("Cannot write %1").arg(path),
                           file.errorString());
    return int(records.size());
}

QByteArray AuditJournal::canonicalJson(const QJsonObject& event) {
    return CanonicalJson::write(event);
}

QByteArray AuditJournal::chainHash(QByteArrayView previousHash, QByteArrayView canonical) {
    QByteArray hex(64, Qt::Uninitialized);
    chainHashHex(previousHash, canonical, hex.data());
    return hex;
}

void AuditJournal::StatementDeleter::operator()(sqlite3_stmt* statement) const {
    sqlite3_finalize(statement);
}

Error AuditJournal::sqlError(const QString& message) const {
    return Error::make(Error::Kind::Storage, message,
                       m_db.lastError().text() + QStringLiteral(" (") + m_path + QLatin1Char(')'));
}

Result<std::unique_ptr<AuditJournal>> AuditJournal::open(const QString& path) {
    std::unique_ptr<AuditJournal> journal(new AuditJournal(path));
    if (const Status s = journal->openDatabase(kZeroHash); !s)
        return s.error();
    return journal;
}

Status AuditJournal::openDatabase(const QByteArray& genesisForNewFile) {
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return sqlError(QObject::tr("The audit journal could not be opened"));
    QSqlQuery q(m_db);
    const char* const setup[] = {
        "PRAGMA journal_mode=WAL",
        // WAL + NORMAL: a commit survives the process being killed at any point (the chain stays
        // valid, as the kill -9 test shows); only a power cut can drop the last commits. FULL
        // would fsync every commit and cap bursts at the disk's fsync rate.
        "PRAGMA synchronous=NORMAL",
        // Memory-mapped reads: verify() walks the whole file.
        "PRAGMA mmap_size=268435456",
        // Checkpoints (each one fsyncs) every 16 MB of WAL instead of every 4 MB: bursts spend
        // less time waiting for the disk; a crash still loses nothing committed.
        "PRAGMA wal_autocheckpoint=4096",
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        ("CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY AUTOINCREMENT, recorded TEXT "
         "NOT NULL, json BLOB NOT NULL, hash TEXT NOT NULL, prev_hash TEXT NOT NULL, patient TEXT, "
         "user_ref TEXT, action TEXT, outcome INTEGER)"),
        "CREATE INDEX IF NOT EXISTS events_recorded ON events(recorded)",
        "CREATE INDEX IF NOT EXISTS events_patient ON events(patient)",
        ("CREATE TABLE IF NOT EXISTS forward_cursor (target TEXT PRIMARY KEY, last_seq INTEGER NOT "
         "NULL)"),
    };
    for (const char* statement : setup) {
        if (!q.exec(QString::fromLatin1(statement)))
            return sqlError(QObject::tr("The audit journal could not be prepared"));
    }
    q.exec(QStringLiteral("SELECT value FROM meta WHERE key='genesis'"));
    if (q.next()) {
        m_genesis = q.value(0).toByteArray();
    } else {
        m_genesis = genesisForNewFile;
        QSqlQuery insertGenesis(m_db);
        insertGenesis.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('genesis', ?)"));
        insertGenesis.addBindValue(QString::fromLatin1(m_genesis));
        if (!insertGenesis.exec())
            return sqlError(QObject::tr("The audit journal could not be initialised"));
    }
    q.exec(QStringLiteral("SELECT hash FROM events ORDER BY seq DESC LIMIT 1"));
    m_head = q.next() ? q.value(0).toByteArray() : m_genesis;
    sqlite3_stmt* insert = nullptr;
    if (sqlite3_prepare_v3(handleOf(m_db),
                           "INSERT INTO events(recorded, json, hash, prev_hash, patient, user_ref,"
                           " action, outcome) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, SQLITE_PREPARE_PERSISTENT, &insert, nullptr) != SQLITE_OK)
        return Error::make(Error::Kind::Storage,
                           QObject::tr("The audit journal could not be prepared"),
                           QString::fromUtf8(sqlite3_errmsg(handleOf(m_db))));
    m_insert.reset(insert);
    return Done{};
}

AuditJournal::PreparedEvent AuditJournal::prepare(const QJsonObject& event) {
    return PreparedEvent{canonicalJson(event),
                         event.value(QLatin1String("recorded")).toString().toUtf8(),
                         patientOf(event).toUtf8(),
                         userOf(event).toUtf8(),
                         event.value(QLatin1String("action")).toString().toUtf8(),
                         event.value(QLatin1String("outcome")).toString().toInt()};
}

Status AuditJournal::insert(const PreparedEvent& event, qint64* seqOut) {
    char hash[64];
    chainHashHex(m_head, event.canonical, hash);
    sqlite3_stmt* statement = m_insert.get();
    bindText(statement, 1, event.recorded, false);
    sqlite3_bind_blob(statement, 2, event.canonical.constData(), int(event.canonical.size()),
                      SQLITE_STATIC);
    bindText(statement, 3, QByteArrayView(hash, 64), false);
    bindText(statement, 4, m_head, false);
    bindText(statement, 5, event.patient, true);
    bindText(statement, 6, event.user, true);
    bindText(statement, 7, event.action, true);
    sqlite3_bind_int(statement, 8, event.outcome);
    const int step = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (step != SQLITE_DONE)
        return Error::make(Error::Kind::Storage,
                           QObject::tr("The audit journal could not record an event"),
                           QString::fromUtf8(sqlite3_errmsg(handleOf(m_db))) +
                               QStringLiteral(" (") + m_path + QLatin1Char(')'));
    if (seqOut)
        *seqOut = sqlite3_last_insert_rowid(handleOf(m_db));
    m_head = QByteArray(hash, 64);
    return Done{};
}

Result<qint64> AuditJournal::append(const QJsonObject& event) {
    const QByteArray head = m_head;
    if (!m_db.transaction())
        return sqlError(QObject::tr("The audit journal could not start a transaction"));
    qint64 seq = 0;
    if (const Status s = insert(prepare(event), &seq); !s) {
        m_db.rollback();
        m_head = head;
        return s.error();
    }
    if (!m_db.commit()) {
        m_head = head;
        return sqlError(QObject::tr("The audit journal could not commit an event"));
    }
    return seq;
}

Status AuditJournal::appendBatch(const QList<QJsonObject>& events) {
    const QByteArray head = m_head;
    if (!m_db.transaction())
        return sqlError(QObject::tr("The audit journal could not start a transaction"));
    // Serialising is independent per event and the costly part: do it on all cores; hashing and
    // inserting must follow the chain in order.
    const QList<PreparedEvent> prepared =
        QtConcurrent::blockingMapped(backgroundPool(), events, &AuditJournal::prepare);
    for (const PreparedEvent& event : prepared) {
        if (const Status s = insert(event, nullptr); !s) {
            m_db.rollback();
            m_head = head;
            return s;
        }
    }
    if (!m_db.commit()) {
        m_head = head;
        return sqlError(QObject::tr("The audit journal could not commit events"));
    }
    return Done{};
}

AuditVerifyReport AuditJournal::verify() const {
    AuditVerifyReport report;
    auto broken = [&](qint64 seq, const QString& problem) {
        report.intact = false;
        report.firstBrokenSeq = seq;
        report.problem = problem;
        return report;
    };
    // The chain is cut into stretches checked in parallel (each on its own connection, reading
    // SQLite's pages in place), then joined: each stretch must start from the hash the one
    // before it ended with. Small journals are one stretch.
    QSqlQuery bounds(m_db);
    bounds.exec(QStringLiteral("SELECT COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0) FROM events"));
    const qint64 first = bounds.next() ? bounds.value(0).toLongLong() : 0;
    const qint64 last = bounds.value(1).toLongLong();
    QList<QPair<qint64, qint64>> stretches;
    const qint64 span = last - first + 1;
    const int parts = span < 20000 ? 1 : std::clamp(QThread::idealThreadCount(), 1, 4);
    for (int i = 0; i < parts; ++i)
        stretches.append({first + span * i / parts, first + span * (i + 1) / parts - 1});
    const QList<StretchCheck> checks = QtConcurrent::blockingMapped(
        backgroundPool(), stretches, [path = m_path](const QPair<qint64, qint64>& stretch) {
            return checkStretch(path, stretch.first, stretch.second);
        });
    QByteArray expected = m_genesis;
    qint64 previousSeq = 0;
    for (const StretchCheck& check : checks) {
        if (check.checked == 0 && check.brokenSeq == 0)
            continue; // a stretch with no records (gaps in the sequence)
        report.checked += check.checked;
        if (check.checked > 0 && check.firstPrevious != expected)
            return broken(check.firstSeq,
                          notFollowing(check.firstSeq, previousSeq + 1 == check.firstSeq));
        if (check.brokenSeq != 0)
            return broken(check.brokenSeq, check.problem);
        expected = check.lastHash;
        previousSeq = check.lastSeq;
    }
    QSqlQuery head(m_db);
    head.exec(QStringLiteral("SELECT value FROM meta WHERE key='sealed'"));
    if (head.next() && head.value(0).toByteArray() != expected)
        return broken(previousSeq, QObject::tr("the sealed file's last record is missing"));
    return report;
}

QList<AuditRecord> AuditJournal::records(const AuditQuery& query) const {
    QString sql = QStringLiteral("SELECT %1 FROM events WHERE 1=1").arg(kRecordColumns);
    if (query.fromUtc.isValid())
        sql += QStringLiteral(" AND recorded >= :from");
    if (query.toUtc.isValid())
        sql += QStringLiteral(" AND recorded <= :to");
    if (!query.patient.isEmpty())
        sql += QStringLiteral(" AND patient = :patient");
    sql += QStringLiteral(" ORDER BY seq LIMIT :limit");
    QSqlQuery q(m_db);
    q.prepare(sql);
    if (query.fromUtc.isValid())
        q.bindValue(QStringLiteral(":from"), query.fromUtc.toUTC().toString(Qt::ISODateWithMs));
    if (query.toUtc.isValid())
        q.bindValue(QStringLiteral(":to"), query.toUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!query.patient.isEmpty())
        q.bindValue(QStringLiteral(":patient"), query.patient);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    if (!q.exec())
        return {};
    return readRecords(q);
}

qint64 AuditJournal::count() const {
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT COUNT(*) FROM events"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Status AuditJournal::rotate(const QString& archivePath) {
    if (QFileInfo::exists(archivePath))
        return Error::make(Error::Kind::Storage,
                           QObject::tr("The audit archive %1 exists already").arg(archivePath));
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('sealed', ?)"));
        q.addBindValue(QString::fromLatin1(m_head));
        if (!q.exec())
            return sqlError(QObject::tr("The audit journal could not be sealed"));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QByteArray lastHash = m_head;
    m_insert.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    if (!QFile::rename(m_path, archivePath))
        return Error::make(Error::Kind::Storage,
                           QObject::tr("Could not move the audit journal to %1").arg(archivePath));
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    return openDatabase(lastHash);
}

} // namespace sightline

namespace sightline {

qint64 AuditJournal::forwardCursor(const QString& target) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT last_seq FROM forward_cursor WHERE target = ?"));
    q.addBindValue(target);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    QSqlQuery max(m_db);
    max.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events"));
    const qint64 start = max.next() ? max.value(0).toLongLong() : 0;
    setForwardCursor(target, start);
    return start;
}

Status AuditJournal::setForwardCursor(const QString& target, qint64 seq) {
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO forward_cursor(target, last_seq) VALUES(?, ?)"));
    q.addBindValue(target);
    q.addBindValue(seq);
    if (!q.exec())
        return sqlError(QObject::tr("The audit journal could not record a forwarding"));
    return Done{};
}

QList<AuditRecord> AuditJournal::pendingFor(const QString& target, int limit) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE seq > ? ORDER BY seq LIMIT ?")
                  .arg(kRecordColumns));
    q.addBindValue(forwardCursor(target));
    q.addBindValue(limit);
    if (!q.exec())
        return {};
    return readRecords(q);
}

qint64 AuditJournal::pendingCount(const QString& target) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM events WHERE seq > ?"));
    q.addBindValue(forwardCursor(target));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace sightline
