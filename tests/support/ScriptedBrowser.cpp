#include "support/ScriptedBrowser.h"

#include <QNetworkReply>

namespace sightline::test {

ScriptedBrowser::ScriptedBrowser(QObject* parent)
    : QObject(parent) {
    m_network.setCookieJar(new QNetworkCookieJar(&m_network));
}

std::function<bool(const QUrl&)> ScriptedBrowser::opener() {
    return [this](const QUrl& url) {
        follow(url);
        return true;
    };
}

void ScriptedBrowser::follow(const QUrl& url) {
    QUrl target = url;
    const bool toListener =
        url.host() == QLatin1String("127.0.0.1") && url.path() == QLatin1String("/callback");
    if (toListener) {
        if (m_tamper)
            target = m_tamper(url);
        m_delivered = target;
    }
    if (++m_hops > 20)
        return;
    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, target, toListener] {
        reply->deleteLater();
        if (toListener)
            return; // the listener answered with its page: the "browser" is done
        const QByteArray location = reply->rawHeader("Location");
        if (!location.isEmpty())
            follow(target.resolved(QUrl::fromEncoded(location)));
    });
}

} // namespace sightline::test
