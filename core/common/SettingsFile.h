#pragma once
// One of Sightline's settings files: ~/.config/Sightline/<name>.ini, or the file a test gives.

#include <QSettings>

#include <memory>

namespace sightline {

inline std::unique_ptr<QSettings> openSettingsFile(const QString& iniPath, const QString& name) {
    if (!iniPath.isEmpty())
        return std::make_unique<QSettings>(iniPath, QSettings::IniFormat);
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("Sightline"), name);
}

} // namespace sightline
