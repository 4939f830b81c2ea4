#pragma once
// What to send: everything a RestCall needs to perform one logical request.

#include "network/HttpExchange.h"
#include "network/LowSpeedWatch.h"
#include "network/RetryPolicy.h"

#include <QList>
#include <QSslCertificate>
#include <QUrl>

namespace sightline {

struct HttpRequestSpec {
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    int timeoutMs = 30000; // per attempt, from send to the last byte
    // A streamed body (RestCall::setBodySink) slower than this over a whole window is stopped.
    LowSpeedLimit lowSpeed;
    // 0: a redirect is not followed; the 3xx answer is the response (for requests whose method
    // or body must not change on the way, e.g. a DELETE or an export's kick-off).
    int maxRedirects = 5;
    RetryPolicy retry;
    QList<QSslCertificate>
        extraCaCertificates; // a server profile's private CA, added to the system's

    QByteArray header(const QByteArray& name) const;
    void setHeader(const QByteArray& name, const QByteArray& value);
    void removeHeader(const QByteArray& name);
};

struct HttpResponse {
    int status = 0;
    QByteArray reasonPhrase;
    HeaderList headers;
    QByteArray body;
    QUrl finalUrl; // after redirects
    qint64 elapsedMs = 0;
    int attempts = 1;

    QByteArray header(const QByteArray& name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace sightline
