#include "cache/CacheSettler.h"

#include "cache/ImageCache.h"
#include "common/LogCategories.h"

#include <memory>

namespace sightline {

CacheSettler::CacheSettler(QString root, std::chrono::milliseconds delay)
    : m_root(std::move(root))
    , m_delay(delay) {}

CacheSettler::~CacheSettler() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void CacheSettler::request() {
    {
        std::lock_guard lock(m_mutex);
        m_requested = true;
        if (!m_thread.joinable() && !m_stopping)
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_all();
}

int CacheSettler::settles() const {
    std::lock_guard lock(m_mutex);
    return m_settles;
}

void CacheSettler::run() {
    std::unique_ptr<ImageCache> cache; // this thread's connection, closed on it
    bool failed = false;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        // Gather what else arrives meanwhile (longer after a failure); a stop settles at once.
        if (!m_stopping)
            m_wake.wait_for(lock, failed ? m_delay * 10 : m_delay, [this] { return m_stopping; });
        const bool requested = std::exchange(m_requested, false);
        const bool stopping = m_stopping;
        lock.unlock();
        failed = false;
        if (requested) {
            if (!cache)
                cache = std::make_unique<ImageCache>(m_root);
            else if (!cache->openError().isEmpty())
                cache->retryOpen();
            // What could not be synced was dropped; an index that could not be read keeps its
            // marks and is tried again (at the latest, they are checked after a restart).
            const Status settled =
                cache->openError().isEmpty()
                    ? cache->settle()
                    : Status(Error::make(Error::Kind::Storage, cache->openError()));
            if (!settled) {
                qCWarning(lcCache)
                    << "The image cache could not be made durable:" << settled.error().toString();
                failed = true;
            }
        }
        lock.lock();
        m_settles += requested ? 1 : 0;
        if (failed && !stopping)
            m_requested = true;
        if (stopping && !m_requested)
            return;
    }
}

} // namespace sightline
