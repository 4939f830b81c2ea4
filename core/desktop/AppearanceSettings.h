#pragma once
// How Sightline looks: its language (the system's, or one chosen) and theme (follow the system,
// light or dark). Kept in ~/.config/Sightline/appearance.ini. The language takes effect at the
// next start; the theme at once.

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace sightline {

struct AppearanceSettings {
    enum class Theme { System, Light, Dark };

    QString language; // "" (the system's), or a code from availableLanguages()
    Theme theme = Theme::System;

    static AppearanceSettings load(const QString& iniPath = {});
    Status save(const QString& iniPath = {}) const;
    // The languages Sightline is translated into, English first.
    static QStringList availableLanguages();
    static QString themeName(Theme theme); // "system", "light", "dark"
    bool operator==(const AppearanceSettings&) const = default;
};

} // namespace sightline
