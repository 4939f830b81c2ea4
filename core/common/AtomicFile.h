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
    static Status write(const QString& path, QByteArrayView bytes);
    // Temp files left by a crash look like this (so caches can clean them up).
    static bool isTempName(const QString& fileName);
};

} // namespace sightline
