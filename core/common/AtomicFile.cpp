#include "common/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QRandomGenerator>

#include <fcntl.h>
#include <unistd.h>

namespace sightline {

namespace {
constexpr auto kTempMarker = ".sightline-tmp-";

Error writeError(const QFile& file, const QString& path) {
    const bool full = file.error() == QFileDevice::ResourceError ||
                      file.errorString().contains(QLatin1String("space"), Qt::CaseInsensitive);
    return Error::make(Error::Kind::Storage,
                       full ? QObject::tr("The disk is full: %1 was not written").arg(path)
                            : QObject::tr("Could not write %1").arg(path),
                       file.errorString());
}
} // namespace

bool AtomicFile::isTempName(const QString& fileName) {
    return fileName.contains(QLatin1String(kTempMarker));
}

Status AtomicFile::write(const QString& path, QByteArrayView bytes, Durability durability) {
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath()))
        return Error::make(
            Error::Kind::Storage,
            QObject::tr("Could not create the folder %1").arg(target.absolutePath()));
    const QString temp = target.absolutePath() + QLatin1Char('/') + QLatin1Char('.') +
                         target.fileName() + QLatin1String(kTempMarker) +
                         QString::number(QRandomGenerator::global()->generate64(), 36);
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeError(file, path);
    const bool written = file.write(bytes.data(), bytes.size()) == bytes.size() && file.flush() &&
                         ::fdatasync(file.handle()) == 0;
    if (!written) {
        const Error error = writeError(file, path);
        file.close();
        QFile::remove(temp);
        return error;
    }
    file.close();
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temp);
        return Error::make(Error::Kind::Storage, QObject::tr("Could not write %1").arg(path),
                           QString::fromLocal8Bit(strerror(errno)));
    }
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
