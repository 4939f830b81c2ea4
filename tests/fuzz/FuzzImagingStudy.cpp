// One ImagingStudy and the Endpoint it names (two JSON documents separated by a NUL): the study
// record Sightline builds from them, with its series, endpoint choice and problem for the user.

#include "FuzzSupport.h"

#include "cache/ImageCache.h"
#include "imaging/ImagingStudyRecord.h"

#include <QJsonArray>

using namespace sightline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QList<QByteArray> parts = fuzz::pieces(fuzz::bytesOf(data, size), 2);
    const QJsonObject study = fuzz::jsonObject(parts[0]);
    const QJsonObject endpoint = fuzz::jsonObject(parts[1]);
    QHash<QString, QJsonObject> endpoints;
    for (const QJsonValue& reference : study.value(QLatin1String("endpoint")).toArray())
        endpoints.insert(reference.toObject().value(QLatin1String("reference")).toString(),
                         endpoint);
    const ImagingStudyRecord record = ImagingStudyResolver::fromResource(study, endpoints);
    FUZZ_CHECK(!record.retrievable() || record.problem.isEmpty());
    for (const ImagingSeriesRecord& series : record.series) {
        const auto chosen = record.endpointFor(series.uid);
        FUZZ_CHECK(!series.endpoint || chosen);
    }
    // Whatever becomes retrievable names a study by a real UID, which is safe as a cache path.
    FUZZ_CHECK(!record.retrievable() || ImageCache::isValidUid(record.studyUid));
    return 0;
}
