#pragma once
// Sightline's rules for every HTTP request it sends, written once: Qt never follows a redirect
// by itself (each one is decided here), a redirect leads only to http(s) and never downgrades
// https to http, credentials
// never follow a redirect to another origin, and a profile's private CA is trusted beside the
// system's. RestCall (requests with retries and recording) and the streaming paths (the
// gateway's upstream fetches, Bulk Data file downloads) all send through send(): it is the only
// place in Sightline that hands a request to a QNetworkAccessManager.

#include "common/Result.h"
#include "network/HttpRequestSpec.h"

#include <QCoreApplication>
#include <QNetworkRequest>

class QNetworkAccessManager;
class QNetworkReply;

namespace sightline {

// Where a redirect answer leads, as the policy allows it.
struct RedirectStep {
    QUrl target;
    bool sameOrigin = true;  // false: credentials stay behind
    bool becomesGet = false; // 303, or 301/302 after a method other than GET/HEAD
    QString note;            // for the network log, e.g. "redirect to …; Authorization dropped"
};

class HttpPolicy {
    Q_DECLARE_TR_FUNCTIONS(HttpPolicy)
public:
    // The spec as a QNetworkRequest: manual redirects, its headers, its extra CA certificates.
    // `idleTimeoutMs` > 0 stops a transfer that receives nothing for that long (Qt's transfer
    // timeout), for callers that do not keep a timer of their own.
    static QNetworkRequest requestFor(const HttpRequestSpec& spec, int idleTimeoutMs = 0);
    static QNetworkReply* send(QNetworkAccessManager& network, const HttpRequestSpec& spec,
                               int idleTimeoutMs = 0);

    static bool sameOrigin(const QUrl& a, const QUrl& b);
    static bool isRedirect(int status);
    // The next hop after `status` with `location` for a request to `from`; an error when the
    // redirect is refused (a downgrade to http, or more than `maxRedirects` in a row).
    static Result<RedirectStep> redirect(const QUrl& from, const QByteArray& method, int status,
                                         const QByteArray& location, int redirectsSoFar,
                                         int maxRedirects);
    // `spec` made ready for the next hop: its URL, Authorization dropped when the origin
    // changes, a GET without a body when the redirect says so.
    static void follow(HttpRequestSpec& spec, const RedirectStep& step);
};

} // namespace sightline
