#include "cache/CacheDurability.h"

#include "common/ContentChecksum.h"
#include "common/LogCategories.h"

#include <QFile>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <fcntl.h>
#include <unistd.h>

namespace sightline {

namespace {

bool hasColumn(QSqlDatabase& db, const QString& table, const QString& column) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return false;
    while (q.next())
        if (q.value(1).toString() == column)
            return true;
    return false;
}

} // namespace

const QByteArray& CacheDurability::bootId() {
    static const QByteArray id = [] {
        QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
    }();
    return id;
}

QString CacheDurability::upgradeIndex(const QString& connection) {
    QSqlDatabase db = QSqlDatabase::database(connection);
    // Another Sightline may be upgrading the same index: one at a time, each looking first.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return q.lastError().text();
    QString failure;
    if (hasColumn(db, QStringLiteral("instances"), QStringLiteral("sha256")) &&
        !q.exec(QStringLiteral("ALTER TABLE instances RENAME COLUMN sha256 TO checksum")))
        failure = q.lastError().text();
    if (failure.isEmpty() &&
        !hasColumn(db, QStringLiteral("instances"), QStringLiteral("written_boot")) &&
        !q.exec(QStringLiteral("ALTER TABLE instances ADD COLUMN written_boot TEXT")))
        failure = q.lastError().text();
    if (failure.isEmpty() && !q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS "
                                                    "instances_unsettled ON "
                                                    "instances(written_boot) WHERE written_boot "
                                                    "IS NOT NULL")))
        failure = q.lastError().text();
    q.exec(failure.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    return failure;
}

bool CacheDurability::hasUnsettled(const QString& connection) {
    QSqlQuery q(QSqlDatabase::database(connection));
    q.prepare(QStringLiteral("SELECT 1 FROM instances WHERE written_boot=? LIMIT 1"));
    q.addBindValue(QString::fromLatin1(bootId()));
    return q.exec() && q.next();
}

Status CacheDurability::settle(const QString& connection, const QString& root) {
    QSqlDatabase db = QSqlDatabase::database(connection);
    QSqlQuery q(db);
    const QString boot = QString::fromLatin1(bootId());
    // Rows indexed after this point may name files the sync below does not cover yet.
    q.prepare(QStringLiteral("SELECT MAX(rowid) FROM instances WHERE written_boot=?"));
    q.addBindValue(boot);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return Done{};
    const qint64 last = q.value(0).toLongLong();
    const int fd = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::syncfs(fd) == 0;
    const int failure = errno;
    if (fd >= 0)
        ::close(fd);
    if (!synced)
        return Error::make(Error::Kind::Storage,
                           QObject::tr("The image cache's disk could not be synced"),
                           QString::fromLocal8Bit(strerror(failure)));
    q.prepare(
        QStringLiteral("UPDATE instances SET written_boot=NULL WHERE written_boot=? AND rowid<=?"));
    q.addBindValue(boot);
    q.addBindValue(last);
    if (!q.exec())
        return Error::make(Error::Kind::Storage,
                           QObject::tr("The image cache index could not be updated"),
                           q.lastError().text());
    return Done{};
}

QList<QPair<QString, QString>> CacheDurability::checkAfterRestart(const QString& connection,
                                                                  const PathOf& pathOf) {
    QSqlDatabase db = QSqlDatabase::database(connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT sop_uid, study_uid, series_uid, checksum FROM instances "
                             "WHERE written_boot IS NOT NULL AND written_boot<>?"));
    q.addBindValue(QString::fromLatin1(bootId()));
    if (!q.exec())
        return {};
    QList<QPair<QString, QString>> damaged;
    QStringList whole;
    while (q.next()) {
        const QString sop = q.value(0).toString();
        const QString path = pathOf(q.value(1).toString(), q.value(2).toString(), sop);
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) &&
            ContentChecksum::matches(q.value(3).toByteArray(), &file))
            whole << sop;
        else
            damaged.append({sop, path});
    }
    QSqlQuery settled(db);
    settled.prepare(QStringLiteral("UPDATE instances SET written_boot=NULL WHERE sop_uid=?"));
    for (const QString& sop : std::as_const(whole)) {
        settled.addBindValue(sop);
        settled.exec();
    }
    if (!whole.isEmpty() || !damaged.isEmpty())
        qCWarning(lcCache) << "After a restart of the machine," << whole.size()
                           << "recently cached instances were whole and" << damaged.size()
                           << "damaged (dropped; retrieved again when needed)";
    return damaged;
}

} // namespace sightline
