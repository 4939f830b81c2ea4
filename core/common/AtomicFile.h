#pragma once
// Writes a file so that readers see either the old content or the whole new content, never a
// part: a temp file beside the target, flushed and fsync'ed, then renamed over it (and the
// folder fsync'ed so the rename survives a power cut). A failure (disk full, permissions)
// removes the temp file and leaves the target as it was. Many files used together can share one
// flush of the disk instead (writePending, then publish). Thread-safe (no shared state).

#include "common/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace sightline {

class AtomicFile {
public:
    enum class Durability {
        Full,     // the data and the rename survive a power cut once write() returns
        DataOnly, // the data is on disk before the rename; the rename itself may be lost
                  // (the caller's index tolerates a missing or stray file, e.g. the image cache)
        None,     // nothing is synced: for a file the caller makes again when it is missing or
                  // unreadable (a thumbnail). A power cut may leave it empty, never torn from
                  // two versions. No sync also means no wait for other files' data: on ext4,
                  // any sync commits the journal and with it every file written before.
    };
    static Status write(const QString& path, QByteArrayView bytes,
                        Durability durability = Durability::Full);

    // Batched durability, for many files used together (the instances of a retrieval), after
    // git's core.fsyncMethod=batch: writePending() writes a file beside its target and starts
    // writing it out to the disk without waiting; publish() waits for those writes, renames
    // each file into place and syncs each folder once: on XFS and journaled ext4, whose
    // journals commit in order, that one sync makes the files' data and the renames durable (on
    // others each file is synced first, as write() does). Once publish() returns, everything
    // survives a power cut; a crash before it leaves temp files (isTempName), or whole files under
    // their names — never part of a file.
    struct Pending {
        QString temp;
        QString path;
    };
    static Result<Pending> writePending(const QString& path, QByteArrayView bytes);
    // The same for a file already written (and its write-out started) elsewhere on the same
    // filesystem, e.g. streamed there from the network: moved beside `path`. On failure
    // `written` is removed.
    static Result<Pending> adoptPending(const QString& path, const QString& written);
    // A new name for a temp file in `folder` (one that isTempName() knows).
    static QString tempPathIn(const QString& folder);
    // On failure the temp files not renamed yet are removed.
    static Status publish(const QList<Pending>& files);
    // Only the renames of publish(): the files are in place but may not be on the disk yet, for
    // a caller that makes them durable later (makeDurable) and can tell what a power cut lost
    // (the image cache: CacheDurability). A file that replaces one already there is written out
    // first. On failure the temp files not renamed yet are removed.
    static Status putInPlace(const QList<Pending>& files);
    // Makes files already in place durable: each one synced, then each folder once. Files (and
    // folders) no longer there are passed over.
    static Status makeDurable(const QStringList& paths);
    // Temp files left by a crash look like this (so caches can clean them up).
    static bool isTempName(const QString& fileName);
};

} // namespace sightline
