#include "DesktopLinks.h"

#include "CommandLine.h"
#include "MainWindow.h"
#include "ServerResolver.h"
#include "capabilities/CapabilitiesPanel.h"
#include "common/LogCategories.h"
#include "desktop/OpenLink.h"
#include "imaging/StudiesPanel.h"
#include "servers/ServerStore.h"
#include "smart/LaunchRequest.h"
#include "smart/SessionManager.h"
#include "smart/SessionPanel.h"

#include <QMessageBox>

namespace sightline {

DesktopLinks::DesktopLinks(ServerStore* servers, SessionManager* sessions, MainWindow* window,
                           QObject* parent)
    : QObject(parent)
    , m_servers(servers)
    , m_sessions(sessions)
    , m_window(window) {}

void DesktopLinks::handle(const CommandLine& cl) {
    if (cl.launchLink.isEmpty())
        return;
    if (OpenLink::isOpenLink(QUrl(cl.launchLink)))
        openStudy(cl.launchLink);
    else
        startEhrLaunch(cl);
}

void DesktopLinks::handleHandedOver(const QStringList& arguments) {
    const CommandLine cl = CommandLine::parse(arguments);
    qCInfo(lcApp) << "Another start of Sightline handed over" << (arguments.size() - 1)
                  << "argument(s)";
    // The window comes forward, so the user sees what the link did.
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    if (cl.mode != CommandLine::Mode::Gui)
        return refuse(tr("Sightline"),
                      tr("Sightline is already running; start commands such as \"%1\" without "
                         "its window, or close the window first.")
                          .arg(arguments.value(1)));
    if (!cl.server.isEmpty()) {
        // Typed by this user on a command line (a sightline:// link cannot carry --server), so
        // treated as at start: a new URL or connection string becomes a server profile.
        const auto resolved = ServerResolver::resolve(cl.server, *m_servers);
        if (!resolved)
            return refuse(tr("Sightline"), resolved.error().toString());
        const QString id =
            resolved->needsSave ? m_servers->save(resolved->profile).id : resolved->profile.id;
        m_window->capabilitiesPanel()->selectServer(id);
    }
    handle(cl);
}

// An EHR started Sightline: log in to the server it names, with its launch value. Only servers
// the user has configured (with a client id) are accepted.
void DesktopLinks::startEhrLaunch(const CommandLine& cl) {
    const auto request = cl.launchLink == QLatin1String("cli")
                             ? LaunchRequest::fromValues(cl.launchIss, cl.launchValue)
                             : LaunchRequest::fromUrl(QUrl(cl.launchLink));
    const auto profile = request ? m_servers->find(request->iss.toString()) : std::nullopt;
    if (!request || !profile) {
        return refuse(tr("EHR launch"),
                      !request ? request.error().toString()
                               : tr("Sightline has no client registration for %1. Add that "
                                    "server (with its client id) in the Capabilities panel, "
                                    "then launch again.")
                                     .arg(request->iss.toDisplayString()));
    }
    if (m_window->sessionPanel())
        m_window->sessionPanel()->selectServer(profile->id);
    m_sessions->login(*profile, request->launch);
}

void DesktopLinks::openStudy(const QString& text) {
    const auto link = OpenLink::fromUrl(QUrl(text));
    const auto profile = link ? m_servers->find(link->server) : std::nullopt;
    if (!link || !profile) {
        return refuse(tr("Open study"),
                      !link ? link.error().toString()
                            : tr("The link names the server \"%1\", which is not configured in "
                                 "Sightline. Add it in the Capabilities panel, then open the "
                                 "link again.")
                                  .arg(link->server));
    }
    StudiesPanel* studies = m_window->studiesPanel();
    if (!studies)
        return;
    m_window->showPanel(studies);
    studies->openStudy(profile->id, link->studyUid, link->viewerId);
}

void DesktopLinks::refuse(const QString& title, const QString& why) {
    qCWarning(lcApp).noquote() << title << "refused:" << why;
    auto* box = new QMessageBox(QMessageBox::Warning, title, why, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not modal to the event loop: later links and the window keep working
}

} // namespace sightline
