#pragma once
// Sightline's long-lived services, built once and in one place, the same for the window, every
// command and headless mode: settings and the OS keychain, the network and its recorder, the
// audit trail, SMART sessions (kept in the keychain, with confidential clients' secrets), FHIR
// clients that carry their server's token and are audited, the image cache with the imaging
// service and PACS credentials, and the job list with its runners. A new service is added here,
// so no command can be wired differently from the window (commands once ran anonymously after a
// successful `sightline login`). Window-only services (gateway, forwarders, EHR sync) are made
// by main() on top of these. GUI-thread object.

#include "audit/AuditTrail.h"
#include "audit/FhirAuditor.h"
#include "cache/CacheConfig.h"
#include "common/Result.h"
#include "dimse/DimseService.h"
#include "dimse/KeychainTlsKeys.h"
#include "dimse/ReceivingNode.h"
#include "fhir/FhirClientFactory.h"
#include "imaging/DicomWebCredentials.h"
#include "imaging/ImagingService.h"
#include "network/NetworkRecorder.h"
#include "servers/SecretStore.h"
#include "servers/ServerStore.h"
#include "smart/AuthorizationCodeFlow.h"
#include "smart/SessionManager.h"
#include "smart/TokenVault.h"

#include <QNetworkAccessManager>

#include <memory>

namespace sightline {

class JobManager;
class JobStore;

class AppServices {
public:
    // `openLoginPage` shows a SMART login page (the system browser; commands may print it).
    explicit AppServices(AuthorizationCodeFlow::UrlOpener openLoginPage = noLoginPage());
    // For commands that use a session but never start a login (only `sightline login` does).
    static AuthorizationCodeFlow::UrlOpener noLoginPage() {
        return [](const QUrl&) { return false; };
    }
    ~AppServices();
    AppServices(const AppServices&) = delete;
    AppServices& operator=(const AppServices&) = delete;

    // For commands: brings up `profile`'s session as the window does when it starts: the one
    // kept in the keychain (refreshed, and kept again if the server rotated it) or a Backend
    // Services token. Runs the event loop until it is there, for at most `timeoutMs`. Servers
    // without a SMART login need nothing; a SMART server without a live session is an error
    // that says how to log in.
    Status signIn(const ServerProfile& profile, int timeoutMs = 60000);

    // "Bearer …" for requests made outside FHIR clients (jobs) to server `serverId`; empty
    // without a live session.
    QByteArray authorization(const QString& serverId) const;

    // The job list (opened on first use), with every runner registered and the session's
    // token for each job's server. An error when the job list cannot be opened.
    Result<JobManager*> jobs();
    // The job list's store, once jobs() has opened it.
    JobStore* jobStore() const { return m_jobStore.get(); }

    ServerStore servers;
    SecretStore secrets;
    QNetworkAccessManager network;
    NetworkRecorder recorder;
    AuditTrail audit;
    FhirAuditor fhirAuditor;
    TokenVault vault;
    SessionManager sessions;
    FhirClientFactory clients;
    const CacheConfig cacheConfig;
    ImagingService imaging;
    DicomWebCredentials dicomWebCredentials;
    DimseService dimse;          // DICOM nodes: C-ECHO, C-FIND
    ReceivingNode receivingNode; // Sightline's Storage SCP: off until started
    // DICOM TLS keys from the keychain for every association (destroyed first: an association
    // waiting for a key is released before the services above wait for their threads).
    KeychainTlsKeys tlsKeys;

private:
    std::unique_ptr<JobStore> m_jobStore;
    std::unique_ptr<JobManager> m_jobs;
};

} // namespace sightline
