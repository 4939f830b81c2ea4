#pragma once
// Sightline's local DICOMweb gateway: an HTTP server on 127.0.0.1 (random port) that viewers
// are launched against. It answers QIDO-RS, WADO-RS, metadata, frames and rendered requests from
// the image cache when it can and from the upstream PACS otherwise, adding the upstream's
// credentials itself, so tokens never leave Sightline. It also serves the bundled OHIF viewer
// same-origin with a configuration generated for the session.
//
// Every URL with patient data carries an unguessable per-session prefix (other local users
// cannot read through it); the Host header must name the gateway (no DNS rebinding), and
// cross-origin browser requests are refused (CORS only for the pages it serves itself).
// Upstream bodies are streamed with back-pressure, cached multipart answers are streamed from
// the files, and BulkDataURIs in JSON answers are rewritten to the gateway.
//
// The HTTP server is cpp-httplib (Debian's libcpp-httplib): a thread pool answers requests and
// its content providers stream bodies of known or unknown length, which is what the gateway
// needs; it builds on the Debian machine without extra code. Upstream requests run on the
// gateway's own Qt thread. Create, start and stop from one thread; the signals arrive there.

#include "cache/CacheConnections.h"
#include "common/Result.h"
#include "gateway/GatewaySources.h"
#include "network/LowSpeedWatch.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace sightline {

class SeriesFetcher;

// One request a viewer made through the gateway (for the audit trail and the status bar).
struct GatewayAccess {
    QString sourceId;
    QString study;
    QString series;
    // "search", "retrieve", "metadata", "frames", "rendered", "bulk", "viewer", "launch" (a
    // one-time launch ticket, 303 when redeemed), or "other-user" (refused: another user of this
    // computer)
    QString resource;
    bool fromCache = false;
    int status = 0;
};

struct GatewayOptions {
    std::optional<CacheConnections> cache; // the image cache to answer from (required)
    QString ohifDir;                       // the OHIF build; empty: no bundled viewer
    quint16 port = 0;                      // 0: any free port
    int upstreamTimeoutMs = 30000;
    // An upstream body slower than this over a whole window is stopped (UpstreamRequest).
    LowSpeedLimit upstreamLowSpeed;
    // How long a viewer's request waits for a DICOM node's series to come into the cache.
    int nodeFetchWaitMs = 10 * 60 * 1000;
    // HTTP workers (each serves one connection at a time), and how many of them may wait for
    // a DICOM node at once: the others stay free for everything else.
    int workers = 32;
    int mostWaitingForNodes = 24;
};

class DicomWebGateway : public QObject {
    Q_OBJECT
public:
    explicit DicomWebGateway(GatewayOptions options, QObject* parent = nullptr);
    ~DicomWebGateway() override;

    Status start();
    void stop();
    bool isRunning() const;

    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>/<prefix>
    QUrl dicomWebRoot(const QString& sourceId) const;
    // A cached study as one ZIP file (served only while the cache holds all of it).
    QUrl studyArchiveUrl(const QString& studyUid) const;
    // A one-time address for `address` (one of this gateway's), for a viewer started outside
    // Sightline: it redirects once to `address`, and expires unused (LaunchTickets). Empty when
    // `address` is not the gateway's.
    QUrl launchTicket(const QUrl& address) const;
    bool hasOhif() const;
    QUrl ohifViewerUrl(const QString& sourceId, const QStringList& studyUids) const;
    GatewaySources& sources();
    // What brings a DICOM node's series in while a viewer waits (null: the cache alone answers
    // a node's viewers). Any thread; requests under way keep the one they started with.
    void setSeriesFetcher(std::shared_ptr<SeriesFetcher> fetcher);

signals:
    void accessed(const sightline::GatewayAccess& access);
    void upstreamFailed(const QString& sourceId, const QString& reason);
    // The upstream refused the credentials (401): the session may need a refreshed token.
    void credentialsRejected(const QString& sourceId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sightline

Q_DECLARE_METATYPE(sightline::GatewayAccess)
