#include "common/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <functional>
#include <mutex>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace sightline {

namespace {
constexpr auto kTempMarker = ".sightline-tmp-";

// `failure`: the errno of a failed sync, or 0 when the file's own error says what happened.
Error writeError(const QFile& file, const QString& path, int failure = 0) {
    const QString why =
        failure != 0 ? QString::fromLocal8Bit(strerror(failure)) : file.errorString();
    const bool full = failure == ENOSPC || failure == EDQUOT ||
                      (failure == 0 && (file.error() == QFileDevice::ResourceError ||
                                        why.contains(QLatin1String("space"), Qt::CaseInsensitive)));
    return Error::make(Error::Kind::Storage,
                       full ? QObject::tr("The disk is full: %1 was not written").arg(path)
                            : QObject::tr("Could not write %1").arg(path),
                       why);
}

QString tempBeside(const QFileInfo& target) {
    return target.absolutePath() + QLatin1Char('/') + QLatin1Char('.') + target.fileName() +
           QLatin1String(kTempMarker) +
           QString::number(QRandomGenerator::global()->generate64(), 36);
}

// Writes `bytes` to a new temp file beside `path`; `flush` runs on its descriptor before it
// is closed and returns 0 or the errno of its failure. Returns the temp file's path.
Result<QString> writeTemp(const QString& path, QByteArrayView bytes,
                          const std::function<int(int)>& flush) {
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath()))
        return Error::make(
            Error::Kind::Storage,
            QObject::tr("Could not create the folder %1").arg(target.absolutePath()));
    const QString temp = tempBeside(target);
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeError(file, path);
    // A short write is retried, so that the reason (no space left …) is the file's error.
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 wrote = file.write(bytes.data() + done, bytes.size() - done);
        if (wrote <= 0)
            break;
        done += wrote;
    }
    const bool copied = done == bytes.size() && file.flush();
    const int failure = copied ? flush(file.handle()) : 0;
    if (!copied || failure != 0) {
        const Error error = writeError(file, path, failure);
        file.close();
        QFile::remove(temp);
        return error;
    }
    file.close();
    return temp;
}

Status renameInto(const QString& temp, const QString& path) {
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(strerror(errno));
        QFile::remove(temp);
        return Error::make(Error::Kind::Storage, QObject::tr("Could not write %1").arg(path), why);
    }
    return Done{};
}

// Whether a folder's fsync() also makes durable every file whose write-out has finished: the
// filesystem's journal commits in order, and the folder's latest change (a rename into it)
// is in the newest transaction, so that commit carries every earlier file's allocation and
// size, after a flush of the disk's cache. True of XFS and of ext4 and ext3 (not ext2, which
// shares their magic number without a journal: the mount's type tells); tmpfs has nothing to
// flush. Looked up once per filesystem.
bool folderSyncCoversFiles(const QString& folder) {
    struct statfs fs = {};
    struct stat where = {};
    const QByteArray name = QFile::encodeName(folder);
    if (::statfs(name.constData(), &fs) != 0 || ::stat(name.constData(), &where) != 0)
        return false;
    constexpr auto kExt = 0xEF53;
    constexpr auto kXfs = 0x58465342;
    constexpr auto kTmpfs = 0x01021994;
    if (fs.f_type == kXfs || fs.f_type == kTmpfs)
        return true;
    if (fs.f_type != kExt)
        return false;
    static std::mutex mutex;
    static QHash<dev_t, bool> journaled;
    const std::lock_guard lock(mutex);
    if (const auto known = journaled.constFind(where.st_dev); known != journaled.cend())
        return *known;
    // /proc/self/mountinfo: "id parent major:minor root mountpoint options … - type source …"
    bool covered = false;
    QFile mounts(QStringLiteral("/proc/self/mountinfo"));
    if (mounts.open(QIODevice::ReadOnly)) {
        const QByteArray device =
            QByteArray::number(major(where.st_dev)) + ':' + QByteArray::number(minor(where.st_dev));
        for (const QByteArray& line : mounts.readAll().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            const qsizetype dash = fields.indexOf("-");
            if (fields.size() > 3 && fields.at(2) == device && dash > 0 &&
                dash + 1 < fields.size()) {
                const QByteArray& type = fields.at(dash + 1);
                covered = type == "ext4" || type == "ext3";
                break;
            }
        }
    }
    journaled.insert(where.st_dev, covered);
    return covered;
}

Error publishError(const QString& path, int failure) {
    return Error::make(Error::Kind::Storage,
                       failure == ENOSPC || failure == EDQUOT
                           ? QObject::tr("The disk is full: %1 was not written").arg(path)
                           : QObject::tr("Could not write %1").arg(path),
                       QString::fromLocal8Bit(strerror(failure)));
}
} // namespace

bool AtomicFile::isTempName(const QString& fileName) {
    return fileName.contains(QLatin1String(kTempMarker));
}

Result<AtomicFile::Pending> AtomicFile::writePending(const QString& path, QByteArrayView bytes) {
    // Write-out starts now, in the background; publish() waits for it.
    const auto temp = writeTemp(path, bytes, [](int fd) {
        return ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE) == 0 ? 0 : errno;
    });
    if (!temp)
        return temp.error();
    return Pending{temp.value(), path};
}

Result<AtomicFile::Pending> AtomicFile::adoptPending(const QString& path, const QString& written) {
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath())) {
        QFile::remove(written);
        return Error::make(
            Error::Kind::Storage,
            QObject::tr("Could not create the folder %1").arg(target.absolutePath()));
    }
    const QString temp = tempBeside(target);
    if (const Status moved = renameInto(written, temp); !moved)
        return moved.error();
    return Pending{temp, path};
}

QString AtomicFile::tempPathIn(const QString& folder) {
    return folder + QLatin1String("/.received") + QLatin1String(kTempMarker) +
           QString::number(QRandomGenerator::global()->generate64(), 36);
}

namespace {

// Waits for each file's data to reach the disk (the write-out writePending() started), or syncs
// it where its folder's sync would not cover it (see folderSyncCoversFiles). Returns the folders
// to sync (each with whether that sync covers its files), or the error of the first failure.
Result<QHash<QString, bool>> writeOut(const QStringList& paths, const QStringList& targets) {
    QHash<QString, bool> folders; // folder → whether its sync covers its files
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString folder = QFileInfo(targets.at(i)).absolutePath();
        if (!folders.contains(folder))
            folders.insert(folder, folderSyncCoversFiles(folder));
        const int fd = ::open(QFile::encodeName(paths.at(i)).constData(), O_RDONLY | O_CLOEXEC);
        const bool written =
            fd >= 0 &&
            (folders.value(folder)
                 ? ::sync_file_range(fd, 0, 0,
                                     SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE |
                                         SYNC_FILE_RANGE_WAIT_AFTER) == 0
                 : ::fdatasync(fd) == 0);
        const int failure = errno;
        if (fd >= 0)
            ::close(fd);
        if (!written)
            return publishError(targets.at(i), failure);
    }
    return folders;
}

// Syncs one file (`fdatasync`) or folder (`fsync`): 0, or the errno of the failure (ENOENT
// when it is gone).
int syncPath(const QString& path, bool folder) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int failure = (folder ? ::fsync(fd) : ::fdatasync(fd)) == 0 ? 0 : errno;
    ::close(fd);
    return failure;
}

// One sync per folder: the renames into it, and (see folderSyncCoversFiles) its files' data.
Status syncFolders(const QHash<QString, bool>& folders) {
    for (auto it = folders.cbegin(); it != folders.cend(); ++it)
        if (const int failure = syncPath(it.key(), true); failure != 0)
            return publishError(it.key(), failure);
    return Done{};
}

} // namespace

Status AtomicFile::publish(const QList<Pending>& files) {
    const auto removeTemps = [&files](qsizetype first) {
        for (qsizetype i = first; i < files.size(); ++i)
            QFile::remove(files[i].temp);
    };
    QStringList temps, targets;
    for (const Pending& file : files) {
        temps << file.temp;
        targets << file.path;
    }
    // 1. Every file's data written out.
    const auto folders = writeOut(temps, targets);
    if (!folders) {
        removeTemps(0);
        return folders.error();
    }
    // 2. Into place.
    for (qsizetype i = 0; i < files.size(); ++i)
        if (const Status renamed = renameInto(files[i].temp, files[i].path); !renamed) {
            removeTemps(i + 1);
            return renamed;
        }
    // 3. Each folder synced once.
    return syncFolders(folders.value());
}

Status AtomicFile::makeDurable(const QStringList& paths) {
    // Each file synced, not only its write-out waited for: the renames that put these files in
    // place were committed a while ago, so a folder's sync would no longer carry their sizes and
    // extents with it (see folderSyncCoversFiles). A file or folder gone meanwhile (evicted,
    // purged) has nothing left to keep.
    QSet<QString> folders;
    for (const QString& path : paths) {
        const int failure = syncPath(path, false);
        if (failure == ENOENT)
            continue;
        if (failure != 0)
            return publishError(path, failure);
        folders.insert(QFileInfo(path).absolutePath());
    }
    for (const QString& folder : std::as_const(folders))
        if (const int failure = syncPath(folder, true); failure != 0 && failure != ENOENT)
            return publishError(folder, failure);
    return Done{};
}

Status AtomicFile::putInPlace(const QList<Pending>& files) {
    for (qsizetype i = 0; i < files.size(); ++i) {
        // A file that replaces another is synced first: what describes the one replaced (an
        // index row) may survive a power cut that the new file's bytes would not.
        if (::access(QFile::encodeName(files[i].path).constData(), F_OK) == 0) {
            if (const int failure = syncPath(files[i].temp, false); failure != 0) {
                for (qsizetype j = i; j < files.size(); ++j)
                    QFile::remove(files[j].temp);
                return publishError(files[i].path, failure);
            }
        }
        if (const Status renamed = renameInto(files[i].temp, files[i].path); !renamed) {
            for (qsizetype j = i + 1; j < files.size(); ++j)
                QFile::remove(files[j].temp);
            return renamed;
        }
    }
    return Done{};
}

Status AtomicFile::write(const QString& path, QByteArrayView bytes, Durability durability) {
    const auto temp = writeTemp(path, bytes, [durability](int fd) {
        return durability == Durability::None || ::fdatasync(fd) == 0 ? 0 : errno;
    });
    if (!temp)
        return temp.error();
    if (const Status renamed = renameInto(temp.value(), path); !renamed)
        return renamed;
    const QFileInfo target(path);
    if (const int dir = durability == Durability::Full
                            ? ::open(QFile::encodeName(target.absolutePath()).constData(), O_RDONLY)
                            : -1;
        dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return Done{};
}

} // namespace sightline
