#include "smart/LaunchRequest.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace sightline {

Result<LaunchRequest> LaunchRequest::fromValues(const QString& iss, const QString& launch) {
    const QUrl url(iss, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.hasQuery() || url.hasFragment())
        return Error::make(Error::Kind::InvalidInput,
                           QCoreApplication::translate(
                               "LaunchRequest", "The launch names no valid FHIR server (iss)"),
                           iss);
    if (launch.trimmed().isEmpty())
        return Error::make(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("LaunchRequest", "The launch carries no launch value"));
    return LaunchRequest{url.adjusted(QUrl::StripTrailingSlash), launch};
}

Result<LaunchRequest> LaunchRequest::fromUrl(const QUrl& url) {
    if (url.scheme() != QLatin1String("sightline") ||
        (url.host() != QLatin1String("launch") && url.path() != QLatin1String("launch")))
        return Error::make(
            Error::Kind::InvalidInput,
            QCoreApplication::translate(
                "LaunchRequest", "Not a Sightline launch link (sightline://launch?iss=…&launch=…)"),
            url.toDisplayString());
    const QUrlQuery query(url);
    return fromValues(query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded),
                      query.queryItemValue(QStringLiteral("launch"), QUrl::FullyDecoded));
}

} // namespace sightline
