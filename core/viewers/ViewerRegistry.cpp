#include "viewers/ViewerRegistry.h"

#include "common/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace sightline {

ViewerRegistry::ViewerRegistry(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path)) {
    QFile file(m_path);
    if (!file.exists())
        return;
    QJsonParseError error;
    const QJsonDocument doc = file.open(QIODevice::ReadOnly)
                                  ? QJsonDocument::fromJson(file.readAll(), &error)
                                  : QJsonDocument();
    if (!doc.isObject()) {
        m_loadError = tr("%1 is not a viewer settings file; the built-in viewers are used")
                          .arg(QDir::toNativeSeparators(m_path));
        return;
    }
    for (const QJsonValue& v : doc.object().value(QLatin1String("profiles")).toArray()) {
        const ViewerProfile profile = ViewerProfile::fromJson(v.toObject());
        if (profile.problems().isEmpty())
            m_user.append(profile);
    }
    m_default = doc.object().value(QLatin1String("default")).toString();
}

QString ViewerRegistry::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/viewers.json");
}

QList<ViewerProfile> ViewerRegistry::profiles() const {
    QList<ViewerProfile> out;
    for (const ViewerProfile& builtIn : ViewerProfile::builtIns()) {
        const auto replaced =
            std::find_if(m_user.cbegin(), m_user.cend(),
                         [&](const ViewerProfile& p) { return p.id == builtIn.id; });
        out << (replaced == m_user.cend() ? builtIn : *replaced);
    }
    for (const ViewerProfile& p : m_user) {
        if (std::none_of(out.cbegin(), out.cend(),
                         [&](const ViewerProfile& o) { return o.id == p.id; }))
            out << p;
    }
    return out;
}

std::optional<ViewerProfile> ViewerRegistry::find(const QString& id) const {
    for (const ViewerProfile& p : profiles()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

Status ViewerRegistry::save(const ViewerProfile& profile) {
    if (const QStringList problems = profile.problems(); !problems.isEmpty())
        return Error::make(Error::Kind::InvalidInput, problems.join(QLatin1Char('\n')));
    const auto it = std::find_if(m_user.begin(), m_user.end(),
                                 [&](const ViewerProfile& p) { return p.id == profile.id; });
    if (it != m_user.end())
        *it = profile;
    else
        m_user.append(profile);
    return write();
}

Status ViewerRegistry::remove(const QString& id) {
    m_user.removeIf([&](const ViewerProfile& p) { return p.id == id; });
    if (m_default == id)
        m_default.clear();
    return write();
}

QString ViewerRegistry::defaultViewer() const {
    if (!m_default.isEmpty() && find(m_default))
        return m_default;
    return QStringLiteral("ohif");
}

Status ViewerRegistry::setDefaultViewer(const QString& id) {
    if (!find(id))
        return Error::make(Error::Kind::NotFound, tr("No viewer profile %1").arg(id));
    m_default = id;
    return write();
}

Status ViewerRegistry::write() {
    QJsonArray profiles;
    for (const ViewerProfile& p : m_user)
        profiles.append(p.toJson());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const QJsonObject root{{QStringLiteral("profiles"), profiles},
                           {QStringLiteral("default"), m_default}};
    const Status written =
        AtomicFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (written)
        emit changed();
    return written;
}

} // namespace sightline
