#pragma once
// Answers a viewer's DICOMweb request to a DICOM node's source. A node speaks DIMSE only, so a
// QIDO-RS search becomes a C-FIND at the node (QidoOverCFind), and everything else is answered
// from the image cache — after the SeriesFetcher, when it serves the source, has brought in
// the series the request needs. A search the node cannot answer (unreachable) falls back to
// what the cache holds, marked as such.
//
// One object per request, on the HTTP worker's thread (which may wait for the node).

#include "gateway/DicomWebPath.h"
#include "gateway/GatewayAnswer.h"
#include "gateway/GatewaySources.h"

#include <QList>
#include <QPair>
#include <QString>

#include <chrono>

namespace sightline {

class ImageCache;
class SeriesFetcher;

class DicomNodeAnswers {
public:
    // `root`: the gateway URL of the source; `fetcher` may be null (the cache alone answers).
    DicomNodeAnswers(ImageCache& cache, QString root, SeriesFetcher* fetcher,
                     std::chrono::milliseconds fetchWait);

    // `source.node` is set. `fromCache` tells whether the answer came from the cache.
    GatewayAnswer answer(const GatewaySource& source, const DicomWebPath& path,
                         const QList<QPair<QString, QString>>& parameters, const QByteArray& accept,
                         bool* fromCache);

private:
    GatewayAnswer search(const GatewaySource& source, const DicomWebPath& path,
                         const QList<QPair<QString, QString>>& parameters, bool* fromCache);

    ImageCache& m_cache;
    QString m_root;
    SeriesFetcher* m_fetcher;
    std::chrono::milliseconds m_fetchWait;
};

} // namespace sightline
