#include "AppServices.h"

#include "dimse/ReceivingNodeSettings.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "jobs/PrefetchRunner.h"
#include "smart/SmartSession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace sightline {

AppServices::AppServices(AuthorizationCodeFlow::UrlOpener openLoginPage)
    : audit(AuditTrail::defaultJournalPath())
    , fhirAuditor(&audit)
    , vault(&secrets) // sessions survive a restart, in the OS keychain only
    , sessions(&network, &recorder, std::move(openLoginPage), &audit)
    // Every FHIR client is audited and carries its server's token when logged in.
    , clients(&network, &recorder,
              [this](FhirClient* client) {
                  fhirAuditor.watch(client);
                  sessions.attach(client);
              })
    , cacheConfig(CacheConfig::load())
    , imaging(clients, CacheConnections(cacheConfig.root(), cacheConfig.limits), &audit)
    , dicomWebCredentials(&servers, &secrets) // PACS profiles with Basic credentials
    , dimse(&audit)
    , receivingNode(imaging.cache(), &audit)
    , tlsKeys(&secrets) {
    sessions.setTokenVault(&vault);
    sessions.setSecretStore(&secrets); // confidential clients' secrets
    imaging.setCredentials(&dicomWebCredentials);
    imaging.setDimse(&dimse);
    imaging.setReceivingNode(&receivingNode);
    // The AE title and port a PACS has registered for Sightline, whoever starts the node.
    receivingNode.configure(ReceivingNodeSettings::load().scp);
}

AppServices::~AppServices() {
    m_jobs.reset(); // running jobs stay "running" in the store for the next start
    audit.flush();
}

Status AppServices::signIn(const ServerProfile& profile, int timeoutMs) {
    const QString id = profile.id;
    auto ready = [this, &id] {
        const SessionManager::State state = sessions.state(id);
        return state != SessionManager::State::LoggingIn && !sessions.resuming(id);
    };
    if (sessions.state(id) == SessionManager::State::LoggedIn)
        return Done{}; // signed in already (an earlier step, the same server twice)
    switch (profile.authKind) {
    case ServerProfile::AuthKind::SmartPublic:
    case ServerProfile::AuthKind::SmartConfidential:
        sessions.resume(profile);
        break;
    case ServerProfile::AuthKind::BackendServices:
        sessions.login(profile); // a signed assertion: no browser, no stored session
        break;
    case ServerProfile::AuthKind::None:
    case ServerProfile::AuthKind::Basic:
        return Done{};
    }
    // The session is usable once logged in; a resumed one also once the keychain holds what
    // the refresh returned (a rotated refresh token not kept would end the next command).
    bool kept = profile.authKind == ServerProfile::AuthKind::BackendServices;
    QEventLoop loop;
    QObject::connect(&sessions, &SessionManager::stateChanged, &loop, [&](const QString& s) {
        if (s == id && ready() && (kept || sessions.state(id) != SessionManager::State::LoggedIn))
            loop.quit();
    });
    QObject::connect(&sessions, &SessionManager::vaultUpdated, &loop, [&](const QString& s) {
        if (s != id)
            return;
        kept = true;
        if (ready())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!ready() || (!kept && sessions.state(id) == SessionManager::State::LoggedIn))
        loop.exec();

    switch (sessions.state(id)) {
    case SessionManager::State::LoggedIn:
        return Done{};
    case SessionManager::State::LoggingIn:
        return Error::make(
            Error::Kind::Timeout,
            QCoreApplication::translate("AppServices", "The login to %1 did not finish in time")
                .arg(profile.name));
    case SessionManager::State::LoginRequired:
    case SessionManager::State::LoggedOut:
        break;
    }
    const QString why = sessions.lastError(id);
    return Error::make(Error::Kind::Authorization,
                       QCoreApplication::translate(
                           "AppServices", "Not logged in to %1; run: sightline login \"%2\"")
                           .arg(profile.name, profile.name),
                       why);
}

QByteArray AppServices::authorization(const QString& serverId) const {
    const SmartSession* session = sessions.session(serverId);
    return session && session->isActive() ? "Bearer " + session->tokens().accessToken.reveal()
                                          : QByteArray();
}

Result<JobManager*> AppServices::jobs() {
    if (m_jobs)
        return m_jobs.get();
    auto opened = JobStore::open(JobStore::defaultPath());
    if (!opened)
        return opened.error();
    m_jobStore = std::move(opened.value());
    m_jobs = std::make_unique<JobManager>(m_jobStore.get(), &network, &audit);
    m_jobs->setAuthorizationProvider(
        [this](const QString& target) { return authorization(target); });
    // A renewed token reaches the jobs that are running (an export outlives a short token).
    QObject::connect(&sessions, &SessionManager::stateChanged, m_jobs.get(),
                     [jobs = m_jobs.get()](const QString& id) { jobs->authorizationChanged(id); });
    // Prefetches (for the EHR's context) retrieve through the ImagingService.
    m_jobs->registerRunner(QLatin1String(PrefetchRunner::kind),
                           [this](const JobRecord& job) -> JobRunner* {
                               const auto server = servers.profile(PrefetchRunner::serverOf(job));
                               return server ? new PrefetchRunner(&imaging, *server) : nullptr;
                           });
    return m_jobs.get();
}

} // namespace sightline
