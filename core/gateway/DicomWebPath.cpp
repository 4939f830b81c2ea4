#include "gateway/DicomWebPath.h"

#include "cache/ImageCache.h"

#include <QRegularExpression>

namespace sightline {

namespace {

std::optional<QList<int>> parseFrames(const QString& list) {
    QList<int> frames;
    for (const QString& part : list.split(QLatin1Char(','))) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 1)
            return std::nullopt;
        frames << n;
    }
    return frames;
}

} // namespace

std::optional<DicomWebPath> DicomWebPath::parse(const QString& path) {
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    DicomWebPath out;
    int i = 0;
    const auto take = [&](const char* word) {
        if (i < parts.size() && parts.at(i) == QLatin1String(word)) {
            ++i;
            return true;
        }
        return false;
    };
    const auto uid = [&](QString* into) {
        if (i >= parts.size() || !ImageCache::isValidUid(parts.at(i)))
            return false;
        *into = parts.at(i++);
        return true;
    };
    // Collection searches: /studies, /series, /instances (all optionally under a parent).
    const auto search = [&](Level searched) {
        out.resource = Resource::Search;
        out.searchLevel = searched;
        return i == parts.size();
    };
    bool ok = true;
    if (take("series"))
        ok = search(Level::Series);
    else if (take("instances"))
        ok = search(Level::Instance);
    else if (!take("studies"))
        return std::nullopt;
    else if (i == parts.size())
        ok = search(Level::Study);
    else if (!uid(&out.study))
        return std::nullopt;
    else {
        out.level = Level::Study;
        if (take("series")) {
            if (i == parts.size())
                ok = search(Level::Series);
            else if (!uid(&out.series))
                return std::nullopt;
            else
                out.level = Level::Series;
        } else if (take("instances") && i == parts.size()) {
            ok = search(Level::Instance);
        } else if (i < parts.size() && parts.at(i - 1) == QLatin1String("instances")) {
            return std::nullopt; // /studies/{s}/instances/{i} is not a DICOMweb resource
        }
        if (ok && out.resource != Resource::Search && out.level == Level::Series &&
            take("instances")) {
            if (i == parts.size())
                ok = search(Level::Instance);
            else if (!uid(&out.instance))
                return std::nullopt;
            else
                out.level = Level::Instance;
        }
        if (ok && out.resource != Resource::Search && i < parts.size()) {
            const QString& word = parts.at(i++);
            if (word == QLatin1String("metadata"))
                out.resource = Resource::Metadata;
            else if (word == QLatin1String("rendered"))
                out.resource = Resource::Rendered;
            else if (word == QLatin1String("thumbnail"))
                out.resource = Resource::Thumbnail;
            else if (word == QLatin1String("frames") && out.level == Level::Instance &&
                     i < parts.size()) {
                const auto frames = parseFrames(parts.at(i++));
                if (!frames)
                    return std::nullopt;
                out.resource = Resource::Frames;
                out.frames = *frames;
                if (i < parts.size() && parts.at(i) == QLatin1String("rendered")) {
                    out.resource = Resource::Rendered;
                    ++i;
                }
            } else if (word == QLatin1String("bulk") && i < parts.size()) {
                // A tag, or sequence/item/…/tag for a value inside sequence items.
                static const QRegularExpression bulkPattern(
                    QStringLiteral("^[0-9A-Fa-f]{8}(/[0-9]{1,6}/[0-9A-Fa-f]{8}){0,8}$"));
                const QString rest = parts.mid(i).join(QLatin1Char('/'));
                if (!bulkPattern.match(rest).hasMatch())
                    return std::nullopt;
                out.resource = Resource::Bulk;
                out.bulkPath = rest.toUpper();
                i = int(parts.size());
            } else {
                return std::nullopt;
            }
            ok = i == parts.size();
        }
    }
    if (!ok)
        return std::nullopt;
    out.normalised = QLatin1Char('/') + parts.join(QLatin1Char('/'));
    return out;
}

} // namespace sightline
