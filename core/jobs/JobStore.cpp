#include "jobs/JobStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace sightline {

namespace {

Error storageError(const QString& what, const QSqlError& error) {
    return Error::make(Error::Kind::Storage, what, error.text());
}

QString json(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString JobRecord::stateName(State state) {
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Running:
        return QStringLiteral("running");
    case State::Paused:
        return QStringLiteral("paused");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Completed:
        return QStringLiteral("completed");
    }
    return {};
}

std::optional<JobRecord::State> JobRecord::stateFromName(const QString& name) {
    for (State s : {State::Queued, State::Running, State::Paused, State::Failed, State::Cancelled,
                    State::Completed}) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString JobStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/jobs/jobs.db");
}

JobStore::JobStore(QString path, QString connection, const Clock& clock)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_clock(clock) {}

JobStore::~JobStore() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<JobStore>> JobStore::open(const QString& path, const Clock& clock) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString connection =
        QStringLiteral("sightline-jobs-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<JobStore> store(new JobStore(path, connection, clock));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    if (!db.open())
        return storageError(
            QCoreApplication::translate("JobStore", "The job list cannot be opened."),
            db.lastError());
    QSqlQuery q(db);
    for (const char* sql :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000",
          "CREATE TABLE IF NOT EXISTS jobs (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT "
          "NULL, title TEXT, target TEXT, state TEXT NOT NULL, parameters TEXT, progress TEXT, "
          "error TEXT, attempts INTEGER NOT NULL DEFAULT 0, output_dir TEXT, status_url TEXT, "
          "created_utc TEXT NOT NULL, updated_utc TEXT NOT NULL, next_attempt_utc TEXT)"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return storageError(
                QCoreApplication::translate("JobStore", "The job list cannot be prepared."),
                q.lastError());
    }
    return store;
}

Result<JobRecord> JobStore::add(JobRecord job) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    job.createdUtc = job.updatedUtc = m_clock.nowUtc();
    q.prepare(QStringLiteral(
        "INSERT INTO jobs (kind, title, target, state, parameters, progress, error, attempts, "
        "output_dir, status_url, created_utc, updated_utc, next_attempt_utc) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant& v :
         {QVariant(job.kind), QVariant(job.title), QVariant(job.target),
          QVariant(JobRecord::stateName(job.state)), QVariant(json(job.parameters)),
          QVariant(json(job.progress)), QVariant(job.error), QVariant(job.attempts),
          QVariant(job.outputDir), QVariant(job.statusUrl),
          QVariant(job.createdUtc.toString(Qt::ISODateWithMs)),
          QVariant(job.updatedUtc.toString(Qt::ISODateWithMs)),
          QVariant(job.nextAttemptUtc.toString(Qt::ISODateWithMs))})
        q.addBindValue(v);
    if (!q.exec())
        return storageError(QCoreApplication::translate("JobStore", "The job cannot be stored."),
                            q.lastError());
    job.id = q.lastInsertId().toLongLong();
    return job;
}

Status JobStore::update(const JobRecord& job) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "UPDATE jobs SET title=?, target=?, state=?, parameters=?, progress=?, error=?, "
        "attempts=?, output_dir=?, status_url=?, updated_utc=?, next_attempt_utc=? WHERE id=?"));
    for (const QVariant& v :
         {QVariant(job.title), QVariant(job.target), QVariant(JobRecord::stateName(job.state)),
          QVariant(json(job.parameters)), QVariant(json(job.progress)), QVariant(job.error),
          QVariant(job.attempts), QVariant(job.outputDir), QVariant(job.statusUrl),
          QVariant(m_clock.nowUtc().toString(Qt::ISODateWithMs)),
          QVariant(job.nextAttemptUtc.toString(Qt::ISODateWithMs)), QVariant(job.id)})
        q.addBindValue(v);
    if (!q.exec())
        return storageError(QCoreApplication::translate("JobStore", "The job cannot be updated."),
                            q.lastError());
    return Done{};
}

Status JobStore::updateRunning(const JobRecord& job) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE jobs SET progress=?, status_url=?, updated_utc=? WHERE id=? "
                             "AND state='running'"));
    for (const QVariant& v :
         {QVariant(json(job.progress)), QVariant(job.statusUrl),
          QVariant(m_clock.nowUtc().toString(Qt::ISODateWithMs)), QVariant(job.id)})
        q.addBindValue(v);
    if (!q.exec())
        return storageError(QCoreApplication::translate("JobStore", "The job cannot be updated."),
                            q.lastError());
    return Done{};
}

QList<JobRecord> JobStore::select(const QString& where, const QString& order) const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("SELECT id, kind, title, target, state, parameters, progress, error, "
                          "attempts, output_dir, status_url, created_utc, updated_utc, "
                          "next_attempt_utc FROM jobs ") +
           where + QStringLiteral(" ORDER BY ") + order);
    QList<JobRecord> jobs;
    while (q.next()) {
        JobRecord j;
        j.id = q.value(0).toLongLong();
        j.kind = q.value(1).toString();
        j.title = q.value(2).toString();
        j.target = q.value(3).toString();
        j.state =
            JobRecord::stateFromName(q.value(4).toString()).value_or(JobRecord::State::Failed);
        j.parameters = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
        j.progress = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
        j.error = q.value(7).toString();
        j.attempts = q.value(8).toInt();
        j.outputDir = q.value(9).toString();
        j.statusUrl = q.value(10).toString();
        j.createdUtc = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
        j.updatedUtc = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
        j.nextAttemptUtc = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
        jobs << j;
    }
    return jobs;
}

std::optional<JobRecord> JobStore::get(qint64 id) const {
    const QList<JobRecord> found =
        select(QStringLiteral("WHERE id=%1").arg(id), QStringLiteral("id"));
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<JobRecord> JobStore::list() const {
    return select({}, QStringLiteral("id DESC"));
}

QList<JobRecord> JobStore::unfinished() const {
    return select(QStringLiteral("WHERE state IN ('queued','running','paused')"),
                  QStringLiteral("id"));
}

Status JobStore::remove(qint64 id) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM jobs WHERE id=?"));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(QCoreApplication::translate("JobStore", "The job cannot be removed."),
                            q.lastError());
    return Done{};
}

} // namespace sightline
