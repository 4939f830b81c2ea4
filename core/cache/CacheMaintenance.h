#pragma once
// The image cache's slow whole-cache work — statistics, integrity check (and repair), emptying
// — run on the thread pool, each with an index connection of its own, so the GUI never waits for a
// scan of 100 000 files (with the limits of the moment). Answers arrive on the caller's thread
// through `context`. GUI-thread object.

#include "cache/CacheConnections.h"

#include <QObject>

#include <functional>

namespace sightline {

class CacheMaintenance : public QObject {
    Q_OBJECT
public:
    explicit CacheMaintenance(CacheConnections cache, QObject* parent = nullptr);

    const QString& root() const { return m_cache.root(); }

    void stats(QObject* context, std::function<void(const CacheStats&)> done);
    void verify(bool repair, QObject* context, std::function<void(const CacheVerifyReport&)> done);
    void purgeAll(QObject* context, std::function<void(const Status&)> done);
    // How many instances of each study are cached (study UID → count).
    void cachedCounts(const QStringList& studies, QObject* context,
                      std::function<void(const QHash<QString, int>&)> done);

signals:
    void changed(); // after a repair or purge removed something

private:
    CacheConnections m_cache;
};

} // namespace sightline
