#pragma once
// Writes a file so that readers see either the old content or the whole new content, never a
// part: a temp file beside the target, flushed and fsync'ed, then renamed over it (and the
// folder fsync'ed so the rename survives a power cut). A failure (disk full, permissions)
// removes the temp file and leaves the target as it was. Thread-safe (no shared state).

#include "common/Result.h"

#include <QByteArrayView>
#include <QString>

namespace sightline {

class AtomicFile {
public:
    enum class Durability {
        Full,     // the data and the rename survive a power cut once write() returns
        DataOnly, // the data is on disk before the rename; the rename itself may be lost
                  // (the caller's index tolerates a missing or stray file, e.g. the image cache)
    };
    static Status write(const QString& path, QByteArrayView bytes,
                        Durability durability = Durability::Full);
    // Temp files left by a crash look like this (so caches can clean them up).
    static bool isTempName(const QString& fileName);
};

} // namespace sightline
