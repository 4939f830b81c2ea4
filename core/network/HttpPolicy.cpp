#include "network/HttpPolicy.h"

#include "network/Redactor.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace sightline {

namespace {
int defaultPort(const QUrl& url) {
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
}
} // namespace

QNetworkRequest HttpPolicy::requestFor(const HttpRequestSpec& spec, int idleTimeoutMs) {
    QNetworkRequest request(spec.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (const auto& [name, value] : spec.headers)
        request.setRawHeader(name, value);
    if (!spec.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(spec.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    if (idleTimeoutMs > 0)
        request.setTransferTimeout(idleTimeoutMs);
    return request;
}

QNetworkReply* HttpPolicy::send(QNetworkAccessManager& network, const HttpRequestSpec& spec,
                                int idleTimeoutMs) {
    const QNetworkRequest request = requestFor(spec, idleTimeoutMs);
    const QByteArray method = spec.method.toUpper();
    if (method == "GET")
        return network.get(request);
    if (method == "HEAD")
        return network.head(request);
    if (method == "DELETE" && spec.body.isEmpty())
        return network.deleteResource(request);
    return network.sendCustomRequest(request, method, spec.body);
}

bool HttpPolicy::sameOrigin(const QUrl& a, const QUrl& b) {
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

bool HttpPolicy::isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

Result<RedirectStep> HttpPolicy::redirect(const QUrl& from, const QByteArray& method, int status,
                                          const QByteArray& location, int redirectsSoFar,
                                          int maxRedirects) {
    RedirectStep step;
    step.target = from.resolved(QUrl::fromEncoded(location));
    if (redirectsSoFar >= maxRedirects)
        return Error::make(Error::Kind::Http, tr("Too many redirects from %1").arg(from.host()), {},
                           status);
    if (step.target.scheme() != QLatin1String("https") &&
        step.target.scheme() != QLatin1String("http"))
        return Error::make(Error::Kind::Http, tr("Refused a redirect to a non-web address"),
                           Redactor::url(step.target).toDisplayString(), status);
    if (from.scheme() == QLatin1String("https") && step.target.scheme() != QLatin1String("https"))
        return Error::make(Error::Kind::Tls, tr("Refused a redirect from https to plain http"),
                           Redactor::url(step.target).toDisplayString(), status);
    step.sameOrigin = sameOrigin(from, step.target);
    const QByteArray verb = method.toUpper();
    step.becomesGet =
        status == 303 || ((status == 301 || status == 302) && verb != "GET" && verb != "HEAD");
    step.note = tr("redirect to %1").arg(Redactor::url(step.target).toDisplayString());
    return step;
}

void HttpPolicy::follow(HttpRequestSpec& spec, const RedirectStep& step) {
    if (!step.sameOrigin)
        spec.removeHeader("Authorization"); // credentials belong to their origin (RFC 9110 §15.4)
    if (step.becomesGet) {
        spec.method = "GET";
        spec.body.clear();
        spec.removeHeader("Content-Type");
    }
    spec.url = step.target;
}

} // namespace sightline
