#include "smart/SmartSession.h"

#include "common/LogCategories.h"
#include "fhir/FhirClient.h"
#include "smart/TokenEndpointClient.h"

namespace sightline {

SmartSession::SmartSession(TokenEndpointClient* endpoint, SmartConfiguration smart,
                           const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_smart(std::move(smart))
    , m_clock(clock) {
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SmartSession::refreshNow);
}

qint64 SmartSession::secondsLeft() const {
    return m_tokens.expiresUtc.isValid() ? m_clock.nowUtc().secsTo(m_tokens.expiresUtc) : -1;
}

void SmartSession::setTokens(TokenSet tokens) {
    m_tokens = std::move(tokens);
    m_obtainedUtc = m_clock.nowUtc();
    m_failedRefreshes = 0;
    applyHeaders();
    schedule();
    emit changed();
}

void SmartSession::attach(FhirClient* client) {
    m_clients.removeIf([](const QPointer<FhirClient>& c) { return c.isNull(); });
    m_clients.append(client);
    applyHeaders();
}

void SmartSession::applyHeaders() {
    HeaderList headers;
    if (!m_tokens.accessToken.isEmpty())
        headers.append({"Authorization", "Bearer " + m_tokens.accessToken.reveal()});
    for (const QPointer<FhirClient>& client : std::as_const(m_clients)) {
        if (client)
            client->setDefaultHeaders(headers);
    }
}

int SmartSession::msUntilRefresh() const {
    return m_refreshTimer.isActive() ? m_refreshTimer.remainingTime() : -1;
}

void SmartSession::schedule() {
    m_refreshTimer.stop();
    if (!m_tokens.expiresUtc.isValid() || (m_tokens.refreshToken.isEmpty() && !m_renewal))
        return;
    const QDateTime now = m_clock.nowUtc();
    const qint64 lifetimeMs = std::max<qint64>(0, m_obtainedUtc.msecsTo(m_tokens.expiresUtc));
    QDateTime due = m_obtainedUtc.addMSecs(qint64(double(lifetimeMs) * kRefreshAtShare));
    if (m_lastRefreshUtc.isValid())
        due = std::max(due, m_lastRefreshUtc.addSecs(kMinimumRefreshGapSeconds));
    const qint64 dueInMs = std::max<qint64>(0, now.msecsTo(due));
    m_refreshTimer.start(int(std::min<qint64>(dueInMs, std::numeric_limits<int>::max())));
}

void SmartSession::retryOrGiveUp(const Error& error) {
    // Refused (invalid_grant, revoked client) is final; a network failure, a timeout or a busy
    // server may pass, and there is no reason to log the user out while the token still works.
    const bool mayPass = error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout ||
                         error.httpStatus >= 500 || error.httpStatus == 429;
    const qint64 pauseSeconds = std::min<qint64>(
        kLongestRetrySeconds, qint64(kFirstRetrySeconds) << std::min(m_failedRefreshes, 10));
    ++m_failedRefreshes;
    if (mayPass && secondsLeft() > pauseSeconds) {
        qCWarning(lcSmart) << "Token refresh failed, trying again in" << pauseSeconds
                           << "s:" << error.message;
        m_refreshTimer.start(int(pauseSeconds * 1000));
        return;
    }
    qCWarning(lcSmart) << "Token refresh failed:" << error.message;
    emit loginRequired(error);
}

void SmartSession::refreshNow() {
    if (m_refreshing || !m_endpoint)
        return;
    m_refreshing = true;
    m_refreshTimer.stop();
    m_lastRefreshUtc = m_clock.nowUtc();
    auto done = [this](const Result<TokenSet>& result) {
        m_refreshing = false;
        if (!result)
            return retryOrGiveUp(result.error());
        // What the keychain keeps besides the refresh token may change too (scopes, context).
        auto kept = [](const TokenSet& t) {
            return QStringList{QString::fromLatin1(t.refreshToken.reveal()),
                               t.scopes.all().join(QLatin1Char(' ')),
                               t.patient,
                               t.fhirUser,
                               t.fhircastHub,
                               t.fhircastTopic};
        };
        const QStringList before = kept(m_tokens);
        m_tokens.mergeRefresh(result.value());
        const bool rotated = kept(m_tokens) != before;
        m_obtainedUtc = m_clock.nowUtc();
        m_failedRefreshes = 0;
        applyHeaders();
        schedule();
        emit refreshed(rotated);
        emit changed();
    };
    if (m_renewal)
        m_renewal(this, done);
    else
        m_endpoint->refresh(m_smart.tokenEndpoint, m_tokens.refreshToken, {}, this, done);
}

void SmartSession::logout() {
    m_refreshTimer.stop();
    const TokenSet old = m_tokens;
    m_tokens = TokenSet{};
    applyHeaders();
    // Revocation is best effort: the tokens are forgotten here whatever the server says.
    QList<QPair<SecretBytes, QString>> toRevoke;
    if (m_endpoint && !m_smart.revocationEndpoint.isEmpty()) {
        if (!old.refreshToken.isEmpty())
            toRevoke.append({old.refreshToken, QStringLiteral("refresh_token")});
        if (!old.accessToken.isEmpty())
            toRevoke.append({old.accessToken, QStringLiteral("access_token")});
    }
    auto pending = std::make_shared<int>(int(toRevoke.size()));
    for (const auto& [token, hint] : std::as_const(toRevoke)) {
        m_endpoint->revoke(m_smart.revocationEndpoint, token, hint, this,
                           [this, pending](const Status&) {
                               if (--*pending == 0)
                                   emit revocationFinished();
                           });
    }
    emit loggedOut();
    emit changed();
    if (toRevoke.isEmpty())
        emit revocationFinished();
}

} // namespace sightline
