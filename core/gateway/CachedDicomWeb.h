#pragma once
// Answers DICOMweb requests from Sightline's image cache: WADO-RS retrieval of studies, series
// and instances (as stored, multipart streamed from the files), metadata (DICOM JSON written
// from the files, bulk data under the gateway's URL), frames, and — when the server cannot be
// reached — QIDO-RS searches over what is cached. Study- and series-level answers come from the
// cache only when it holds everything the server listed (ImageCache::isSeriesComplete), so a
// viewer never sees half a series as if it were whole.
//
// One object per request, on the HTTP worker's thread, with that thread's ImageCache.

#include "gateway/DicomWebPath.h"
#include "gateway/GatewayAnswer.h"

#include <QString>
#include <QUrlQuery>

#include <optional>

namespace sightline {

class ImageCache;
struct CachedInstance;

class CachedDicomWeb {
public:
    // `root`: the gateway URL of the source ("http://127.0.0.1:p/<prefix>/dicomweb/<id>").
    CachedDicomWeb(ImageCache& cache, QString root);

    // nullopt: not (completely) cached, or not acceptable as stored — ask the server.
    std::optional<GatewayAnswer> answer(const DicomWebPath& path, const QByteArray& accept);
    // A QIDO-RS search over the cache, for when the server is unreachable.
    std::optional<GatewayAnswer> search(const DicomWebPath& path, const QUrlQuery& query);

    // Whether an Accept header takes `mediaType` in `transferSyntax` (multipart or single).
    static bool accepts(const QByteArray& accept, const QString& mediaType,
                        const QString& transferSyntax);

private:
    QList<CachedInstance> instancesFor(const DicomWebPath& path) const;
    std::optional<GatewayAnswer> retrieve(const QList<CachedInstance>& instances,
                                          const QByteArray& accept);
    std::optional<GatewayAnswer> metadata(const QList<CachedInstance>& instances);
    std::optional<GatewayAnswer> frames(const DicomWebPath& path, const QByteArray& accept);
    // A value other than single-frame pixel data, as little-endian octets.
    std::optional<GatewayAnswer> bulkData(const DicomWebPath& path, const QByteArray& accept);

    ImageCache& m_cache;
    QString m_root;
};

} // namespace sightline
