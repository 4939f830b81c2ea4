#pragma once
// The image cache as every part of Sightline reaches it: its folder, its limits and its clock,
// held once and shared by copies of this handle, and one ImageCache connection per thread
// (ImageCache is one-object-per-thread). A change of limits reaches every connection the next
// time it is asked for, so no part of Sightline works with old limits or another folder.
//
// Threads that use the cache again and again (the GUI thread, the retrieval worker, the
// gateway's HTTP workers) keep a connection: made on first use, closed when the thread ends (or
// when the last handle goes, for the thread that drops it). Work that runs once on a pool thread
// opens one of its own with open(), closed when it is done, so no connection outlives the
// application on an idle pool thread. Work handed to another thread takes a copy of the handle,
// never a connection. Copies may be used from any thread. Instances indexed through any
// connection are made durable moments later by one settler (CacheSettler), which settles what is
// left when the last copy goes.

#include "cache/ImageCache.h"

#include <memory>

namespace sightline {

class CacheConnections {
public:
    // `clock` must outlive every copy.
    explicit CacheConnections(QString root, CacheSettings settings = {},
                              const Clock& clock = Clock::system());

    const QString& root() const;
    CacheSettings settings() const;
    // New limits for every copy and every thread's connection.
    void setSettings(const CacheSettings& settings) const;

    // The calling thread's connection, with the limits of the moment; its byte count is taken
    // afresh (other connections may have stored or evicted since it was last used).
    ImageCache& forThisThread() const;
    // A connection of the caller's own, with the limits of the moment.
    std::unique_ptr<ImageCache> open() const;

private:
    std::unique_ptr<ImageCache> connect(const CacheSettings& settings) const;

    struct Shared;
    std::shared_ptr<Shared> m_shared;
};

} // namespace sightline
