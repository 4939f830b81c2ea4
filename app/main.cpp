// Sightline's entry point: picks the mode from the command line, creates the shared services and
// either runs a headless command or shows the main window.

#include "AppServices.h"
#include "CapabilitiesCommand.h"
#include "CommandLine.h"
#include "DesktopLinks.h"
#include "MainWindow.h"
#include "PanelScreenshots.h"
#include "ServerResolver.h"
#include "audit/AuditForwarder.h"
#include "audit/AuditTrail.h"
#include "audit/FhirAuditor.h"
#include "audit/SettingsAuditor.h"
#include "audit/SyslogForwarder.h"
#include "cache/CacheConfig.h"
#include "cache/ImageCache.h"
#include "capabilities/CapabilitiesPanel.h"
#include "common/LogCategories.h"
#include "common/Theme.h"
#include "context/ContextSync.h"
#include "context/FhircastSubscriber.h"
#include "desktop/AppearanceSettings.h"
#include "desktop/SingleInstance.h"
#include "gateway/DicomWebGateway.h"
#include "gateway/GatewayAuditor.h"
#include "gateway/OhifSite.h"
#include "imaging/ImagingService.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "jobs/PatientPrefetch.h"
#include "jobs/PrefetchRunner.h"
#include "logging/LogCollector.h"
#include "network/NetworkRecorder.h"
#include "network/NetworkSettings.h"
#include "servers/SecretStore.h"
#include "servers/ServerStore.h"
#include "smart/EmbeddedLoginWindow.h"
#include "smart/SessionManager.h"
#include "smart/SessionPanel.h"
#include "smart/SmartSession.h"
#include "smart/TokenVault.h"
#include "viewers/StudyOpener.h"
#include "viewers/ViewerRegistry.h"

#include <QApplication>
#include <QDesktopServices>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace sightline;

namespace {

void installTranslations(QCoreApplication& app, const QString& chosenLanguage) {
    // The language chosen in Preferences, else the system's.
    if (!chosenLanguage.isEmpty())
        QLocale::setDefault(QLocale(chosenLanguage));
    // English plural forms beneath everything ("1 image", "2 images"), then the user's language.
    auto* plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral("sightline_en"), QStringLiteral(":/i18n")))
        app.installTranslator(plurals);
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("sightline"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        app.installTranslator(translator);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication::setOrganizationName(QStringLiteral("Sightline"));
    QCoreApplication::setApplicationName(QStringLiteral("Sightline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGHTLINE_VERSION));

    // Decide before creating the application object: headless commands must run without a display.
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    const CommandLine early = CommandLine::parse(rawArgs);
    // `open` hands URLs to the desktop, which needs a GUI application (but no widgets).
    const bool desktop = early.needsDesktop();
    std::unique_ptr<QCoreApplication> app(early.needsGui() ? new QApplication(argc, argv)
                                          : desktop        ? new QGuiApplication(argc, argv)
                                                           : new QCoreApplication(argc, argv));
    const AppearanceSettings appearance = AppearanceSettings::load();
    installTranslations(*app, appearance.language);
    if (early.needsGui()) {
        // The desktop file's name lets Wayland and the task bar match the window to its icon.
        QGuiApplication::setDesktopFileName(QStringLiteral("org.sightline.Sightline"));
        QIcon icon;
        for (const int size : {16, 32, 48, 64, 128, 256})
            icon.addFile(QStringLiteral(":/icons/sightline-%1.png").arg(size));
        QApplication::setWindowIcon(icon);
        Theme::rememberSystemLook();
        if (appearance.theme != AppearanceSettings::Theme::System)
            Theme::apply(appearance.theme);
    }
    LogCollector log;
    log.install();
    // Proxy and extra CA certificates from Preferences, for the window and headless commands.
    if (const NetworkSettings network = NetworkSettings::load(); !network.apply())
        qCWarning(lcApp) << "The network settings cannot be used:" << network.problem();

    const CommandLine cl = CommandLine::parse(app->arguments());
    switch (cl.mode) {
    case CommandLine::Mode::Help:
        QTextStream(stdout) << cl.text;
        return 0;
    case CommandLine::Mode::Version:
        QTextStream(stdout) << "Sightline " << SIGHTLINE_VERSION << '\n';
        return 0;
    case CommandLine::Mode::Invalid:
        QTextStream(stderr) << cl.text << '\n';
        return 1;
    case CommandLine::Mode::Headless:
        return CapabilitiesCommand::run(cl.server, cl.json, true);
    case CommandLine::Mode::Command:
        return cl.command->command().run(*cl.command);
    case CommandLine::Mode::Gui:
        break;
    }

    // One window per user and settings: a later start (the desktop's sightline:// handler, a
    // second click on the icon) hands its arguments to the running Sightline and ends.
    SingleInstance instance(SingleInstance::defaultSocketPath());
    const auto role = instance.claim();
    if (role && role.value() == SingleInstance::Role::Secondary) {
        const Status handed = instance.handOver(app->arguments());
        QTextStream(stderr) << (handed ? QObject::tr("Sightline is running already; handed over "
                                                     "to it.")
                                       : handed.error().toString())
                            << '\n';
        return handed ? 0 : 2;
    }
    if (!role)
        qCWarning(lcApp) << role.error().toString();

    // The services every command uses too, built in one place; logins in the system browser
    // (RFC 8252).
    // With --no-browser, or where no browser opens (a headless desktop), the address is printed
    // and the Session panel shows it with Copy; the login keeps waiting for it.
    AppServices shared([noBrowser = cl.noBrowser](const QUrl& url) {
        if (!noBrowser && QDesktopServices::openUrl(url))
            return true;
        QTextStream(stdout) << QObject::tr("Open this address in a browser to log in:") << '\n'
                            << url.toString(QUrl::FullyEncoded) << Qt::endl;
        return false;
    });
    ServerStore& servers = shared.servers;
    SecretStore& secrets = shared.secrets;
    QNetworkAccessManager& network = shared.network;
    NetworkRecorder& recorder = shared.recorder;
    AuditTrail& audit = shared.audit;
    SessionManager& sessions = shared.sessions;
    ImagingService& imaging = shared.imaging;
    // The window brings the cache within its limits as it starts (commands do not: `sightline
    // cache verify` must not race an eviction); retrievals keep it there as they store.
    imaging.setCacheSettings(shared.cacheConfig.limits);
    const FhirClientFactory& clients = shared.clients;
    if (!audit.openError().isEmpty())
        qCCritical(lcApp) << "The audit journal cannot be written:" << audit.openError();
    // What only the window runs: audit forwarding, the viewers' gateway, EHR context sync.
    SettingsAuditor settingsAuditor(&servers, &audit);
    AuditForwarder forwarder(&audit, &servers, &network, &recorder);
    forwarder.start();
    SyslogForwarder syslog(&audit); // the optional ATNA repository (Audit panel → Syslog…)
    syslog.setTarget(SyslogTarget::load());
    syslog.start();
    // Viewers read DICOMweb through the local gateway (credentials stay in Sightline).
    GatewayOptions gatewayOptions;
    gatewayOptions.cache = shared.imaging.cache();
    gatewayOptions.ohifDir = OhifSite::bundledDir();
    DicomWebGateway gateway(gatewayOptions);
    if (const Status started = gateway.start(); !started)
        qCWarning(lcApp) << "The local DICOMweb gateway did not start:"
                         << started.error().toString();
    GatewayAuditor gatewayAuditor(&gateway, &audit);
    ViewerRegistry viewers;
    StudyOpener opener(&imaging, &gateway, &viewers, &audit);
    // Background jobs continue where the last run left them.
    JobManager* jobs = nullptr;
    if (const auto opened = shared.jobs()) {
        jobs = opened.value();
        jobs->resumeAll();
    } else {
        qCWarning(lcApp) << "The job list cannot be opened:" << opened.error().toString();
    }
    // Context sync with the EHR (FHIRcast) when a login names a hub; prefetches are jobs.
    ContextSync context(&network, &servers, &sessions, &audit);
    context.setImaging(&imaging, jobs, &opener);
    if (const FhircastSettings manual = FhircastSettings::load(); manual.enabled)
        context.followHub(manual.serverId, manual.hubUrl, manual.topic); // configured by hand
    PatientPrefetch prefetch(jobs, imaging.cache());                     // "Prefetch on open"
    MainWindowServices services{
        &servers,       &secrets,  &recorder, &log,      clients,       &audit,
        &forwarder,     &sessions, &imaging,  &gateway,  &viewers,      &opener,
        jobs,           &syslog,   &context,  &prefetch, &shared.dimse, &shared.receivingNode,
        &shared.tlsKeys};
    shared.tlsKeys.preload(servers); // the first association to a node need not wait for them
    QString selectId;
    if (!cl.server.isEmpty()) {
        const auto resolved = ServerResolver::resolve(cl.server, servers);
        if (!resolved) {
            QTextStream(stderr) << resolved.error().toString() << '\n';
            return 1;
        }
        selectId = resolved->needsSave ? servers.save(resolved->profile).id : resolved->profile.id;
    }
    MainWindow window(services);
    sessions.setEmbeddedOpener(EmbeddedLoginWindow::opener(&window, &sessions));
    if (!selectId.isEmpty())
        window.capabilitiesPanel()->selectServer(selectId);
    window.show();
    // docs/screenshots/take: one picture per panel, then quit.
    if (const QString shots = qEnvironmentVariable("SIGHTLINE_PANEL_SCREENSHOTS"); !shots.isEmpty())
        (new PanelScreenshots(&window, shots,
                              qEnvironmentVariable("SIGHTLINE_PANEL_SCREENSHOTS_SUFFIX"), 20000))
            ->start();
    DesktopLinks links(&servers, &sessions, &window);
    links.handle(cl);
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &links,
                     &DesktopLinks::handleHandedOver);
    // Sessions kept in the keychain come back (an EHR launch in progress takes precedence).
    for (const ServerProfile& profile : servers.profiles()) {
        if (profile.authKind == ServerProfile::AuthKind::SmartPublic ||
            profile.authKind == ServerProfile::AuthKind::SmartConfidential)
            sessions.resume(profile);
    }
    qCInfo(lcApp) << "Sightline" << SIGHTLINE_VERSION << "started; settings in"
                  << servers.fileName();
    const int exitCode = app->exec();
    // The gateway stops as main() returns, waiting for its requests; none may be waiting for a
    // key only this thread could read from the keychain.
    shared.tlsKeys.stopReading();
    // Unsubscribe from the EHR's hub before leaving, waiting a second at most for its answer
    // (listened for before asking, so a request that ends at once is not missed).
    QEventLoop farewell;
    bool answered = false;
    QObject::connect(context.subscriber(), &FhircastSubscriber::unsubscribed, &farewell, [&] {
        answered = true;
        farewell.quit();
    });
    if (context.stop() && !answered) {
        QTimer::singleShot(1000, &farewell, &QEventLoop::quit);
        farewell.exec();
    }
    return exitCode;
}
