#include "servers/ServerStore.h"

#include "common/LogCategories.h"

namespace sightline {

namespace {
const QString kGroup = QStringLiteral("servers");
}

ServerStore::ServerStore(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QStringLiteral("Sightline"),
                                             QStringLiteral("servers"))) {}

ServerStore::ServerStore(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

QList<ServerProfile> ServerStore::profiles() const {
    QList<ServerProfile> list;
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    for (const QString& id : ids) {
        m_settings->beginGroup(id);
        QVariantMap map;
        for (const QString& key : m_settings->allKeys())
            map.insert(key, m_settings->value(key));
        m_settings->endGroup();
        ServerProfile p = ServerProfile::fromVariantMap(map);
        p.id = id;
        list << p;
    }
    m_settings->endGroup();
    std::sort(list.begin(), list.end(),
              [](const auto& a, const auto& b) { return a.name.localeAwareCompare(b.name) < 0; });
    return list;
}

QList<ServerProfile> ServerStore::fhirProfiles() const {
    QList<ServerProfile> list = profiles();
    list.removeIf([](const ServerProfile& p) { return !p.isFhir(); });
    return list;
}

std::optional<ServerProfile> ServerStore::profile(const QString& id) const {
    for (const auto& p : profiles()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<ServerProfile> ServerStore::find(const QString& idNameOrUrl) const {
    const auto all = profiles();
    for (const auto& p : all) {
        if (p.id == idNameOrUrl)
            return p;
    }
    for (const auto& p : all) {
        if (p.name == idNameOrUrl)
            return p;
    }
    const QUrl url(idNameOrUrl);
    for (const auto& p : all) {
        if (p.fhirBase.adjusted(QUrl::StripTrailingSlash) == url.adjusted(QUrl::StripTrailingSlash))
            return p;
    }
    return std::nullopt;
}

ServerProfile ServerStore::save(ServerProfile profile) {
    const bool created = profile.id.isEmpty() || !this->profile(profile.id).has_value();
    if (profile.id.isEmpty())
        profile.id = ServerProfile::newId();
    m_settings->beginGroup(kGroup);
    m_settings->remove(profile.id);
    m_settings->beginGroup(profile.id);
    const QVariantMap map = profile.toVariantMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.key() != QLatin1String("id"))
            m_settings->setValue(it.key(), it.value());
    }
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        qCWarning(lcServers) << "Could not write server settings to" << m_settings->fileName();
    emit profileSaved(profile, created);
    emit changed();
    return profile;
}

void ServerStore::remove(const QString& id) {
    const auto removed = profile(id);
    m_settings->beginGroup(kGroup);
    m_settings->remove(id);
    m_settings->endGroup();
    m_settings->sync();
    if (removed)
        emit profileRemoved(id, removed->name);
    emit changed();
}

} // namespace sightline
