#pragma once
// The image cache's SQLite index as every connection prepares it: WAL (readers never wait for
// the writer), the tables, made once per index (its user_version says they are there). The
// `instances` table keeps the columns of earlier Sightlines, so an earlier Sightline sharing the
// cache still works (its positional INSERT and its checks); what is new lives in tables of its own
// (`unsettled`: CacheDurability).
//
// instances:        one row per cached file (the checksum in the column named sha256, tagged
//                   with its algorithm: ContentChecksum)
// complete_series:  series retrieved whole, with the count the server listed
// complete_studies: studies retrieved whole
// unsettled:        entries not yet known to be on the disk

#include <QString>

namespace sightline {

class CacheIndexSchema {
public:
    // Prepares the open connection `connection`; an error text, or empty.
    static QString prepare(const QString& connection);
};

} // namespace sightline
