#include "smart/SessionManager.h"

#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "common/LogCategories.h"
#include "fhir/FhirClient.h"
#include "smart/SmartSession.h"
#include "smart/TokenEndpointClient.h"

#include <QSysInfo>

namespace sightline {

SessionManager::SessionManager(QNetworkAccessManager* network, NetworkRecorder* recorder,
                               AuthorizationCodeFlow::UrlOpener opener, AuditTrail* audit,
                               QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_recorder(recorder)
    , m_opener(std::move(opener))
    , m_audit(audit) {}

QStringList SessionManager::defaultScopes() {
    return {QStringLiteral("openid"), QStringLiteral("fhirUser"), QStringLiteral("offline_access"),
            QStringLiteral("launch/patient"), QStringLiteral("patient/*.rs")};
}

SessionManager::State SessionManager::state(const QString& serverId) const {
    return m_states.value(serverId, State::LoggedOut);
}

SmartSession* SessionManager::session(const QString& serverId) const {
    return m_sessions.value(serverId);
}

void SessionManager::audit(const QString& code, const QString& display, const QString& serverId,
                           bool success, const QString& detail) {
    if (!m_audit)
        return;
    AuditEventBuilder event =
        AuditEventBuilder::activity(code, display, AuditEventBuilder::Action::Execute);
    event.application(QSysInfo::machineHostName())
        .server(m_bases.value(serverId))
        .outcome(success ? AuditEventBuilder::Outcome::Success
                         : AuditEventBuilder::Outcome::MinorFailure,
                 detail);
    if (SmartSession* s = m_sessions.value(serverId); s && s->isActive()) {
        event.user(s->tokens().fhirUser).tokenId(s->tokens().tokenId);
        if (!s->tokens().patient.isEmpty())
            event.patient(QStringLiteral("Patient/") + s->tokens().patient);
    }
    m_audit->record(event.build());
}

void SessionManager::login(const ServerProfile& profile, const QString& launch) {
    const QString id = profile.id;
    if (state(id) == State::LoggingIn)
        return;
    m_bases.insert(id, profile.fhirBase);
    m_states.insert(id, State::LoggingIn);
    m_errors.remove(id);
    emit stateChanged(id);
    // Discovery first: the SMART configuration says where to log in and what the server allows.
    auto* discovery = new FhirClient(m_network, m_recorder, profile.fhirBase, this);
    discovery->getJson(discovery->resolve(QStringLiteral(".well-known/smart-configuration")), this,
                       [this, profile, discovery, launch](const Result<FhirReply>& reply) {
                           discovery->deleteLater();
                           if (!reply)
                               return fail(profile.id, reply.error());
                           const auto smart = SmartConfiguration::fromJson(reply->resource);
                           if (!smart)
                               return fail(profile.id, smart.error());
                           startFlow(profile, smart.value(), launch);
                       });
}

SmartSession* SessionManager::ensureSession(const QString& serverId,
                                            const SmartConfiguration& smart,
                                            const QString& clientId) {
    SmartSession*& session = m_sessions[serverId];
    if (!session) {
        auto* endpoint =
            new TokenEndpointClient(m_network, m_recorder, clientId, Clock::system(), this);
        session = new SmartSession(endpoint, smart, Clock::system(), this);
        connect(session, &SmartSession::refreshed, this, [this, serverId] {
            audit(QStringLiteral("token-refresh"), QStringLiteral("Token refreshed"), serverId,
                  true);
        });
        connect(session, &SmartSession::loginRequired, this, [this, serverId](const Error& why) {
            audit(QStringLiteral("token-refresh"), QStringLiteral("Token refresh failed"), serverId,
                  false, why.message);
            m_states.insert(serverId, State::LoginRequired);
            m_errors.insert(serverId, why.toString());
            emit stateChanged(serverId);
        });
        connect(session, &SmartSession::changed, this,
                [this, serverId] { emit stateChanged(serverId); });
        for (const QPointer<FhirClient>& client : std::as_const(m_clients)) {
            if (client && client->baseUrl() == m_bases.value(serverId))
                session->attach(client);
        }
    }
    return session;
}

void SessionManager::startFlow(const ServerProfile& profile, const SmartConfiguration& smart,
                               const QString& launch) {
    AuthorizationRequest request;
    request.fhirBase = profile.fhirBase;
    request.clientId = profile.clientId;
    request.scopes = profile.scopes.isEmpty() ? defaultScopes() : profile.scopes;
    request.redirectPort = quint16(profile.redirectPort);
    request.launch = launch;
    m_requested.insert(profile.id, request.scopes);
    auto* flow = new AuthorizationCodeFlow(m_network, m_recorder, smart, request, m_opener, this);
    m_flows.insert(profile.id, flow);
    const QString id = profile.id;
    connect(flow, &AuthorizationCodeFlow::finished, this,
            [this, id, smart, flow, clientId = profile.clientId](const Result<TokenSet>& tokens) {
                flow->deleteLater();
                m_flows.remove(id);
                if (!tokens)
                    return fail(id, tokens.error());
                ensureSession(id, smart, clientId)->setTokens(tokens.value());
                m_states.insert(id, State::LoggedIn);
                qCInfo(lcSmart) << "Logged in to" << m_bases.value(id).host() << "as"
                                << tokens->fhirUser;
                audit(QStringLiteral("login"), QStringLiteral("Login"), id, true);
                emit stateChanged(id);
                emit loggedIn(id);
            });
    flow->start();
}

void SessionManager::fail(const QString& serverId, const Error& error) {
    qCWarning(lcSmart) << "Login failed:" << error.message;
    m_states.insert(serverId, m_sessions.value(serverId) && m_sessions.value(serverId)->isActive()
                                  ? State::LoginRequired
                                  : State::LoggedOut);
    m_errors.insert(serverId, error.toString());
    audit(QStringLiteral("login"), QStringLiteral("Login"), serverId, false, error.message);
    emit stateChanged(serverId);
}

void SessionManager::cancelLogin(const QString& serverId) {
    if (const auto flow = m_flows.value(serverId))
        flow->cancel();
}

void SessionManager::logout(const QString& serverId) {
    if (SmartSession* s = m_sessions.value(serverId)) {
        audit(QStringLiteral("logout"), QStringLiteral("Logout"), serverId, true);
        s->logout();
    }
    m_states.insert(serverId, State::LoggedOut);
    emit stateChanged(serverId);
}

void SessionManager::refresh(const QString& serverId) {
    if (SmartSession* s = m_sessions.value(serverId))
        s->refreshNow();
}

void SessionManager::attach(FhirClient* client) {
    m_clients.removeIf([](const QPointer<FhirClient>& c) { return c.isNull(); });
    m_clients.append(client);
    for (auto it = m_bases.cbegin(); it != m_bases.cend(); ++it) {
        if (it.value() == client->baseUrl()) {
            if (SmartSession* s = m_sessions.value(it.key()))
                s->attach(client);
        }
    }
}

} // namespace sightline
