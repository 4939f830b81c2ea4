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

#include <atomic>
#include <chrono>

namespace sightline {

class ImageCache;
class SeriesFetcher;

class DicomNodeAnswers {
public:
    // How many requests may wait for a node at once, shared by the gateway's requests: each
    // holds one of its HTTP workers while it waits. A request beyond that is not kept: what it
    // needs is asked for, and it is answered at once, 503 with Retry-After, so the gateway's
    // other requests (another viewer, what the cache holds) are never all kept waiting.
    struct WaitLimit {
        std::atomic_int waiting{0};
        int most = 0;
    };

    // `root`: the gateway URL of the source; `fetcher` may be null (the cache alone answers).
    DicomNodeAnswers(ImageCache& cache, QString root, SeriesFetcher* fetcher,
                     std::chrono::milliseconds fetchWait, WaitLimit* limit = nullptr);

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
    WaitLimit* m_limit;
};

} // namespace sightline
