#pragma once
// A SMART App Launch login with the authorization code grant: standalone, or EHR launch when a
// `launch` value is given. Opens the authorize URL through an injected opener (the system
// browser in the app, a scripted follower in tests), receives the redirect on a one-shot
// loopback listener, checks state and issuer, and exchanges the code with the PKCE verifier.
// When no browser can be opened (a headless desktop, --no-browser) the flow keeps waiting: the
// address can be opened elsewhere, and the time limit still ends the wait.
// Refuses servers that do not offer S256. Times out; can be cancelled. GUI-thread object.

#include "capabilities/SmartConfiguration.h"
#include "common/Result.h"
#include "network/NetworkRecorder.h"
#include "smart/ClientAuthentication.h"
#include "smart/Pkce.h"
#include "smart/TokenSet.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace sightline {

class LoopbackListener;
class TokenEndpointClient;

struct AuthorizationRequest {
    QUrl fhirBase; // sent as `aud`
    QString clientId;
    QStringList scopes;
    QString launch;           // EHR launch: the value the EHR passed
    quint16 redirectPort = 0; // 0: any free loopback port
    int timeoutMs = 5 * 60 * 1000;
};

class AuthorizationCodeFlow : public QObject {
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl&)>;

    AuthorizationCodeFlow(QNetworkAccessManager* network, NetworkRecorder* recorder,
                          SmartConfiguration smart, AuthorizationRequest request, UrlOpener opener,
                          QObject* parent = nullptr);
    ~AuthorizationCodeFlow() override;

    // A confidential client's secret for the code exchange; public clients need none.
    void setClientAuthentication(const ClientAuthentication& client);
    void start();
    void cancel();

    static QUrl authorizeUrl(const SmartConfiguration& smart, const AuthorizationRequest& request,
                             const QUrl& redirectUri, const QByteArray& state,
                             const QByteArray& codeChallenge);

signals:
    // The login page was handed to the browser (`opened`), or could not be: either way the
    // flow waits for the redirect, and the address (no secret in it) can be shown to the user.
    void loginPageReady(const QUrl& authorizeUrl, bool opened);
    void finished(const sightline::Result<sightline::TokenSet>& tokens);

private:
    void finish(const Result<TokenSet>& result);

    QNetworkAccessManager* m_network;
    QPointer<NetworkRecorder> m_recorder;
    SmartConfiguration m_smart;
    AuthorizationRequest m_request;
    UrlOpener m_opener;
    LoopbackListener* m_listener;
    TokenEndpointClient* m_tokens;
    PkcePair m_pkce;
    QByteArray m_state;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace sightline
