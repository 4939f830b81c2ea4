#pragma once
// What every way of bringing a study into the image cache shares, whichever protocol carried
// it (DICOMweb, a DICOM node's C-GET; later C-MOVE, a push to Sightline and media import): a
// received object checked (DICOM to its end, of the expected study) and written atomically; a
// series' thumbnail; and which series and study the cache may call complete once a listing of
// the source says what they hold.

#include "cache/ImageCache.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QString>

#include <functional>

namespace sightline {

class CacheIntake {
    Q_DECLARE_TR_FUNCTIONS(CacheIntake)
public:
    // Parses `received` (Part 10, or a bare dataset, kept as Part 10), checks that it belongs
    // to `studyUid` (when given), and writes it under `cacheRoot` atomically; the caller indexes it
    // (see ImageCache::indexInstances). Touches only files: call it from any thread.
    // `accept`, when given, sees the parsed header first and may refuse the object before
    // anything is written (a cached instance of the same UID stays as it was).
    using Acceptance = std::function<Status(const DicomHeader& header)>;
    static Result<CachedFile> store(const QString& cacheRoot, const QString& studyUid,
                                    const QString& sourceServer, const QByteArray& received,
                                    const Acceptance& accept = {});
    // The same for an object received into a file (ImageCache::incomingFolder), which is moved
    // into the cache; the caller removes it when it is refused.
    static Result<CachedFile> storeFile(const QString& cacheRoot, const QString& studyUid,
                                        const QString& sourceServer, const ReceivedFile& received,
                                        const Acceptance& accept = {});
    // The series' middle instance rendered small, kept as the series' thumbnail. NotFound when
    // nothing of the series is cached; Unsupported when its pixels cannot be decoded here.
    static Result<QImage> makeThumbnail(ImageCache& cache, const QString& seriesUid);
    // Marks complete each series whose `listed` instances (series → SOP Instance UIDs, as the
    // source listed them) are all cached, and the study when `everySeriesListed` and all are.
    // Returns how many series are complete.
    static int recordCompleteness(ImageCache& cache, const QString& studyUid,
                                  const QHash<QString, QSet<QString>>& listed,
                                  bool everySeriesListed);

private:
    // Whether a parsed arrival may be kept: of `studyUid` (when given), and as `accept` says.
    static Status mayKeep(const DicomHeader& header, const QString& studyUid,
                          const Acceptance& accept);
};

} // namespace sightline
