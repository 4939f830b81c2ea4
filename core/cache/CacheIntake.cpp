#include "cache/CacheIntake.h"

#include "dicom/DicomParser.h"
#include "dicom/DicomRenderer.h"

#include <algorithm>

namespace sightline {

Status CacheIntake::mayKeep(const DicomHeader& header, const QString& studyUid,
                            const Acceptance& accept) {
    if (!studyUid.isEmpty() && header.studyInstanceUid != studyUid)
        return Error::make(
            Error::Kind::MalformedData,
            tr("An instance of another study arrived (%1)").arg(header.studyInstanceUid.left(64)));
    return accept ? accept(header) : Status(Done{});
}

Result<CachedFile> CacheIntake::store(const QString& cacheRoot, const QString& studyUid,
                                      const QString& sourceServer, const QByteArray& received,
                                      const Acceptance& accept) {
    // Some archives serve bare datasets: the cache keeps Part 10 files.
    const auto body = DicomParser::asPart10(received);
    if (!body)
        return body.error();
    const auto header = DicomParser::parse(body.value());
    if (!header)
        return header.error();
    if (const Status welcome = mayKeep(header.value(), studyUid, accept); !welcome)
        return welcome.error();
    return ImageCache::writeInstance(cacheRoot, header.value(), body.value(), sourceServer);
}

Result<CachedFile> CacheIntake::storeFile(const QString& cacheRoot, const QString& studyUid,
                                          const QString& sourceServer, const ReceivedFile& received,
                                          const Acceptance& accept) {
    // Read to its end from the disk (large values checked against the file, not loaded).
    const auto header = DicomParser::parseFile(received.path);
    if (!header)
        return header.error();
    if (const Status welcome = mayKeep(header.value(), studyUid, accept); !welcome)
        return welcome.error();
    return ImageCache::adoptInstance(cacheRoot, header.value(), received, sourceServer);
}

Result<QImage> CacheIntake::makeThumbnail(ImageCache& cache, const QString& seriesUid) {
    QStringList cached = cache.cachedInstances(seriesUid).values();
    if (cached.isEmpty())
        return Error::make(Error::Kind::NotFound, tr("Nothing of this series is cached"));
    std::sort(cached.begin(), cached.end()); // the same instance on every run
    const auto thumbnail =
        DicomRenderer::thumbnailFromFile(cache.instancePath(cached.at(cached.size() / 2)), 128);
    if (thumbnail)
        (void)cache.storeThumbnail(seriesUid, thumbnail.value());
    return thumbnail;
}

int CacheIntake::recordCompleteness(ImageCache& cache, const QString& studyUid,
                                    const QHash<QString, QSet<QString>>& listed,
                                    bool everySeriesListed) {
    int complete = 0;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        if (it.value().isEmpty() || !(it.value() - cache.cachedInstances(it.key())).isEmpty())
            continue;
        if (cache.markSeriesComplete(studyUid, it.key(), int(it.value().size())))
            ++complete;
    }
    // Only a listing of every series says what the whole study is.
    if (everySeriesListed && !listed.isEmpty() && complete == listed.size())
        (void)cache.markStudyComplete(studyUid, complete);
    return complete;
}

} // namespace sightline
