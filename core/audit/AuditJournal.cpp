#include "audit/AuditJournal.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtConcurrent/QtConcurrentMap>

#include <openssl/evp.h>
#include <sqlite3.h>

#include <memory>

namespace sightline {

const QByteArray AuditJournal::kZeroHash = QByteArray(64, '0');

namespace {

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
    // QJsonObject keeps keys sorted, so compact serialisation is canonical for our purposes.
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

QByteArray AuditJournal::chainHash(QByteArrayView previousHash, QByteArrayView canonical) {
    // OpenSSL's SHA-256 uses the CPU's SHA extensions; verify() hashes every record.
    static thread_local std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(
        EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr);
    EVP_DigestUpdate(context.get(), previousHash.constData(), size_t(previousHash.size()));
    EVP_DigestUpdate(context.get(), canonical.constData(), size_t(canonical.size()));
    EVP_DigestFinal_ex(context.get(), digest, &length);
    return QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex();
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
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY AUTOINCREMENT, recorded TEXT "
        "NOT NULL,"
        " json BLOB NOT NULL, hash TEXT NOT NULL, prev_hash TEXT NOT NULL, patient TEXT, user_ref "
        "TEXT,"
        " action TEXT, outcome INTEGER)",
        "CREATE INDEX IF NOT EXISTS events_recorded ON events(recorded)",
        "CREATE INDEX IF NOT EXISTS events_patient ON events(patient)",
        "CREATE TABLE IF NOT EXISTS forward_cursor (target TEXT PRIMARY KEY, last_seq INTEGER NOT "
        "NULL)",
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
    m_insert = std::make_unique<QSqlQuery>(m_db);
    if (!m_insert->prepare(QStringLiteral("INSERT INTO events(recorded, json, hash, prev_hash, "
                                          "patient, user_ref, action, outcome)"
                                          " VALUES(?, ?, ?, ?, ?, ?, ?, ?)")))
        return sqlError(QObject::tr("The audit journal could not be prepared"));
    return Done{};
}

AuditJournal::PreparedEvent AuditJournal::prepare(const QJsonObject& event) {
    return PreparedEvent{canonicalJson(event),
                         event.value(QLatin1String("recorded")).toString(),
                         patientOf(event),
                         userOf(event),
                         event.value(QLatin1String("action")).toString(),
                         event.value(QLatin1String("outcome")).toString().toInt()};
}

Status AuditJournal::insert(const PreparedEvent& event, qint64* seqOut) {
    const QByteArray hash = chainHash(m_head, event.canonical);
    QSqlQuery& q = *m_insert;
    q.bindValue(0, event.recorded);
    q.bindValue(1, event.canonical);
    q.bindValue(2, QString::fromLatin1(hash));
    q.bindValue(3, QString::fromLatin1(m_head));
    q.bindValue(4, event.patient);
    q.bindValue(5, event.user);
    q.bindValue(6, event.action);
    q.bindValue(7, event.outcome);
    if (!q.exec())
        return sqlError(QObject::tr("The audit journal could not record an event"));
    if (seqOut)
        *seqOut = q.lastInsertId().toLongLong();
    m_head = hash;
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
        QtConcurrent::blockingMapped(events, &AuditJournal::prepare);
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
    // The hot loop reads SQLite directly through the handle Qt SQL opened: column pointers
    // instead of a QVariant per value make verification several times faster.
    sqlite3* db = *static_cast<sqlite3* const*>(m_db.driver()->handle().constData());
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT seq, json, hash, prev_hash FROM events ORDER BY seq", -1,
                           &statement, nullptr) != SQLITE_OK)
        return broken(0, QString::fromUtf8(sqlite3_errmsg(db)));
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> guard(statement, &sqlite3_finalize);
    auto column = [statement](int i) {
        return QByteArrayView(static_cast<const char*>(sqlite3_column_blob(statement, i)),
                              sqlite3_column_bytes(statement, i));
    };
    QByteArray expectedPrevious = m_genesis;
    qint64 previousSeq = 0;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        const qint64 seq = sqlite3_column_int64(statement, 0);
        const QByteArrayView json = column(1);
        const QByteArrayView hash = column(2);
        const QByteArrayView previous = column(3);
        ++report.checked;
        if (previous != expectedPrevious) {
            return broken(
                seq,
                previousSeq + 1 == seq
                    ? QObject::tr(
                          "record %1 does not follow the record before it (edited or reordered)")
                          .arg(seq)
                    : QObject::tr("records are missing before %1").arg(seq));
        }
        if (chainHash(previous, json) != hash)
            return broken(seq, QObject::tr("record %1 was changed after it was written").arg(seq));
        expectedPrevious = hash.toByteArray();
        previousSeq = seq;
    }
    if (step != SQLITE_DONE)
        return broken(previousSeq + 1, QString::fromUtf8(sqlite3_errmsg(db)));
    QSqlQuery head(m_db);
    head.exec(QStringLiteral("SELECT value FROM meta WHERE key='sealed'"));
    if (head.next() && head.value(0).toByteArray() != expectedPrevious)
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
