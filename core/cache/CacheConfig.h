#pragma once
// The image cache as the user set it up, kept in `cache.ini` in the user's config directory:
// where it lives (a new location is used from the next start; what is cached stays where it
// was), its size budget and how long unused images are kept. Value type.

#include "cache/ImageCache.h"
#include "common/Result.h"

#include <QString>

namespace sightline {

struct CacheConfig {
    QString location; // empty: ImageCache::defaultRoot()
    CacheSettings limits;

    QString root() const { return location.isEmpty() ? ImageCache::defaultRoot() : location; }
    bool operator==(const CacheConfig&) const = default;

    // `iniPath` empty: the user's cache.ini.
    static CacheConfig load(const QString& iniPath = {});
    Status save(const QString& iniPath = {}) const;
    // Why the location cannot hold the cache (not absolute, not creatable or writable), or empty.
    static QString locationProblem(const QString& location);
    // For the audit trail and the command line: "20 GiB, 30 days, /path".
    QString describe() const;
};

} // namespace sightline
