#pragma once
// The gateway's network side: runs upstream DICOMweb requests on the gateway's own thread
// (its own QNetworkAccessManager) and feeds each answer into an UpstreamPipe, reading from the
// network only while the pipe has room. Requests go out through HttpPolicy; redirects are passed
// to the viewer, never followed, so credentials never go to another origin. Lives on the gateway
// thread; fetch() may be called from any thread.

#include "network/LowSpeedWatch.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace sightline {

class UpstreamPipe;

struct UpstreamRequest {
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // Accept, Authorization …
    int transferTimeoutMs = 30000;
    // A body slower than this over a whole window, while the viewer is keeping up, is stopped.
    LowSpeedLimit lowSpeed;
};

class UpstreamFetcher : public QObject {
    Q_OBJECT
public:
    // Without `network`, the fetcher makes its own on first use, on its own thread (the
    // gateway's case); a given one must live on the fetcher's thread (tests script it).
    explicit UpstreamFetcher(QNetworkAccessManager* network = nullptr, QObject* parent = nullptr);
    ~UpstreamFetcher() override;

    // Thread-safe: queues the request onto the fetcher's thread.
    void fetch(const UpstreamRequest& request, std::shared_ptr<UpstreamPipe> pipe);

private:
    void start(const UpstreamRequest& request, const std::shared_ptr<UpstreamPipe>& pipe);
    void pump(QNetworkReply* reply);
    void sendHead(QNetworkReply* reply);
    void complete(QNetworkReply* reply);

    // One upstream answer on its way to a viewer.
    struct Transfer {
        std::shared_ptr<UpstreamPipe> pipe;
        UpstreamRequest request;
        bool headSent = false;
        QPointer<LowSpeedWatch> lowSpeed; // owned by the reply
        bool tooSlow = false;
    };

    QNetworkAccessManager* m_network; // created on first use, on this thread, when not given
    QHash<QNetworkReply*, Transfer> m_transfers;
};

} // namespace sightline
