#pragma once
// The main window: hosts the panels, the patient banner, the Network and Log docks and the status
// bar, and wires them together. It holds no logic of its own.

#include "fhir/FhirClientFactory.h"

#include <QMainWindow>

class QDockWidget;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace sightline {

class AuditForwarder;
class AuditPanel;
class AuditTrail;
class CapabilitiesPanel;
class ImagingService;
class ConsentPanel;
class JobManager;
class JobsPanel;
class StudiesPanel;
class SessionManager;
class SessionPanel;
class LogCollector;
class NetworkRecorder;
class PatientBanner;
struct PatientSummary;
class SecretStore;
class ServerStore;
class DicomWebGateway;
class StudyOpener;
class SyslogForwarder;
class ContextSync;
class PatientPrefetch;
class DimseService;
class KeychainTlsKeys;
class ReceivingNode;
class ViewerRegistry;
class ViewerTab;
class WelcomePage;

struct MainWindowServices {
    ServerStore* servers = nullptr;
    SecretStore* secrets = nullptr;
    NetworkRecorder* recorder = nullptr;
    LogCollector* log = nullptr;
    FhirClientFactory clients;
    AuditTrail* audit = nullptr;
    AuditForwarder* forwarder = nullptr;
    SessionManager* sessions = nullptr;
    ImagingService* imaging = nullptr;
    DicomWebGateway* gateway = nullptr;
    ViewerRegistry* viewers = nullptr;
    StudyOpener* opener = nullptr;
    JobManager* jobs = nullptr;
    SyslogForwarder* syslog = nullptr;
    ContextSync* context = nullptr;
    PatientPrefetch* prefetch = nullptr;
    DimseService* dimse = nullptr;
    ReceivingNode* receivingNode = nullptr; // started here when Preferences say so
    KeychainTlsKeys* tlsKeys = nullptr;     // DICOM TLS keys imported in the server dialog
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const MainWindowServices& services, QWidget* parent = nullptr);

    CapabilitiesPanel* capabilitiesPanel() const { return m_capabilities; }
    PatientBanner* patientBanner() const { return m_banner; }
    AuditPanel* auditPanel() const { return m_audit; }
    SessionPanel* sessionPanel() const { return m_session; }
    StudiesPanel* studiesPanel() const { return m_studies; }
    ConsentPanel* consentPanel() const { return m_consent; }
    JobsPanel* jobsPanel() const { return m_jobs; }
    ViewerTab* viewerTabs() const { return m_viewerTabs; }
    WelcomePage* welcomePage() const { return m_welcome; }

    // Brings a panel (one of the above) to the front, leaving the welcome page if it is shown.
    void showPanel(QWidget* panel);
    void showWelcome();

protected:
    void closeEvent(QCloseEvent* event) override; // remembers the layout

private:
    void buildMenus(QDockWidget* network, QDockWidget* log, QTabWidget* panels);
    void restoreLayout();
    void addPreferences(QMenu* tools, AuditTrail* audit, ReceivingNode* receivingNode);
    void startReceivingNode(ReceivingNode* node);
    void wireContextSync(ContextSync* sync);
    // A patient is in context now: the banner says who, and viewers of anyone else close.
    void patientInContext(const PatientSummary& patient, const QString& serverId,
                          const QString& serverName);
    void addWelcome(ServerStore* servers);

    CapabilitiesPanel* m_capabilities;
    AuditPanel* m_audit;
    SessionPanel* m_session = nullptr;
    StudiesPanel* m_studies = nullptr;
    ConsentPanel* m_consent = nullptr;
    JobsPanel* m_jobs = nullptr;
    ViewerTab* m_viewerTabs = nullptr;
    PatientBanner* m_banner;
    QTabWidget* m_panels;
    QStackedWidget* m_pages = nullptr;
    WelcomePage* m_welcome = nullptr;
};

} // namespace sightline
