#pragma once
// A DICOMweb resource path as a viewer asks the gateway for it ("/studies/1.2/series/3.4/
// metadata", "/studies/1.2/series/3.4/instances/5.6/frames/1,2"): what is asked for, at which
// level, with UIDs checked, so the gateway can answer from the cache or pass it upstream.

#include <QList>
#include <QString>

#include <optional>

namespace sightline {

struct DicomWebPath {
    enum class Resource { Search, Retrieve, Metadata, Frames, Rendered, Thumbnail, Bulk };
    enum class Level { None, Study, Series, Instance };

    Resource resource = Resource::Retrieve;
    Level level = Level::None;        // the deepest UID given
    Level searchLevel = Level::Study; // for Search: studies, series or instances
    QString study;
    QString series;
    QString instance;
    QList<int> frames;  // 1-based, for Frames
    QString bulkPath;   // for Bulk: a tag (8 hex digits), or "SEQUENCE/INDEX/…/TAG"
    QString normalised; // the path rebuilt from its parts, as sent upstream

    // Empty optional for anything that is not a DICOMweb resource (or has malformed UIDs).
    static std::optional<DicomWebPath> parse(const QString& path);
};

} // namespace sightline
