#pragma once
// How the image cache stays correct without making every retrieval wait for the disk, after
// Chromium's simple disk cache: instances are put in place and indexed as soon as they are
// written (in the page cache, not yet on the disk), their index rows marked with the boot of the
// machine that wrote them (Linux's boot_id). A settle, moments later on a thread of its own
// (CacheSettler), syncs the cache's filesystem once and clears the mark of every row written
// before it. A process that crashes loses nothing (the kernel still holds the bytes; the next
// settle in the same boot covers them); only a power cut or a kernel crash can lose bytes, and
// then the boot has changed: rows still marked with another boot are checked against their
// checksums when the cache is next opened, and the damaged ones dropped (retrieved again when
// next needed). So no damaged entry is ever served, and a power cut costs at most what was
// written in the seconds before it. Where the boot is not known (not Linux), each batch is made
// durable before it is indexed, as AtomicFile::publish does.

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace sightline {

class CacheDurability {
public:
    // This boot of the machine; empty where it is not known (durability is then never deferred).
    static const QByteArray& bootId();
    static bool defers() { return !bootId().isEmpty(); }

    // Brings an index written by an earlier Sightline up to the columns this one uses (the
    // integrity checksum, the boot mark); an error text when it could not.
    static QString upgradeIndex(const QString& connection);
    // Whether rows of this boot wait for a settle.
    static bool hasUnsettled(const QString& connection);
    // Syncs the filesystem of `root`, then clears the mark of this boot's rows indexed before
    // the sync began.
    static Status settle(const QString& connection, const QString& root);
    // Rows marked with another boot: each file read and compared with its checksum; the whole
    // ones are settled (they were read back from the disk), the others returned as (SOP
    // Instance UID, path) for the cache to drop. `pathOf(study, series, sop)`.
    using PathOf = std::function<QString(const QString&, const QString&, const QString&)>;
    static QList<QPair<QString, QString>> checkAfterRestart(const QString& connection,
                                                            const PathOf& pathOf);
};

} // namespace sightline
