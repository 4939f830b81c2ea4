#pragma once
// Persists server profiles with QSettings in the user's XDG config directory
// (~/.config/Sightline/servers.ini). Never stores secrets. Not thread-safe: GUI thread only.

#include "servers/ServerProfile.h"

#include <QList>
#include <QObject>
#include <QSettings>

#include <memory>
#include <optional>

namespace sightline {

class ServerStore : public QObject {
    Q_OBJECT
public:
    explicit ServerStore(QObject* parent = nullptr);
    // For tests and portable installs: an explicit ini file.
    explicit ServerStore(const QString& iniPath, QObject* parent = nullptr);

    QList<ServerProfile> profiles() const;
    // The FHIR servers only (not PACS reached by DICOMweb alone, not DICOM nodes): for logins,
    // exports, consents, audit.
    QList<ServerProfile> fhirProfiles() const;
    std::optional<ServerProfile> profile(const QString& id) const;
    // Finds a profile by id, then by exact name, then by FHIR base URL.
    std::optional<ServerProfile> find(const QString& idNameOrUrl) const;
    // Adds or replaces; assigns an id to a profile that has none. Returns the stored profile.
    ServerProfile save(ServerProfile profile);
    void remove(const QString& id);
    QString fileName() const { return m_settings->fileName(); }

signals:
    void changed();
    void profileSaved(const sightline::ServerProfile& profile, bool created);
    void profileRemoved(const QString& id, const QString& name);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sightline
