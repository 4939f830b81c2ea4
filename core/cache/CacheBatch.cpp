#include "cache/CacheBatch.h"

#include "common/AtomicFile.h"

#include <QFile>

#include <utility>

namespace sightline {

CacheBatch::CacheBatch(ImageCache& cache, QString pinnedStudy, int size)
    : m_cache(cache)
    , m_pinnedStudy(std::move(pinnedStudy))
    , m_size(std::max(1, size)) {}

CacheBatch::~CacheBatch() {
    if (m_sync.valid())
        m_sync.wait(); // in place but not indexed: the cache's check removes them
    for (const CachedFile& file : std::as_const(m_open))
        if (!file.pendingTemp.isEmpty())
            QFile::remove(file.pendingTemp);
}

Status CacheBatch::add(const CachedFile& file) {
    m_open.append(file);
    if (m_open.size() < m_size)
        return Done{};
    // The batch before this one has had this one's arrival to get to the disk.
    const Status previous = settle();
    startSync();
    return previous;
}

Status CacheBatch::flush() {
    const Status previous = settle();
    startSync();
    const Status last = settle();
    return previous ? last : previous;
}

void CacheBatch::startSync() {
    if (m_open.isEmpty())
        return;
    m_syncing = std::exchange(m_open, {});
    QList<AtomicFile::Pending> pending;
    pending.reserve(m_syncing.size());
    for (const CachedFile& file : std::as_const(m_syncing))
        if (!file.pendingTemp.isEmpty())
            pending.append({file.pendingTemp, file.path});
    // In place only where the index marks them for a later settle (CacheDurability), else
    // durable first.
    m_sync = std::async(
        std::launch::async, [pending = std::move(pending), defers = m_cache.defersDurability()] {
            return defers ? AtomicFile::putInPlace(pending) : AtomicFile::publish(pending);
        });
}

Status CacheBatch::settle() {
    if (!m_sync.valid())
        return Done{};
    const Status synced = m_sync.get();
    QList<CachedFile> batch = std::exchange(m_syncing, {});
    if (!synced) {
        m_lost += int(batch.size());
        return synced;
    }
    for (CachedFile& file : batch)
        file.pendingTemp.clear(); // in place now
    if (const Status indexed = m_cache.indexInstances(batch, m_pinnedStudy); !indexed) {
        m_lost += int(batch.size());
        return indexed;
    }
    return Done{};
}

} // namespace sightline
