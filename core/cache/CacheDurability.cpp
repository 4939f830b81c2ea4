#include "cache/CacheDurability.h"

#include "common/AtomicFile.h"
#include "common/ContentChecksum.h"
#include "common/LogCategories.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <fcntl.h>
#include <sys/stat.h>

namespace sightline {

namespace {

const QByteArray& bootId() {
    static const QByteArray id = [] {
        QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
    }();
    return id;
}

// Marks of this epoch: the epoch itself, or it with a settle's token (a settle under way, or
// one a crash interrupted).
const QString kOfEpoch =
    QStringLiteral("(mark=:epoch OR substr(mark,1,length(:epoch)+1)=:epoch||'#')");

Error indexError(const QSqlQuery& q) {
    return Error::make(Error::Kind::Storage,
                       QObject::tr("The image cache index could not be updated"),
                       q.lastError().text());
}

} // namespace

QString CacheDurability::epochOf(const QString& root) {
    struct statx where = {};
    if (bootId().isEmpty() ||
        ::statx(AT_FDCWD, QFile::encodeName(root).constData(), 0, STATX_MNT_ID, &where) != 0 ||
        !(where.stx_mask & STATX_MNT_ID))
        return {};
    return QString::fromLatin1(bootId()) + QLatin1Char('/') + QString::number(where.stx_mnt_id);
}

bool CacheDurability::hasUnsettled(const QString& connection, const QString& epoch) {
    QSqlQuery q(QSqlDatabase::database(connection));
    q.prepare(QStringLiteral("SELECT 1 FROM unsettled WHERE %1 LIMIT 1").arg(kOfEpoch));
    q.bindValue(QStringLiteral(":epoch"), epoch);
    return q.exec() && q.next();
}

Status CacheDurability::settle(const QString& connection, const QString& epoch,
                               const PathOf& pathOf, const std::function<void()>& duringSync) {
    QSqlDatabase db = QSqlDatabase::database(connection);
    QSqlQuery q(db);
    // The entries of this settle get its token: one marked again meanwhile (indexed anew) gets
    // the bare epoch back and waits for the next settle.
    const QString token =
        epoch + QLatin1Char('#') + QString::number(QRandomGenerator::global()->generate64(), 36);
    q.prepare(QStringLiteral("UPDATE unsettled SET mark=:token WHERE %1").arg(kOfEpoch));
    q.bindValue(QStringLiteral(":token"), token);
    q.bindValue(QStringLiteral(":epoch"), epoch);
    if (!q.exec())
        return indexError(q);
    if (q.numRowsAffected() == 0)
        return Done{};
    q.prepare(QStringLiteral("SELECT u.sop_uid, i.study_uid, i.series_uid FROM unsettled u JOIN "
                             "instances i ON i.sop_uid=u.sop_uid WHERE u.mark=?"));
    q.addBindValue(token);
    if (!q.exec())
        return indexError(q);
    QStringList sops, paths;
    while (q.next()) {
        sops << q.value(0).toString();
        paths << pathOf(q.value(1).toString(), q.value(2).toString(), sops.last());
    }
    if (duringSync)
        duringSync();
    const Status durable = AtomicFile::makeDurable(paths);
    if (!durable) {
        // Not known to be on the disk: not kept (retrieved again when needed). Entries stored
        // anew meanwhile are marked anew, not with this token: they stay.
        db.transaction();
        QSqlQuery drop(db);
        drop.prepare(QStringLiteral("SELECT u.sop_uid, i.study_uid, i.series_uid FROM unsettled "
                                    "u JOIN instances i ON i.sop_uid=u.sop_uid WHERE u.mark=?"));
        drop.addBindValue(token);
        QStringList dropped;
        if (drop.exec())
            while (drop.next())
                dropped << pathOf(drop.value(1).toString(), drop.value(2).toString(),
                                  drop.value(0).toString());
        drop.prepare(QStringLiteral("DELETE FROM instances WHERE sop_uid IN (SELECT sop_uid FROM "
                                    "unsettled WHERE mark=?)"));
        drop.addBindValue(token);
        if (drop.exec() && db.commit())
            for (const QString& path : std::as_const(dropped))
                QFile::remove(path);
        else
            db.rollback();
        qCWarning(lcCache) << "Recently cached images could not be made durable and were dropped:"
                           << durable.error().toString();
    }
    q.prepare(QStringLiteral("DELETE FROM unsettled WHERE mark=?"));
    q.addBindValue(token);
    if (!q.exec())
        return indexError(q);
    return durable;
}

Status CacheDurability::checkAfterRestart(const QString& connection, const QString& root,
                                          const QString& epoch, const PathOf& pathOf,
                                          const QDateTime& leftBefore) {
    // The first connection of this process checks; the others wait for it, so nothing
    // unchecked is served here (another process checks for itself).
    static QMutex mutex;
    static QSet<QString> checked; // root and epoch: a disk mounted anew is checked anew
    const QMutexLocker lock(&mutex);
    const QString key = root + QLatin1Char('\n') + epoch;
    if (checked.contains(key))
        return Done{};
    QSqlDatabase db = QSqlDatabase::database(connection);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT u.sop_uid, u.mark, i.study_uid, i.series_uid, i.sha256 FROM "
                       "unsettled u LEFT JOIN instances i ON i.sop_uid=u.sop_uid WHERE NOT %1")
            .arg(kOfEpoch));
    q.bindValue(QStringLiteral(":epoch"), epoch);
    if (!q.exec())
        return indexError(q);
    struct Found {
        QString sop, mark, path;
        bool whole;
    };
    QList<Found> found;
    while (q.next()) {
        const QString sop = q.value(0).toString();
        const bool indexed = !q.value(2).isNull();
        const QString path =
            indexed ? pathOf(q.value(2).toString(), q.value(3).toString(), sop) : QString();
        QFile file(path);
        const bool whole = !indexed || (file.open(QIODevice::ReadOnly) &&
                                        ContentChecksum::matches(q.value(4).toByteArray(), &file));
        found.append({sop, q.value(1).toString(), path, whole});
    }
    int damaged = 0;
    for (const Found& f : std::as_const(found)) {
        // Only while the entry is still the one checked: another Sightline may have stored it
        // again meanwhile (with a mark of its own).
        db.transaction();
        QSqlQuery change(db);
        if (!f.whole) {
            change.prepare(QStringLiteral("DELETE FROM instances WHERE sop_uid=? AND EXISTS "
                                          "(SELECT 1 FROM unsettled WHERE sop_uid=? AND mark=?)"));
            change.addBindValue(f.sop);
            change.addBindValue(f.sop);
            change.addBindValue(f.mark);
            if (!change.exec()) {
                db.rollback();
                return indexError(change);
            }
        }
        const bool dropped = !f.whole && change.numRowsAffected() > 0;
        change.prepare(QStringLiteral("DELETE FROM unsettled WHERE sop_uid=? AND mark=?"));
        change.addBindValue(f.sop);
        change.addBindValue(f.mark);
        if (!change.exec() || !db.commit()) {
            db.rollback();
            return indexError(change);
        }
        if (dropped) {
            QFile::remove(f.path);
            ++damaged;
        }
    }
    if (!found.isEmpty())
        qCWarning(lcCache) << "Since the cache's images were last made durable, the machine or its"
                           << "disk restarted:" << found.size() - damaged << "recent images were"
                           << "whole," << damaged << "damaged (dropped; retrieved again when"
                           << "needed)";
    QDirIterator incoming(root + QStringLiteral("/instances/incoming"), QDir::Files | QDir::Hidden);
    int leftovers = 0;
    while (incoming.hasNext()) {
        const QFileInfo file(incoming.next());
        if (AtomicFile::isTempName(file.fileName()) && file.lastModified().toUTC() < leftBefore &&
            QFile::remove(file.absoluteFilePath()))
            ++leftovers;
    }
    if (leftovers > 0)
        qCInfo(lcCache) << "Removed" << leftovers << "partly received objects a crash left behind";
    checked.insert(key);
    return Done{};
}

} // namespace sightline
