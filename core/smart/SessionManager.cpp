#include "smart/SessionManager.h"

#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "common/LogCategories.h"
#include "fhir/FhirClient.h"
#include "servers/SecretStore.h"
#include "smart/ClientAssertion.h"
#include "smart/SigningKey.h"
#include "smart/SmartSession.h"
#include "smart/TokenEndpointClient.h"
#include "smart/TokenVault.h"

#include <QFile>
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

void SessionManager::discover(const ServerProfile& profile, SmartCallback then) {
    const QString id = profile.id;
    m_bases.insert(id, profile.fhirBase);
    m_states.insert(id, State::LoggingIn);
    m_errors.remove(id);
    emit stateChanged(id);
    // Discovery first: the SMART configuration says where to log in and what the server allows.
    auto* discovery = new FhirClient(m_network, m_recorder, profile.fhirBase, this);
    discovery->getJson(discovery->resolve(QStringLiteral(".well-known/smart-configuration")), this,
                       [this, id, discovery, then](const Result<FhirReply>& reply) {
                           discovery->deleteLater();
                           if (!reply)
                               return fail(id, reply.error());
                           const auto smart = SmartConfiguration::fromJson(reply->resource);
                           if (!smart)
                               return fail(id, smart.error());
                           then(smart.value());
                       });
}

void SessionManager::clientAuthentication(const ServerProfile& profile,
                                          const SmartConfiguration& smart,
                                          AuthenticationCallback then) {
    if (profile.authKind != ServerProfile::AuthKind::SmartConfidential)
        return then(ClientAuthentication::publicClient(profile.clientId));
    const auto method = ClientAuthentication::chooseMethod(
        profile.useJwtAssertion
            ? ClientAuthentication::methodName(ClientAuthentication::Method::PrivateKeyJwt)
            : profile.tokenEndpointAuthMethod,
        smart.tokenEndpointAuthMethods);
    if (!method)
        return then(method.error());
    ClientAuthentication auth;
    auth.clientId = profile.clientId;
    auth.method = method.value();
    if (auth.method == ClientAuthentication::Method::PrivateKeyJwt) {
        // A confidential asymmetric client: its private key, as Backend Services keeps it.
        const auto key = SigningKey::fromFile(profile.clientSecretPath);
        if (!key)
            return then(Error::make(Error::Kind::InvalidInput,
                                    tr("The client's private key cannot be used"),
                                    key.error().toString()));
        auth.key = key.value();
        return then(auth);
    }
    if (!profile.clientSecretPath.isEmpty()) {
        // A file the administrator placed (a few bytes): the secret is its first line.
        QFile file(profile.clientSecretPath);
        if (!file.open(QIODevice::ReadOnly))
            return then(Error::make(Error::Kind::Storage,
                                    tr("The client secret file cannot be read"),
                                    profile.clientSecretPath));
        auth.secret = SecretBytes(file.read(4096).split('\n').first().trimmed());
        if (auth.secret.isEmpty())
            return then(Error::make(Error::Kind::InvalidInput,
                                    tr("The client secret file is empty"),
                                    profile.clientSecretPath));
        return then(auth);
    }
    if (!m_secrets)
        return then(Error::make(Error::Kind::Storage,
                                tr("No keychain is available for the client secret")));
    m_secrets->read(
        profile.secretKey(), this,
        [then, auth, name = profile.name](const Result<QByteArray>& secret) mutable {
            if (!secret) {
                if (secret.error().kind == Error::Kind::NotFound)
                    return then(Error::make(Error::Kind::InvalidInput,
                                            tr("No client secret is stored for %1: enter it in the "
                                               "server's settings")
                                                .arg(name)));
                return then(secret.error());
            }
            auth.secret = SecretBytes(secret.value());
            then(auth);
        });
}

void SessionManager::login(const ServerProfile& profile, const QString& launch) {
    if (state(profile.id) == State::LoggingIn)
        return;
    discover(profile, [this, profile, launch](const SmartConfiguration& smart) {
        if (profile.authKind == ServerProfile::AuthKind::BackendServices)
            return startBackendServices(profile, smart);
        clientAuthentication(
            profile, smart,
            [this, profile, smart, launch](const Result<ClientAuthentication>& client) {
                if (!client)
                    return fail(profile.id, client.error());
                startFlow(profile, smart, launch, client.value());
            });
    });
}

void SessionManager::resume(const ServerProfile& profile) {
    if (!m_vault || state(profile.id) == State::LoggingIn || state(profile.id) == State::LoggedIn)
        return;
    m_resuming.insert(profile.id);
    discover(profile, [this, profile](const SmartConfiguration& smart) {
        restoreFromVault(profile, smart);
    });
}

void SessionManager::startBackendServices(const ServerProfile& profile,
                                          const SmartConfiguration& smart) {
    const QString id = profile.id;
    const auto key = SigningKey::fromFile(profile.clientSecretPath);
    if (!key)
        return fail(id, Error::make(Error::Kind::InvalidInput,
                                    tr("The Backend Services private key cannot be used"),
                                    key.error().toString()));
    const QUrl tokenUrl = profile.tokenUrl.isEmpty() ? smart.tokenEndpoint : profile.tokenUrl;
    const QStringList scopes = profile.scopes.isEmpty() ? defaultBackendScopes() : profile.scopes;
    m_requested.insert(id, scopes);
    SmartSession* session =
        ensureSession(id, smart, ClientAuthentication::publicClient(profile.clientId));
    auto* endpoint =
        new TokenEndpointClient(m_network, m_recorder, profile.clientId, Clock::system(), session);
    // Every token (first and renewed) comes from a new assertion: unique jti, five minutes.
    session->setRenewal([endpoint, key = key.value(), clientId = profile.clientId, tokenUrl,
                         scope = scopes.join(QLatin1Char(' '))](QObject* context,
                                                                SmartSession::TokensCallback done) {
        const auto assertion =
            ClientAssertion::create(key, clientId, tokenUrl, Clock::system().nowUtc());
        if (!assertion)
            return done(assertion.error());
        endpoint->clientCredentials(
            tokenUrl, assertion.value(), scope, context, [done](const Result<TokenSet>& tokens) {
                if (tokens || tokens.error().kind != Error::Kind::Authorization)
                    return done(tokens);
                Error why = tokens.error();
                why.details += tr(" — check that the public key is "
                                  "registered for this client and that "
                                  "this computer's clock is right (the "
                                  "assertion is valid for five minutes "
                                  "from local time)");
                done(why);
            });
    });
    session->refreshNow(); // the first token: ends in loggedInNow() or fail()
}

void SessionManager::restoreFromVault(const ServerProfile& profile,
                                      const SmartConfiguration& smart) {
    const QString id = profile.id;
    m_vault->restore(id, this, [this, id, smart, profile](const Result<TokenSet>& stored) {
        if (!stored) {
            m_resuming.remove(id);
            m_states.insert(id, State::LoggedOut);
            if (stored.error().kind != Error::Kind::NotFound)
                m_errors.insert(id, stored.error().toString());
            emit stateChanged(id);
            return;
        }
        clientAuthentication(
            profile, smart,
            [this, id, smart, tokens = stored.value()](const Result<ClientAuthentication>& client) {
                if (!client) {
                    m_resuming.remove(id);
                    m_states.insert(id, State::LoginRequired);
                    m_errors.insert(id, client.error().toString());
                    emit stateChanged(id);
                    return;
                }
                SmartSession* s = ensureSession(id, smart, client.value());
                // Refresh token only: the refresh below gets an access token.
                s->setTokens(tokens);
                s->refreshNow();
            });
    });
}

void SessionManager::loggedInNow(const QString& serverId, const QString& how) {
    m_resuming.remove(serverId);
    m_states.insert(serverId, State::LoggedIn);
    m_errors.remove(serverId);
    if (SmartSession* s = m_sessions.value(serverId))
        qCInfo(lcSmart) << how << m_bases.value(serverId).host() << "as" << s->tokens().fhirUser;
    keepInVault(serverId);
    emit stateChanged(serverId);
    emit loggedIn(serverId);
}

void SessionManager::keepInVault(const QString& serverId) {
    SmartSession* s = m_sessions.value(serverId);
    if (!m_vault || !s)
        return;
    m_vault->keep(serverId, s->tokens(), this, [this, serverId](const Status& kept) {
        if (kept.ok()) {
            m_notices.remove(serverId);
        } else {
            // No silent fallback: the session works now but will not survive a restart.
            m_notices.insert(
                serverId,
                tr("The session cannot be kept for the next start: %1").arg(kept.error().message));
        }
        emit stateChanged(serverId);
        emit vaultUpdated(serverId, true);
    });
}

SmartSession* SessionManager::ensureSession(const QString& serverId,
                                            const SmartConfiguration& smart,
                                            const ClientAuthentication& identity) {
    SmartSession*& session = m_sessions[serverId];
    if (session) {
        // A new login may come with another secret (the user changed it): refresh with that.
        if (const QPointer<TokenEndpointClient> endpoint = m_endpoints.value(serverId))
            endpoint->setClientAuthentication(identity);
    } else {
        auto* endpoint = new TokenEndpointClient(m_network, m_recorder, identity.clientId,
                                                 Clock::system(), this);
        endpoint->setClientAuthentication(identity);
        m_endpoints.insert(serverId, endpoint);
        session = new SmartSession(endpoint, smart, Clock::system(), this);
        connect(session, &SmartSession::refreshed, this, [this, serverId](bool rotated) {
            audit(QStringLiteral("token-refresh"), QStringLiteral("Token refreshed"), serverId,
                  true);
            if (state(serverId) == State::LoggedIn) {
                if (rotated) // what the keychain keeps changed (else nothing to write)
                    keepInVault(serverId);
            } else if (resuming(serverId)) {
                audit(QStringLiteral("login"), QStringLiteral("Login (resumed)"), serverId, true);
                loggedInNow(serverId, QStringLiteral("Resumed the session with"));
            } else { // Backend Services: the first token
                audit(QStringLiteral("login"), QStringLiteral("Login"), serverId, true);
                loggedInNow(serverId, QStringLiteral("Backend Services token from"));
            }
        });
        connect(session, &SmartSession::loginRequired, this, [this, serverId](const Error& why) {
            if (state(serverId) == State::LoggingIn && !resuming(serverId))
                return fail(serverId, why); // a Backend Services login that got no token
            audit(QStringLiteral("token-refresh"), QStringLiteral("Token refresh failed"), serverId,
                  false, why.message);
            m_resuming.remove(serverId);
            m_states.insert(serverId, State::LoginRequired);
            m_errors.insert(serverId, why.toString());
            // A refused refresh token is dead for good; a network failure may pass.
            if (m_vault && why.kind == Error::Kind::Authorization)
                m_vault->forget(serverId, this, [](const Status&) {});
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
                               const QString& launch, const ClientAuthentication& client) {
    AuthorizationRequest request;
    request.fhirBase = profile.fhirBase;
    request.clientId = profile.clientId;
    request.scopes = profile.scopes.isEmpty() ? defaultScopes() : profile.scopes;
    request.redirectPort = quint16(profile.redirectPort);
    request.launch = launch;
    m_requested.insert(profile.id, request.scopes);
    AuthorizationCodeFlow::UrlOpener opener = m_opener;
    if (profile.embeddedLogin && m_embeddedOpener)
        opener = [embedded = m_embeddedOpener, id = profile.id](const QUrl& url) {
            return embedded(id, url);
        };
    auto* flow = new AuthorizationCodeFlow(m_network, m_recorder, smart, request, opener, this);
    flow->setClientAuthentication(client);
    m_flows.insert(profile.id, flow);
    const QString id = profile.id;
    connect(flow, &AuthorizationCodeFlow::loginPageReady, this,
            [this, id](const QUrl& page, bool opened) {
                m_loginPages.insert(id, {page, opened});
                emit stateChanged(id);
            });
    connect(flow, &AuthorizationCodeFlow::finished, this,
            [this, id, smart, flow, client](const Result<TokenSet>& tokens) {
                flow->deleteLater();
                m_flows.remove(id);
                m_loginPages.remove(id);
                if (!tokens)
                    return fail(id, tokens.error());
                ensureSession(id, smart, client)->setTokens(tokens.value());
                audit(QStringLiteral("login"), QStringLiteral("Login"), id, true);
                loggedInNow(id, QStringLiteral("Logged in to"));
            });
    flow->start();
}

void SessionManager::fail(const QString& serverId, const Error& error) {
    m_resuming.remove(serverId);
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
    // Done when both the server (revocation) and the keychain (forget) have answered.
    auto pending = std::make_shared<int>(1 + (m_vault ? 1 : 0));
    auto oneDone = [this, serverId, pending] {
        if (--*pending == 0)
            emit loggedOut(serverId);
    };
    if (SmartSession* s = m_sessions.value(serverId)) {
        if (s->isActive())
            audit(QStringLiteral("logout"), QStringLiteral("Logout"), serverId, true);
        connect(s, &SmartSession::revocationFinished, this, oneDone, Qt::SingleShotConnection);
        s->logout();
    } else {
        oneDone();
    }
    if (m_vault)
        m_vault->forget(serverId, this, [this, serverId, oneDone](const Status& forgotten) {
            if (!forgotten.ok())
                m_notices.insert(serverId, forgotten.error().message);
            emit vaultUpdated(serverId, false);
            oneDone();
        });
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
