#pragma once
// One logged-in server's token lifecycle: holds the TokenSet, puts the access token on every
// FHIR client attached to it (the one place credentials are added), refreshes at three quarters
// of the token's lifetime (as the injected clock sees it; never sooner than ten seconds after
// the last refresh, so short-lived tokens cannot cause a storm), tries again with growing pauses
// after a failure that may pass, asks for a new login when refreshing is refused or the token
// has run out, and revokes on logout. GUI-thread object.

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
    // Refresh when this share of the lifetime has passed …
    static constexpr double kRefreshAtShare = 0.75;
    // … but never sooner than this after the last refresh (a token of a few seconds would
    // otherwise be refreshed without pause) …
    static constexpr int kMinimumRefreshGapSeconds = 10;
    // … and after a failure that may pass, again after 5 s, 10 s, 20 s … up to five minutes.
    static constexpr int kFirstRetrySeconds = 5;
    static constexpr int kLongestRetrySeconds = 300;

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
    // When the next refresh is due, in milliseconds from now; -1 when none is planned.
    int msUntilRefresh() const;
    void attach(FhirClient* client);
    void refreshNow();
    // Revokes what the server allows (refresh token first), then forgets the tokens.
    void logout();

signals:
    void changed();
    // New tokens arrived; `keptChanged` when what the keychain keeps changed (a rotated refresh
    // token, other scopes or context): only then is there anything new to write there.
    void refreshed(bool keptChanged);
    // Refreshing failed (revoked, expired, server gone): the user must log in again. Open work
    // stays as it is; requests fail with 401 until then.
    void loginRequired(const sightline::Error& why);
    void loggedOut();
    // The server has answered every revocation request logout() sent (or none was needed).
    void revocationFinished();

private:
    void applyHeaders();
    void schedule();
    // A refresh failed: try again later while the access token lasts, else ask for a login.
    void retryOrGiveUp(const Error& error);

    QPointer<TokenEndpointClient> m_endpoint;
    SmartConfiguration m_smart;
    const Clock& m_clock;
    TokenSet m_tokens;
    QList<QPointer<FhirClient>> m_clients;
    QTimer m_refreshTimer;
    bool m_refreshing = false;
    QDateTime m_obtainedUtc;    // when the current access token arrived
    QDateTime m_lastRefreshUtc; // when the last refresh was asked for
    int m_failedRefreshes = 0;  // in a row, for the retry pause
    Renewal m_renewal;
};

} // namespace sightline
