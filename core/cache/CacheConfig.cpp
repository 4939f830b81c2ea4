#include "cache/CacheConfig.h"

#include "common/SettingsFile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <memory>

namespace sightline {

namespace {
std::unique_ptr<QSettings> open(const QString& iniPath) {
    return openSettingsFile(iniPath, QStringLiteral("cache"));
}
constexpr double kGiB = 1024.0 * 1024 * 1024;
} // namespace

CacheConfig CacheConfig::load(const QString& iniPath) {
    const auto settings = open(iniPath);
    CacheConfig c;
    c.location = settings->value(QStringLiteral("cache/location")).toString();
    c.limits.budgetBytes = std::max<qint64>(
        settings->value(QStringLiteral("cache/budgetBytes"), c.limits.budgetBytes).toLongLong(),
        64LL * 1024 * 1024);
    c.limits.ttlDays =
        std::max(0, settings->value(QStringLiteral("cache/ttlDays"), c.limits.ttlDays).toInt());
    return c;
}

Status CacheConfig::save(const QString& iniPath) const {
    const auto settings = open(iniPath);
    settings->setValue(QStringLiteral("cache/location"), location);
    settings->setValue(QStringLiteral("cache/budgetBytes"), limits.budgetBytes);
    settings->setValue(QStringLiteral("cache/ttlDays"), limits.ttlDays);
    settings->sync();
    if (settings->status() != QSettings::NoError)
        return Error::make(
            Error::Kind::Storage,
            QObject::tr("The cache settings could not be saved to %1").arg(settings->fileName()));
    return Done{};
}

QString CacheConfig::locationProblem(const QString& location) {
    if (location.isEmpty())
        return {};
    if (!QDir::isAbsolutePath(location))
        return QObject::tr("Give the cache folder as a full path.");
    if (!QDir().mkpath(location))
        return QObject::tr("The folder %1 cannot be created.").arg(location);
    QTemporaryFile probe(QDir(location).filePath(QStringLiteral(".sightline-XXXXXX")));
    if (!probe.open())
        return QObject::tr("Sightline cannot write in %1.").arg(location);
    return {};
}

QString CacheConfig::describe() const {
    return QStringLiteral("budget %1 GiB, keep %2, %3")
        .arg(double(limits.budgetBytes) / kGiB, 0, 'g', 4)
        .arg(limits.ttlDays > 0 ? QStringLiteral("%1 days").arg(limits.ttlDays)
                                : QStringLiteral("until space is needed"),
             root());
}

} // namespace sightline
