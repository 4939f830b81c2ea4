#include "cache/CacheIndexSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sightline {

namespace {
constexpr int kVersion = 1;
} // namespace

QString CacheIndexSchema::prepare(const QString& connection) {
    QSqlQuery q(QSqlDatabase::database(connection));
    for (const char* sql :
         {"PRAGMA busy_timeout=5000", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return q.lastError().text();
    }
    // The schema once (the version says it is there): each CREATE … IF NOT EXISTS costs a
    // write transaction, and connections are opened often (one per received association).
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() >= kVersion)
        return {};
    q.finish();
    for (const char* sql : {
             "CREATE TABLE IF NOT EXISTS instances (sop_uid TEXT PRIMARY KEY, study_uid TEXT "
             "NOT NULL, series_uid TEXT NOT NULL, patient_id TEXT, patient_name TEXT, size "
             "INTEGER NOT NULL, sha256 TEXT NOT NULL, source_server TEXT, transfer_syntax "
             "TEXT, stored_utc TEXT NOT NULL, last_access_utc TEXT NOT NULL)",
             "CREATE INDEX IF NOT EXISTS instances_series ON instances(series_uid)",
             "CREATE INDEX IF NOT EXISTS instances_study ON instances(study_uid)",
             "CREATE INDEX IF NOT EXISTS instances_access ON instances(last_access_utc)",
             "CREATE TABLE IF NOT EXISTS complete_series (series_uid TEXT PRIMARY KEY, "
             "study_uid TEXT NOT NULL, instance_count INTEGER NOT NULL)",
             "CREATE TABLE IF NOT EXISTS complete_studies (study_uid TEXT PRIMARY KEY, "
             "series_count INTEGER NOT NULL)",
             "CREATE TABLE IF NOT EXISTS unsettled (sop_uid TEXT PRIMARY KEY, mark TEXT NOT NULL)",
         }) {
        if (!q.exec(QString::fromLatin1(sql)))
            return q.lastError().text();
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(kVersion)))
        return q.lastError().text();
    return {};
}

} // namespace sightline
