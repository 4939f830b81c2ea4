#pragma once
// How the image cache stays correct without making every retrieval wait for the disk:
// instances are put in place and indexed as soon as they are written (in the page cache, not yet
// on the disk), each with a mark in the index's `unsettled` table naming the *epoch* that wrote
// it — this boot of the machine (Linux's boot_id) and this mount of the cache's filesystem. A
// settle, moments later on a thread of its own (CacheSettler), makes those files durable (their
// write-out waited for, each folder synced once, as AtomicFile::publish does) and removes their
// marks. A crash of Sightline loses nothing (the kernel still holds the bytes; the next settle
// in the same epoch covers them). A power cut, a crash of the machine or a disk pulled out can
// lose bytes, and each of them ends the epoch: marks of another epoch are checked against the
// files' checksums before this process serves anything from the cache, and the damaged entries
// dropped (retrieved again when needed). A settle that fails drops what it could not make
// durable. Where the epoch cannot be known, each batch is made durable before it is indexed.
//
// The `instances` table keeps the columns of earlier Sightlines (the checksum in the column
// named `sha256`, tagged with its algorithm), so an older Sightline sharing the cache still works.

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace sightline {

class CacheDurability {
public:
    // The epoch of the cache under `root`; empty where it cannot be known (durability is then
    // never deferred).
    static QString epochOf(const QString& root);

    // Whether entries of this epoch wait for a settle.
    static bool hasUnsettled(const QString& connection, const QString& epoch);
    // Makes the files of this epoch's marked entries durable and removes their marks; entries
    // marked while it runs keep theirs. A failure to sync drops the entries it was for.
    // `duringSync` (tests) runs once the entries are chosen, before the disk is synced.
    using PathOf = std::function<QString(const QString&, const QString&, const QString&)>;
    static Status settle(const QString& connection, const QString& epoch, const PathOf& pathOf,
                         const std::function<void()>& duringSync = {});
    // Once per process and cache (the first connection's open; others wait for it): entries
    // marked in another epoch are read and compared with their checksums; the whole ones are
    // unmarked (they were read back from the disk), the damaged ones dropped with their files.
    // An error when they could not be checked (the cache must not be used then). Also removes
    // what a crash left of objects being received (temp files in `incoming` last written before
    // `leftBefore`: younger ones may still be arriving, for another Sightline).
    static Status checkAfterRestart(const QString& connection, const QString& root,
                                    const QString& epoch, const PathOf& pathOf,
                                    const QDateTime& leftBefore);
};

} // namespace sightline
