#pragma once
// The viewer profiles Sightline offers: the built-in ones plus the user's own, kept in
// viewers.json in the configuration folder (written atomically), and the default viewer.
// Profiles are checked when saved (ViewerProfile::problems), so a broken template never reaches
// a launch. A user profile with a built-in id replaces it (to change its options).

#include "common/Result.h"
#include "viewers/ViewerProfile.h"

#include <QObject>

#include <optional>

namespace sightline {

class ViewerRegistry : public QObject {
    Q_OBJECT
public:
    explicit ViewerRegistry(QString path = defaultPath(), QObject* parent = nullptr);
    static QString defaultPath();

    QList<ViewerProfile> profiles() const;
    std::optional<ViewerProfile> find(const QString& id) const;
    Status save(const ViewerProfile& profile);
    Status remove(const QString& id);
    QString defaultViewer() const;
    Status setDefaultViewer(const QString& id);
    QString loadError() const { return m_loadError; }

signals:
    void changed();

private:
    Status write();

    QString m_path;
    QList<ViewerProfile> m_user;
    QString m_default;
    QString m_loadError;
};

} // namespace sightline
