#pragma once
// Stands in for the system browser in login tests: follows the authorize URL's redirects
// (keeping cookies, as a browser does) through the sandbox's scripted login until the redirect
// to Sightline's loopback listener, and delivers that one. Optionally tampers with the final
// redirect to test Sightline's checks.

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QObject>
#include <QUrl>

#include <functional>

namespace sightline::test {

class ScriptedBrowser : public QObject {
    Q_OBJECT
public:
    explicit ScriptedBrowser(QObject* parent = nullptr);

    // The URL opener to hand to the login flow.
    std::function<bool(const QUrl&)> opener();
    // Opens an address by hand, as a user does with one copied from Sightline.
    void visit(const QUrl& url) { follow(url); }
    // Rewrites the redirect to the listener before it is delivered (e.g. to change `state`).
    void setTamper(std::function<QUrl(const QUrl&)> tamper) { m_tamper = std::move(tamper); }
    QUrl deliveredRedirect() const { return m_delivered; }
    int hops() const { return m_hops; }

private:
    void follow(const QUrl& url);

    QNetworkAccessManager m_network;
    std::function<QUrl(const QUrl&)> m_tamper;
    QUrl m_delivered;
    int m_hops = 0;
};

} // namespace sightline::test
