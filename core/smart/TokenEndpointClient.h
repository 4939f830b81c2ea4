#pragma once
// Talks to a SMART server's token and revocation endpoints: exchanges an authorization code
// (with the PKCE verifier), refreshes, and revokes. Form-encoded requests through RestCall, so
// the Network panel shows them with the secrets redacted. GUI-thread object.

#include "common/Clock.h"
#include "common/Result.h"
#include "network/NetworkRecorder.h"
#include "smart/ClientAuthentication.h"
#include "smart/TokenSet.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;

namespace sightline {

class TokenEndpointClient : public QObject {
    Q_OBJECT
public:
    using TokenCallback = std::function<void(const Result<TokenSet>&)>;

    TokenEndpointClient(QNetworkAccessManager* network, NetworkRecorder* recorder, QString clientId,
                        const Clock& clock = Clock::system(), QObject* parent = nullptr);
    // A confidential client's secret and how to send it (every request from then on).
    void setClientAuthentication(ClientAuthentication authentication) {
        m_client = std::move(authentication);
    }

    void exchangeCode(const QUrl& tokenEndpoint, const QByteArray& code, const QUrl& redirectUri,
                      const QByteArray& codeVerifier, QObject* context, TokenCallback callback);
    // A narrower `scope` may be asked for; empty keeps the granted one.
    void refresh(const QUrl& tokenEndpoint, const SecretBytes& refreshToken, const QString& scope,
                 QObject* context, TokenCallback callback);
    // SMART Backend Services: client_credentials with a signed client assertion.
    void clientCredentials(const QUrl& tokenEndpoint, const QByteArray& assertion,
                           const QString& scope, QObject* context, TokenCallback callback);
    void revoke(const QUrl& revocationEndpoint, const SecretBytes& token,
                const QString& tokenTypeHint, QObject* context,
                std::function<void(const Status&)> callback);

private:
    void post(const QUrl& endpoint, QUrlQuery form, QObject* context,
              std::function<void(const Result<QPair<int, QByteArray>>&)> callback);
    // A request whose answer is a token response (RFC 6749 §5.1) or an error (§5.2).
    void postForTokens(const QUrl& endpoint, const QUrlQuery& form, QObject* context,
                       TokenCallback callback);

    QNetworkAccessManager* m_network;
    QPointer<NetworkRecorder> m_recorder;
    ClientAuthentication m_client;
    const Clock& m_clock;
};

} // namespace sightline
