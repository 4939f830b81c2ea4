#include "cache/CacheConnections.h"

#include "cache/CacheSettler.h"

#include <QMutex>
#include <QThreadStorage>

#include <atomic>
#include <map>

namespace sightline {

namespace {
using Connections = std::map<quint64, std::unique_ptr<ImageCache>>;

// This thread's connections, by the serial number of the handle family they belong to (never
// reused, so a connection of a family that is gone is never handed out again). QThreadStorage,
// not thread_local: Qt deletes them, and so closes their index connections, on the thread
// before QThread::wait() returns (and the main thread's when the application object goes),
// while a thread_local would still be torn down as the process exits and Qt SQL's globals go.
Connections& threadConnections() {
    static QThreadStorage<Connections*> storage;
    if (!storage.hasLocalData())
        storage.setLocalData(new Connections);
    return *storage.localData();
}

std::atomic<quint64> nextSerial{1};
} // namespace

struct CacheConnections::Shared {
    Shared(QString folder, CacheSettings limits, const Clock& time)
        : root(std::move(folder))
        , clock(time)
        , settler(std::make_shared<CacheSettler>(root))
        , settings(limits) {}
    // The thread that drops the last handle closes its own connection now; other threads'
    // connections close when those threads end.
    ~Shared() { threadConnections().erase(serial); }

    const quint64 serial = nextSerial++;
    const QString root;
    const Clock& clock;
    // Held apart from Shared, so that a request never ends a Shared on a connection's thread;
    // what a connection indexes after the last handle went waits for the next settle (a later
    // run, or the check after a restart).
    const std::shared_ptr<CacheSettler> settler;
    mutable QMutex mutex;
    CacheSettings settings; // guarded by mutex
};

CacheConnections::CacheConnections(QString root, CacheSettings settings, const Clock& clock)
    : m_shared(std::make_shared<Shared>(std::move(root), settings, clock)) {}

const QString& CacheConnections::root() const {
    return m_shared->root;
}

CacheSettings CacheConnections::settings() const {
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->settings;
}

void CacheConnections::setSettings(const CacheSettings& settings) const {
    QMutexLocker lock(&m_shared->mutex);
    m_shared->settings = settings;
}

std::unique_ptr<ImageCache> CacheConnections::connect(const CacheSettings& settings) const {
    auto cache = std::make_unique<ImageCache>(m_shared->root, settings, m_shared->clock);
    cache->setOnUnsettled([settler = std::weak_ptr(m_shared->settler)] {
        if (const auto alive = settler.lock())
            alive->request();
    });
    // What a Sightline that stopped short (or another running now) left waiting for the disk.
    if (cache->openError().isEmpty() && cache->hasUnsettled())
        m_shared->settler->request();
    return cache;
}

std::unique_ptr<ImageCache> CacheConnections::open() const {
    return connect(settings());
}

ImageCache& CacheConnections::forThisThread() const {
    const CacheSettings current = settings();
    std::unique_ptr<ImageCache>& cache = threadConnections()[m_shared->serial];
    if (!cache)
        cache = connect(current);
    // A connection that could not open (a folder not there yet, a disk not mounted) is tried
    // again rather than kept broken for the thread's life; in place, since a retrieval may
    // hold it.
    else if (!cache->openError().isEmpty())
        cache->retryOpen();
    if (cache->settings() != current)
        cache->setSettings(current);
    cache->forgetTotals();
    return *cache;
}

} // namespace sightline
