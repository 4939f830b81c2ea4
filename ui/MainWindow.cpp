#include "MainWindow.h"

#include "audit/AuditPanel.h"
#include "cache/CacheDialog.h"
#include "capabilities/CapabilitiesPanel.h"
#include "common/PatientBanner.h"
#include "common/SettingsFile.h"
#include "consent/ConsentPanel.h"
#include "context/ContextSettingsDialog.h"
#include "context/ContextStatus.h"
#include "context/ContextSync.h"
#include "dimse/ReceivingNode.h"
#include "dimse/ReceivingNodeSettings.h"
#include "dimse/ReceivingNodeStatus.h"
#include "gateway/DicomWebGateway.h"
#include "help/AboutDialog.h"
#include "help/ShortcutsDialog.h"
#include "imaging/StudiesPanel.h"
#include "jobs/JobsPanel.h"
#include "logging/LogPanel.h"
#include "network/NetworkPanel.h"
#include "preferences/PreferencesDialog.h"
#include "servers/ServerStore.h"
#include "smart/SessionPanel.h"
#include "viewers/GatewayStatus.h"
#include "viewers/StudyOpener.h"
#include "viewers/ViewerSettingsDialog.h"
#include "viewers/ViewerTab.h"
#include "welcome/WelcomePage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sightline {

MainWindow::MainWindow(const MainWindowServices& services, QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("Sightline"));
    setObjectName(QStringLiteral("mainWindow"));

    m_banner = new PatientBanner(this);
    m_capabilities =
        new CapabilitiesPanel(services.servers, services.secrets, services.clients, this);
    m_capabilities->setDimseService(services.dimse);
    m_capabilities->setTlsKeys(services.tlsKeys);
    auto* panels = new QTabWidget(this);
    panels->setObjectName(QStringLiteral("panels"));
    m_panels = panels;
    m_audit = new AuditPanel(services.audit, services.forwarder, services.servers, this);
    m_audit->setSyslogForwarder(services.syslog);
    panels->addTab(m_capabilities, tr("Capabilities"));
    if (services.imaging) {
        m_studies = new StudiesPanel(services.servers, services.imaging, this);
        panels->addTab(m_studies, tr("Studies"));
        connect(m_studies, &StudiesPanel::patientOpened, this, &MainWindow::patientInContext);
        connect(m_studies, &StudiesPanel::mismatchFound, m_banner, &PatientBanner::showWarning);
        m_consent = new ConsentPanel(services.clients, services.audit, this);
        panels->addTab(m_consent, tr("Consent"));
        connect(m_studies, &StudiesPanel::patientContext, m_consent, &ConsentPanel::openPatient);
        connect(m_consent, &ConsentPanel::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, 8000); });
        connect(m_studies, &StudiesPanel::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, 8000); });
        if (services.opener && services.viewers) {
            m_studies->setViewers(services.viewers, services.opener);
            m_viewerTabs = new ViewerTab(this);
            panels->addTab(m_viewerTabs, tr("Viewer"));
            connect(services.opener, &StudyOpener::embeddedRequested, this,
                    [this](const QUrl& url, const QString& title, const QString& patientKey) {
                        m_viewerTabs->open(url, title, patientKey);
                        showPanel(m_viewerTabs);
                    });
            connect(m_viewerTabs, &ViewerTab::loadFailed, this,
                    [this](const QString& text) { statusBar()->showMessage(text, 8000); });
        }
    }
    if (services.gateway)
        statusBar()->addPermanentWidget(new GatewayStatus(services.gateway, this));
    if (services.sessions) {
        m_session = new SessionPanel(services.servers, services.sessions, services.clients, this);
        panels->addTab(m_session, tr("Session"));
        connect(m_session, &SessionPanel::patientOpened, this,
                [this](const PatientSummary& p, const QString& serverId, const QString& server) {
                    patientInContext(p, serverId, server);
                    // The launch chose the patient: show their studies too, from the server
                    // whose session named them (patient ids are local to a server).
                    if (m_studies)
                        m_studies->openPatient(serverId, p.id);
                });
        connect(m_session, &SessionPanel::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    }
    if (services.jobs) {
        m_jobs = new JobsPanel(services.jobs, services.servers, services.clients, this);
        panels->addTab(m_jobs, tr("Jobs"));
        connect(m_jobs, &JobsPanel::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, 8000); });
        if (m_studies) {
            if (services.prefetch)
                m_studies->setPrefetch(services.prefetch);
            m_jobs->setImageCacheRoot(services.imaging->cacheRoot());
            m_studies->enableStudyExport();
            connect(m_studies, &StudiesPanel::studyExportRequested, this,
                    [this](const QString& study, const QString& label) {
                        showPanel(m_jobs);
                        m_jobs->exportStudy(study, label);
                    });
        }
    }
    panels->addTab(m_audit, tr("Audit"));
    if (services.context)
        wireContextSync(services.context);

    auto* panelsPage = new QWidget(this);
    auto* layout = new QVBoxLayout(panelsPage);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(panels, 1);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(panelsPage);
    setCentralWidget(m_pages);
    addWelcome(services.servers);

    auto* networkDock = new QDockWidget(tr("Network"), this);
    networkDock->setObjectName(QStringLiteral("networkDock"));
    networkDock->setWidget(new NetworkPanel(services.recorder, networkDock));
    auto* logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(QStringLiteral("logDock"));
    logDock->setWidget(new LogPanel(services.log, logDock));
    addDockWidget(Qt::BottomDockWidgetArea, networkDock);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    tabifyDockWidget(networkDock, logDock);
    networkDock->raise();

    connect(m_capabilities, &CapabilitiesPanel::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_audit, &AuditPanel::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    buildMenus(networkDock, logDock, panels);
    QMenu* tools = nullptr;
    if (services.viewers || services.context || services.imaging) {
        tools = menuBar()->addMenu(tr("&Tools"));
        if (ImagingService* imaging = services.imaging) {
            AuditTrail* audit = services.audit;
            tools
                ->addAction(tr("Image &cache…"), this,
                            [this, imaging, audit] {
                                auto* dialog = new CacheDialog(imaging, audit, this);
                                dialog->setAttribute(Qt::WA_DeleteOnClose);
                                connect(dialog, &CacheDialog::cacheChanged, m_studies,
                                        &StudiesPanel::refreshCacheState);
                                dialog->open();
                            })
                ->setToolTip(tr("What the image cache holds; its folder, size budget and how long "
                                "unused images stay; check, repair, empty."));
        }
        if (services.viewers) {
            ViewerRegistry* viewers = services.viewers;
            DicomWebGateway* gateway = services.gateway;
            tools
                ->addAction(tr("&Viewers…"), this,
                            [this, viewers, gateway] {
                                auto* dialog = new ViewerSettingsDialog(
                                    viewers, gateway ? gateway->baseUrl().toString() : QString(),
                                    this);
                                dialog->setAttribute(Qt::WA_DeleteOnClose);
                                dialog->open();
                            })
                ->setToolTip(tr("The viewers studies open in, the default one, and your own "
                                "viewer profiles."));
        }
        if (ContextSync* sync = services.context) {
            ServerStore* servers = services.servers;
            tools
                ->addAction(
                    tr("&EHR context sync…"), this,
                    [this, sync, servers] {
                        auto* dialog =
                            new ContextSettingsDialog(FhircastSettings::load(), servers, this);
                        dialog->setAttribute(Qt::WA_DeleteOnClose);
                        connect(dialog, &QDialog::accepted, this, [this, dialog, sync] {
                            const FhircastSettings chosen = dialog->settings();
                            if (!chosen.save())
                                statusBar()->showMessage(tr("The settings could not be saved"),
                                                         8000);
                            if (chosen.enabled)
                                sync->followHub(chosen.serverId, chosen.hubUrl, chosen.topic);
                            else
                                sync->stop();
                        });
                        dialog->open();
                    })
                ->setToolTip(tr("Follow the patient and studies the EHR opens (FHIRcast)."));
        }
        // Help stays last.
        menuBar()->insertMenu(menuBar()->actions().value(2), tools);
    }
    addPreferences(tools, services.audit, services.receivingNode);
    statusBar()->showMessage(tr("Ready"));
    if (services.receivingNode) // after "Ready": a node that cannot start says so there
        startReceivingNode(services.receivingNode);
    // A new user's window fits their screen (a 1280×720 laptop included); a saved layout wins.
    QSize size(1280, 860);
    if (const QScreen* display = screen())
        size = size.boundedTo(display->availableGeometry().size());
    resize(size);
    restoreLayout();
}

void MainWindow::patientInContext(const PatientSummary& patient, const QString& serverId,
                                  const QString& serverName) {
    m_banner->showPatient(patient, serverName);
    if (m_viewerTabs)
        m_viewerTabs->keepPatient(StudyOpener::patientKey(serverId, patient.id));
}

void MainWindow::showPanel(QWidget* panel) {
    m_pages->setCurrentIndex(0);
    m_panels->setCurrentWidget(panel);
}

void MainWindow::showWelcome() {
    m_pages->setCurrentWidget(m_welcome);
}

// First run: with no server configured, the welcome page offers to add one or to open the
// sandbox; whichever is chosen is saved and shown in the Capabilities panel.
void MainWindow::addWelcome(ServerStore* servers) {
    m_welcome = new WelcomePage(servers, this);
    m_pages->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::serverChosen, this,
            [this](const ServerProfile& profile, const QByteArray& secret) {
                showPanel(m_capabilities);
                m_capabilities->saveServer(profile, secret);
            });
    connect(m_welcome, &WelcomePage::serverDialogRequested, this, [this] {
        showPanel(m_capabilities);
        m_capabilities->addServer();
    });
    if (servers->profiles().isEmpty())
        showWelcome();
}

// The window comes back as the user left it: size and place, docks, the panel in front.
void MainWindow::restoreLayout() {
    const auto settings = openSettingsFile({}, QStringLiteral("ui"));
    restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray());
    // A new user starts with the Network and Log docks closed (the View menu opens them): the
    // window is for the patient's data first.
    if (!restoreState(settings->value(QStringLiteral("window/state")).toByteArray())) {
        for (QDockWidget* dock : findChildren<QDockWidget*>())
            dock->hide();
    }
    m_panels->setCurrentIndex(settings->value(QStringLiteral("window/panel"), 0).toInt());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    const auto settings = openSettingsFile({}, QStringLiteral("ui"));
    settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings->setValue(QStringLiteral("window/state"), saveState());
    settings->setValue(QStringLiteral("window/panel"), m_panels->currentIndex());
    QMainWindow::closeEvent(event);
}

void MainWindow::startReceivingNode(ReceivingNode* node) {
    statusBar()->addPermanentWidget(new ReceivingNodeStatus(node, this));
    const ReceivingNodeSettings settings = ReceivingNodeSettings::load();
    if (!settings.enabled)
        return;
    if (const Status started = node->start(settings.scp); !started)
        statusBar()->showMessage(tr("The receiving node cannot start: %1 (Preferences → "
                                    "Receiving node)")
                                     .arg(started.error().message),
                                 15000);
}

void MainWindow::addPreferences(QMenu* tools, AuditTrail* audit, ReceivingNode* receivingNode) {
    // Every other settings editor is reachable from Preferences too, through the same actions.
    QList<PreferencesDialog::Editor> editors;
    editors.append({tr("Servers…"),
                    tr("Add, edit and remove FHIR servers and PACS in the Capabilities panel, "
                       "with their logins and audit forwarding."),
                    [this] { showPanel(m_capabilities); }});
    if (tools) {
        for (QAction* action : tools->actions())
            editors.append({action->text().remove(QLatin1Char('&')), action->toolTip(),
                            [action] { action->trigger(); }});
    }
    editors.append({tr("Audit repository (syslog)…"),
                    tr("Send the audit trail to an ATNA repository over syslog (TLS)."),
                    [this] { m_audit->configureSyslog(); }});
    QMenu* file = menuBar()->actions().constFirst()->menu();
    auto* preferences = new QAction(tr("&Preferences…"), this);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(preferences, &QAction::triggered, this, [this, audit, editors, receivingNode] {
        if (auto* open = findChild<PreferencesDialog*>())
            return open->raise();
        // Not modal: the editors it opens are dialogs of the main window.
        auto* dialog = new PreferencesDialog(audit, editors, this, {}, {}, receivingNode);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    file->insertAction(file->actions().value(0), preferences);
    file->insertSeparator(file->actions().value(1));
}

void MainWindow::buildMenus(QDockWidget* network, QDockWidget* log, QTabWidget* panels) {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // Ctrl+Q everywhere on Linux (not every platform theme binds QKeySequence::Quit).
    file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), qApp, &QApplication::quit);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    // Ctrl+1 … Ctrl+9 go to the panels, in tab order.
    for (int i = 0; i < panels->count() && i < 9; ++i) {
        QWidget* panel = panels->widget(i);
        view->addAction(panels->tabText(i), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this,
                        [this, panel] { showPanel(panel); });
    }
    if (m_studies) {
        view->addAction(tr("&Find patient…"), QKeySequence::Find, this, [this] {
            showPanel(m_studies);
            m_studies->focusPatientSearch();
        });
    }
    view->addSeparator();
    view->addAction(network->toggleViewAction());
    view->addAction(log->toggleViewAction());
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Welcome page"), this, &MainWindow::showWelcome);
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this, [this] {
        auto* dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    help->addAction(tr("&About Sightline"), this, [this] {
        auto* dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void MainWindow::wireContextSync(ContextSync* sync) {
    statusBar()->addPermanentWidget(new ContextStatus(sync, this));
    connect(sync->follower(), &ContextFollower::patientRequested, this,
            [this, sync](const QString& reference) {
                if (!m_studies)
                    return;
                // The banner says the switch came from the EHR, so it is never missed.
                const QString id = reference.section(QLatin1Char('/'), -1);
                m_banner->announcePatient(id, tr("Opened by the EHR"));
                m_studies->openPatient(sync->serverId(), id);
                showPanel(m_studies);
            });
    connect(sync->follower(), &ContextFollower::patientClosed, this,
            [this] { statusBar()->showMessage(tr("The EHR closed the patient"), 8000); });
    connect(sync->follower(), &ContextFollower::studyClosed, this, [this](const QString& uid) {
        statusBar()->showMessage(tr("The EHR closed study %1").arg(uid), 8000);
    });
    connect(sync->follower(), &ContextFollower::refused, this, [this](const QString& text) {
        m_banner->showWarning(text);
        statusBar()->showMessage(text, 8000);
    });
    connect(sync, &ContextSync::problem, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
}

} // namespace sightline
