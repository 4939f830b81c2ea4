#pragma once
// Keeps one SmartSession per server profile: starts logins (discovering the server's SMART
// configuration first), hands every FHIR client made for a server to that server's session so
// its requests carry the token, and records logins, refreshes and logouts in the audit trail.
// GUI-thread object.

#include "capabilities/SmartConfiguration.h"
#include "common/Result.h"
#include "servers/SecretStore.h"
#include "servers/ServerProfile.h"
#include "smart/AuthorizationCodeFlow.h"
#include "smart/ClientAuthentication.h"
#include "smart/TokenVault.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QNetworkAccessManager;

namespace sightline {

class AuditTrail;
class FhirClient;
class NetworkRecorder;
class SmartSession;
class TokenEndpointClient;
class TokenVault;

class SessionManager : public QObject {
    Q_OBJECT
public:
    enum class State { LoggedOut, LoggingIn, LoggedIn, LoginRequired };

    SessionManager(QNetworkAccessManager* network, NetworkRecorder* recorder,
                   AuthorizationCodeFlow::UrlOpener opener, AuditTrail* audit = nullptr,
                   QObject* parent = nullptr);

    // Opens the login page inside Sightline for profiles with `embeddedLogin` (the UI provides
    // it; core has no widgets). Without one, every login uses the system browser.
    using EmbeddedOpener = std::function<bool(const QString& serverId, const QUrl& url)>;
    void setEmbeddedOpener(EmbeddedOpener opener) { m_embeddedOpener = std::move(opener); }
    // With a vault, sessions are kept in the OS keychain and can be resumed after a restart.
    void setTokenVault(TokenVault* vault) { m_vault = vault; }
    // Where a confidential client's secret is kept (the profile's secretKey()), unless the
    // profile names a secret file. Without one, such profiles cannot log in.
    void setSecretStore(SecretStore* secrets) { m_secrets = secrets; }
    // Standalone launch, or an EHR launch when `launch` is given. Backend Services profiles get
    // their tokens with a signed assertion instead, no browser involved.
    void login(const ServerProfile& profile, const QString& launch = {});
    // Picks up the session kept in the keychain (refreshing it first). Ends LoggedOut quietly when
    // nothing is stored, LoginRequired when the stored session no longer works.
    void resume(const ServerProfile& profile);
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
    // Something the user should know that did not stop the session (e.g. no keychain to keep it).
    QString notice(const QString& serverId) const { return m_notices.value(serverId); }
    bool resuming(const QString& serverId) const { return m_resuming.contains(serverId); }
    // While a browser login waits: its address (to copy into a browser), and whether a browser
    // was opened on it.
    QUrl loginPage(const QString& serverId) const { return m_loginPages.value(serverId).first; }
    bool loginPageOpened(const QString& serverId) const {
        return m_loginPages.value(serverId).second;
    }
    static QStringList defaultScopes();
    static QStringList defaultBackendScopes() { return {QStringLiteral("system/*.rs")}; }

signals:
    void stateChanged(const QString& serverId);
    void loggedIn(const QString& serverId);
    // The keychain has answered a keep (`stored`) or a forget for this server; notice() tells
    // of a failure.
    void vaultUpdated(const QString& serverId, bool stored);
    // Logged out: revocation answered and the keychain entry forgotten.
    void loggedOut(const QString& serverId);

private:
    using SmartCallback = std::function<void(const SmartConfiguration&)>;
    using AuthenticationCallback = std::function<void(const Result<ClientAuthentication>&)>;
    // The client's identity at the token endpoint: its id, and for a confidential client the
    // secret (from its file or the keychain) with the method the server takes.
    void clientAuthentication(const ServerProfile& profile, const SmartConfiguration& smart,
                              AuthenticationCallback then);
    void discover(const ServerProfile& profile, SmartCallback then);
    void startFlow(const ServerProfile& profile, const SmartConfiguration& smart,
                   const QString& launch, const ClientAuthentication& client);
    void restoreFromVault(const ServerProfile& profile, const SmartConfiguration& smart);
    void startBackendServices(const ServerProfile& profile, const SmartConfiguration& smart);
    void keepInVault(const QString& serverId);
    void loggedInNow(const QString& serverId, const QString& how);
    void fail(const QString& serverId, const Error& error);
    void audit(const QString& code, const QString& display, const QString& serverId, bool success,
               const QString& detail = {});
    SmartSession* ensureSession(const QString& serverId, const SmartConfiguration& smart,
                                const ClientAuthentication& identity);

    QNetworkAccessManager* m_network;
    QPointer<NetworkRecorder> m_recorder;
    AuthorizationCodeFlow::UrlOpener m_opener;
    EmbeddedOpener m_embeddedOpener;
    QPointer<AuditTrail> m_audit;
    QPointer<TokenVault> m_vault;
    QPointer<SecretStore> m_secrets;
    QHash<QString, QPointer<TokenEndpointClient>> m_endpoints; // per server, for refreshes
    QHash<QString, SmartSession*> m_sessions;
    QHash<QString, QPointer<AuthorizationCodeFlow>> m_flows;
    QHash<QString, State> m_states;
    QHash<QString, QString> m_errors;
    QHash<QString, QString> m_notices;
    QSet<QString> m_resuming;
    QHash<QString, QPair<QUrl, bool>> m_loginPages; // while a browser login waits
    QHash<QString, QStringList> m_requested;
    QHash<QString, QUrl> m_bases; // server id → FHIR base, to match clients to sessions
    QList<QPointer<FhirClient>> m_clients;
};

} // namespace sightline
