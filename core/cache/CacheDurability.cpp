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

// Bound as text even when empty: a null string binds as SQL NULL, and `mark=NULL` matches nothing
// (an unknown epoch must find every mark another epoch left).
QString bindable(const QString& epoch) {
    return epoch.isNull() ? QStringLiteral("") : epoch;
}

Error indexError(const QSqlQuery& q) {
    return Error::make(Error::Kind::Storage,
                       QObject::tr("The image cache index could not be updated"),
                       q.lastError().text());
}

// The files of the entries marked `token`; false when the index could not be read.
bool filesMarked(QSqlQuery& q, const QString& token, const CacheDurability::PathOf& pathOf,
                 QStringList* paths) {
    q.prepare(QStringLiteral("SELECT u.sop_uid, i.study_uid, i.series_uid FROM unsettled u JOIN "
                             "instances i ON i.sop_uid=u.sop_uid WHERE u.mark=?"));
    q.addBindValue(token);
    if (!q.exec())
        return false;
    while (q.next())
        *paths << pathOf(q.value(1).toString(), q.value(2).toString(), q.value(0).toString());
    return true;
}

// After a failed settle: the entries of `token` are not known to be on the disk, so they are not
// kept (retrieved again when needed). Entries stored anew meanwhile carry a new mark and stay.
// When the index cannot be changed now, the marks stay too: the next settle takes them again,
// and the check after a restart covers them.
void dropUnsynced(QSqlDatabase& db, const QString& token, const CacheDurability::PathOf& pathOf) {
    QSqlQuery drop(db);
    if (!drop.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return;
    QStringList dropped;
    bool done = filesMarked(drop, token, pathOf, &dropped);
    for (const QString& sql :
         {QStringLiteral("DELETE FROM instances WHERE sop_uid IN (SELECT sop_uid FROM "
                         "unsettled WHERE mark=?)"),
          QStringLiteral("DELETE FROM unsettled WHERE mark=?")}) {
        if (!done)
            break;
        drop.prepare(sql);
        drop.addBindValue(token);
        done = drop.exec();
    }
    if (!done || !drop.exec(QStringLiteral("COMMIT"))) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return;
    }
    for (const QString& path : std::as_const(dropped))
        QFile::remove(path);
    qCWarning(lcCache) << dropped.size()
                       << "recently cached images could not be made durable and were dropped";
}

} // namespace

QString CacheDurability::epochOf(const QString& root) {
    // The mount's id never used twice in a boot where the kernel has one (Linux 6.8), else the
    // one it may give a disk mounted again (then a disk pulled out and put back within the second
    // before a settle goes unnoticed).
    constexpr unsigned kUniqueMountId = 0x4000; // STATX_MNT_ID_UNIQUE
    const QByteArray path = QFile::encodeName(root);
    struct statx where = {};
    if (bootId().isEmpty())
        return {};
    if (::statx(AT_FDCWD, path.constData(), 0, kUniqueMountId, &where) == 0 &&
        (where.stx_mask & kUniqueMountId))
        return QString::fromLatin1(bootId()) + QStringLiteral("/u") +
               QString::number(where.stx_mnt_id);
    if (::statx(AT_FDCWD, path.constData(), 0, STATX_MNT_ID, &where) == 0 &&
        (where.stx_mask & STATX_MNT_ID))
        return QString::fromLatin1(bootId()) + QLatin1Char('/') + QString::number(where.stx_mnt_id);
    return {};
}

bool CacheDurability::hasUnsettled(const QString& connection, const QString& epoch) {
    QSqlQuery q(QSqlDatabase::database(connection));
    q.prepare(QStringLiteral("SELECT 1 FROM unsettled WHERE %1 LIMIT 1").arg(kOfEpoch));
    q.bindValue(QStringLiteral(":epoch"), bindable(epoch));
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
    q.bindValue(QStringLiteral(":epoch"), bindable(epoch));
    if (!q.exec())
        return indexError(q);
    if (q.numRowsAffected() == 0)
        return Done{};
    QStringList paths;
    if (!filesMarked(q, token, pathOf, &paths))
        return indexError(q);
    if (duringSync)
        duringSync();
    const Status durable = AtomicFile::makeDurable(paths);
    if (!durable) {
        dropUnsynced(db, token, pathOf);
        return durable;
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
    q.bindValue(QStringLiteral(":epoch"), bindable(epoch));
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
    // Marked in this boot on another mount of the same disk (a bind mount, another mount
    // namespace): what was read may have come from memory, not the disk. Made durable first.
    QStringList thisBoot;
    for (const Found& f : std::as_const(found))
        if (f.whole && !f.path.isEmpty() &&
            f.mark.startsWith(QString::fromLatin1(bootId()) + QLatin1Char('/')))
            thisBoot << f.path;
    if (const Status durable = AtomicFile::makeDurable(thisBoot); !durable)
        return durable;
    int damaged = 0;
    for (const Found& f : std::as_const(found)) {
        // Only while the entry is still the one checked: another Sightline may have stored it
        // again meanwhile (with a mark of its own).
        QSqlQuery change(db);
        if (!change.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return indexError(change);
        if (!f.whole) {
            change.prepare(QStringLiteral("DELETE FROM instances WHERE sop_uid=? AND EXISTS "
                                          "(SELECT 1 FROM unsettled WHERE sop_uid=? AND mark=?)"));
            change.addBindValue(f.sop);
            change.addBindValue(f.sop);
            change.addBindValue(f.mark);
            if (!change.exec()) {
                const Error error = indexError(change);
                change.exec(QStringLiteral("ROLLBACK"));
                return error;
            }
        }
        const bool dropped = !f.whole && change.numRowsAffected() > 0;
        change.prepare(QStringLiteral("DELETE FROM unsettled WHERE sop_uid=? AND mark=?"));
        change.addBindValue(f.sop);
        change.addBindValue(f.mark);
        if (!change.exec() || !change.exec(QStringLiteral("COMMIT"))) {
            const Error error = indexError(change);
            change.exec(QStringLiteral("ROLLBACK"));
            return error;
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
