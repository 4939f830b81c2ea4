#pragma once
// Instances written into the image cache (CacheIntake::store) on their way into its index, as
// every intake does it: a retrieval by DICOMweb or by C-GET, a push to the receiving node. In
// batches: each put in place on a thread of its own while the next batch arrives, then indexed in
// one transaction, its rows marked for the settle that makes them durable moments later
// (CacheDurability; where that cannot be, each batch is made durable first with one sync of the
// disk per folder, AtomicFile::publish). So the network does not wait for the disk, a crash loses
// at most the batches not yet indexed (temp or unindexed files that the cache's check removes),
// and what a power cut damaged is checked and dropped before it is served. Used on the thread of
// `cache`'s handle.

#include "cache/ImageCache.h"
#include "common/Result.h"

#include <QList>
#include <QString>

#include <future>

namespace sightline {

class CacheBatch {
public:
    static constexpr int kDefaultSize = 32;

    // `pinnedStudy`: the study the cache's limits never evict for this intake (see
    // ImageCache::indexInstances).
    explicit CacheBatch(ImageCache& cache, QString pinnedStudy = {}, int size = kDefaultSize);
    // Waits for a batch being synced and removes the files of one not begun; indexes nothing
    // more: flush() first.
    ~CacheBatch();
    CacheBatch(const CacheBatch&) = delete;
    CacheBatch& operator=(const CacheBatch&) = delete;

    // Takes a written instance. An error when an earlier batch could not be put in place or
    // indexed (a full or failing disk): its instances are not in the cache (see lost()).
    Status add(const CachedFile& file);
    // Puts everything taken so far in place and indexes it, waiting for it; an error as for add().
    Status flush();
    // How many instances taken could not be kept (their batch failed).
    int lost() const { return m_lost; }
    // Whether an instance taken is not indexed yet.
    bool isEmpty() const { return m_open.isEmpty() && m_syncing.isEmpty(); }

private:
    void startSync();
    Status settle(); // waits for the batch being synced, then indexes it

    ImageCache& m_cache;
    QString m_pinnedStudy;
    int m_size;
    QList<CachedFile> m_open;    // written, waiting for their batch to fill
    QList<CachedFile> m_syncing; // being put in place on m_sync's thread
    std::future<Status> m_sync;
    int m_lost = 0;
};

} // namespace sightline
