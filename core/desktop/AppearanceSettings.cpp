#include "desktop/AppearanceSettings.h"

#include "common/SettingsFile.h"

#include <QCoreApplication>

#include <memory>

namespace sightline {

namespace {
std::unique_ptr<QSettings> open(const QString& iniPath) {
    return openSettingsFile(iniPath, QStringLiteral("appearance"));
}
} // namespace

QStringList AppearanceSettings::availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString AppearanceSettings::themeName(Theme theme) {
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

AppearanceSettings AppearanceSettings::load(const QString& iniPath) {
    const auto settings = open(iniPath);
    AppearanceSettings a;
    const QString language = settings->value(QStringLiteral("appearance/language")).toString();
    if (availableLanguages().contains(language))
        a.language = language;
    const QString theme = settings->value(QStringLiteral("appearance/theme")).toString();
    a.theme = theme == QLatin1String("light")  ? Theme::Light
              : theme == QLatin1String("dark") ? Theme::Dark
                                               : Theme::System;
    return a;
}

Status AppearanceSettings::save(const QString& iniPath) const {
    const auto settings = open(iniPath);
    settings->setValue(QStringLiteral("appearance/language"), language);
    settings->setValue(QStringLiteral("appearance/theme"), themeName(theme));
    settings->sync();
    if (settings->status() != QSettings::NoError)
        return Error::make(Error::Kind::Storage,
                           QCoreApplication::translate("AppearanceSettings",
                                                       "The appearance settings could not be "
                                                       "saved to %1")
                               .arg(settings->fileName()));
    return Done{};
}

} // namespace sightline
