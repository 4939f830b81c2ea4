#pragma once
// The image cache's slow whole-cache work — statistics, integrity check (and repair), emptying
// — run on the thread pool, each with its own index connection, so the GUI never waits for a
// scan of 100 000 files. Answers arrive on the caller's thread through `context`. GUI-thread
// object.

#include "cache/ImageCache.h"

#include <QObject>

#include <functional>

namespace sightline {

class CacheMaintenance : public QObject {
    Q_OBJECT
public:
    CacheMaintenance(QString root, CacheSettings settings, QObject* parent = nullptr);

    void setSettings(const CacheSettings& settings) { m_settings = settings; }
    const QString& root() const { return m_root; }

    void stats(QObject* context, std::function<void(const CacheStats&)> done);
    void verify(bool repair, QObject* context, std::function<void(const CacheVerifyReport&)> done);
    void purgeAll(QObject* context, std::function<void(const Status&)> done);
    // How many instances of each study are cached (study UID → count).
    void cachedCounts(const QStringList& studies, QObject* context,
                      std::function<void(const QHash<QString, int>&)> done);

signals:
    void changed(); // after a repair or purge removed something

private:
    QString m_root;
    CacheSettings m_settings;
};

} // namespace sightline
