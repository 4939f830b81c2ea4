#include "desktop/OpenLink.h"

#include "cache/ImageCache.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace sightline {

bool OpenLink::isOpenLink(const QUrl& url) {
    return url.scheme() == QLatin1String("sightline") &&
           (url.host() == QLatin1String("open") || url.path() == QLatin1String("open"));
}

Result<OpenLink> OpenLink::fromUrl(const QUrl& url) {
    const auto invalid = [&url](const char* why) {
        return Error::make(Error::Kind::InvalidInput, QCoreApplication::translate("OpenLink", why),
                           url.toDisplayString());
    };
    if (!isOpenLink(url))
        return invalid(QT_TRANSLATE_NOOP(
            "OpenLink", "Not a Sightline open link (sightline://open?server=…&study=…)"));
    const QUrlQuery query(url);
    OpenLink link;
    link.server = query.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded).trimmed();
    link.studyUid = query.queryItemValue(QStringLiteral("study"), QUrl::FullyDecoded).trimmed();
    link.viewerId = query.queryItemValue(QStringLiteral("viewer"), QUrl::FullyDecoded).trimmed();
    if (link.server.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("OpenLink", "The link names no server"));
    if (!ImageCache::isValidUid(link.studyUid))
        return invalid(QT_TRANSLATE_NOOP("OpenLink", "The link names no valid study UID"));
    static const QRegularExpression viewerId(QStringLiteral("^[A-Za-z0-9._-]{0,64}$"));
    if (!viewerId.match(link.viewerId).hasMatch())
        return invalid(QT_TRANSLATE_NOOP("OpenLink", "The link names no valid viewer"));
    return link;
}

} // namespace sightline
