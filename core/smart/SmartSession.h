#pragma once
// One logged-in server's token lifecycle: holds the TokenSet, puts the access token on every
// FHIR client attached to it (the one place credentials are added), refreshes a minute before
// expiry (as the injected clock sees it), asks for a new login when refreshing fails, and
// revokes on logout. GUI-thread object.

#include "capabilities/SmartConfiguration.h"
#include "common/Clock.h"
#include "smart/TokenSet.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace sightline {

class FhirClient;
class TokenEndpointClient;

class SmartSession : public QObject {
    Q_OBJECT
public:
    static constexpr int kRefreshMarginSeconds = 60;

    SmartSession(TokenEndpointClient* endpoint, SmartConfiguration smart,
                 const Clock& clock = Clock::system(), QObject* parent = nullptr);

    // How a session without refresh tokens gets new ones (Backend Services: a fresh signed
    // assertion for client_credentials). When set, it replaces the refresh-token grant.
    using TokensCallback = std::function<void(const Result<TokenSet>&)>;
    using Renewal = std::function<void(QObject* context, TokensCallback done)>;
    void setRenewal(Renewal renewal) { m_renewal = std::move(renewal); }

    void setTokens(TokenSet tokens);
    const TokenSet& tokens() const { return m_tokens; }
    bool isActive() const { return !m_tokens.accessToken.isEmpty(); }
    qint64 secondsLeft() const;
    void attach(FhirClient* client);
    void refreshNow();
    // Revokes what the server allows (refresh token first), then forgets the tokens.
    void logout();

signals:
    void changed();
    void refreshed();
    // Refreshing failed (revoked, expired, server gone): the user must log in again. Open work
    // stays as it is; requests fail with 401 until then.
    void loginRequired(const sightline::Error& why);
    void loggedOut();
    // The server has answered every revocation request logout() sent (or none was needed).
    void revocationFinished();

private:
    void applyHeaders();
    void schedule();

    QPointer<TokenEndpointClient> m_endpoint;
    SmartConfiguration m_smart;
    const Clock& m_clock;
    TokenSet m_tokens;
    QList<QPointer<FhirClient>> m_clients;
    QTimer m_refreshTimer;
    bool m_refreshing = false;
    Renewal m_renewal;
};

} // namespace sightline
