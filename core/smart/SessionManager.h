#pragma once
// Keeps one SmartSession per server profile: starts logins (discovering the server's SMART
// configuration first), hands every FHIR client made for a server to that server's session so
// its requests carry the token, and records logins, refreshes and logouts in the audit trail.
// GUI-thread object.

#include "capabilities/SmartConfiguration.h"
#include "common/Result.h"
#include "servers/ServerProfile.h"
#include "smart/AuthorizationCodeFlow.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace sightline {

class AuditTrail;
class FhirClient;
class NetworkRecorder;
class SmartSession;
class TokenEndpointClient;

class SessionManager : public QObject {
    Q_OBJECT
public:
    enum class State { LoggedOut, LoggingIn, LoggedIn, LoginRequired };

    SessionManager(QNetworkAccessManager* network, NetworkRecorder* recorder,
                   AuthorizationCodeFlow::UrlOpener opener, AuditTrail* audit = nullptr,
                   QObject* parent = nullptr);

    // Standalone launch, or an EHR launch when `launch` is given.
    void login(const ServerProfile& profile, const QString& launch = {});
    void cancelLogin(const QString& serverId);
    void logout(const QString& serverId);
    void refresh(const QString& serverId);
    // Called for every FHIR client the factory makes: its requests carry that server's token.
    void attach(FhirClient* client);

    State state(const QString& serverId) const;
    SmartSession* session(const QString& serverId) const;
    QStringList requestedScopes(const QString& serverId) const {
        return m_requested.value(serverId);
    }
    QString lastError(const QString& serverId) const { return m_errors.value(serverId); }
    static QStringList defaultScopes();

signals:
    void stateChanged(const QString& serverId);
    void loggedIn(const QString& serverId);

private:
    void startFlow(const ServerProfile& profile, const SmartConfiguration& smart,
                   const QString& launch);
    void fail(const QString& serverId, const Error& error);
    void audit(const QString& code, const QString& display, const QString& serverId, bool success,
               const QString& detail = {});
    SmartSession* ensureSession(const QString& serverId, const SmartConfiguration& smart,
                                const QString& clientId);

    QNetworkAccessManager* m_network;
    QPointer<NetworkRecorder> m_recorder;
    AuthorizationCodeFlow::UrlOpener m_opener;
    QPointer<AuditTrail> m_audit;
    QHash<QString, SmartSession*> m_sessions;
    QHash<QString, QPointer<AuthorizationCodeFlow>> m_flows;
    QHash<QString, State> m_states;
    QHash<QString, QString> m_errors;
    QHash<QString, QStringList> m_requested;
    QHash<QString, QUrl> m_bases; // server id → FHIR base, to match clients to sessions
    QList<QPointer<FhirClient>> m_clients;
};

} // namespace sightline
