#pragma once
// The local, append-only audit journal: an SQLite database (WAL) in which each AuditEvent is
// stored as canonical JSON with its SHA-256 chained to the previous record's hash, so any edit,
// deletion, reordering or insertion is found by verify(). A transaction per append (or per
// batch) keeps it crash-safe: a process killed mid-append leaves a valid chain. Rotation seals
// the current file and starts a new one whose chain begins with the old file's last hash.
// Not thread-safe: use one instance from one thread (AuditTrail does that for the app).

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

struct sqlite3_stmt;

namespace sightline {

struct AuditRecord {
    qint64 seq = 0;
    QDateTime recordedUtc;
    QByteArray json; // canonical
    QByteArray hash;
    QByteArray previousHash;
    QString patient;
    QString user;
    QString action;
    int outcome = 0;
};

struct AuditVerifyReport {
    qint64 checked = 0;
    bool intact = true;
    qint64 firstBrokenSeq = 0; // 0 when intact
    QString problem;
};

struct AuditQuery {
    QDateTime fromUtc;
    QDateTime toUtc;
    QString patient;
    int limit = 1000;
};

class AuditJournal {
public:
    ~AuditJournal();
    AuditJournal(const AuditJournal&) = delete;
    AuditJournal& operator=(const AuditJournal&) = delete;

    static Result<std::unique_ptr<AuditJournal>> open(const QString& path);

    Result<qint64> append(const QJsonObject& event);
    // All or nothing, in one transaction: the fast path for bursts.
    Status appendBatch(const QList<QJsonObject>& events);
    AuditVerifyReport verify() const;
    QList<AuditRecord> records(const AuditQuery& query = {}) const;
    qint64 count() const;
    QByteArray headHash() const { return m_head; }
    QByteArray genesisHash() const { return m_genesis; }
    QString path() const { return m_path; }
    // Moves the current file to `archivePath`, sealed, and continues in a fresh file whose chain
    // starts from the archived file's last hash.
    Status rotate(const QString& archivePath);

    // Store-and-forward bookkeeping, kept in the same database so it survives restarts: per
    // target, the last sequence number that target confirmed. A target seen for the first time
    // starts at the current end (it receives what happens from then on).
    qint64 forwardCursor(const QString& target);
    Status setForwardCursor(const QString& target, qint64 seq);
    QList<AuditRecord> pendingFor(const QString& target, int limit);
    qint64 pendingCount(const QString& target);

    // One AuditEvent per line. saveNdjson writes atomically (temp file, then rename) and returns
    // the number of lines.
    static void writeNdjson(const QList<AuditRecord>& records, QIODevice& out);
    static Result<int> saveNdjson(const QList<AuditRecord>& records, const QString& path);

    static QByteArray canonicalJson(const QJsonObject& event);
    static QByteArray chainHash(QByteArrayView previousHash, QByteArrayView canonical);
    static const QByteArray kZeroHash;

private:
    explicit AuditJournal(QString path);
    Status openDatabase(const QByteArray& genesisForNewFile);
    // An event ready for the INSERT: every column already in the bytes SQLite stores, made on
    // any thread (appendBatch prepares on all cores).
    struct PreparedEvent {
        QByteArray canonical;
        QByteArray recorded;
        QByteArray patient;
        QByteArray user;
        QByteArray action;
        int outcome = 0;
    };
    static PreparedEvent prepare(const QJsonObject& event);
    Status insert(const PreparedEvent& event, qint64* seqOut);
    Error sqlError(const QString& message) const;

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    // Prepared once and run through SQLite's API: Qt SQL's QVariant binding cost more than the
    // insert itself.
    struct StatementDeleter {
        void operator()(sqlite3_stmt* statement) const;
    };
    std::unique_ptr<sqlite3_stmt, StatementDeleter> m_insert;
    QByteArray m_head;
    QByteArray m_genesis;
};

} // namespace sightline

Q_DECLARE_METATYPE(sightline::AuditVerifyReport)
