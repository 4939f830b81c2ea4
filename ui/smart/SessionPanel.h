#pragma once
// The Session panel: for each SMART server, whether Sightline is logged in, as whom, with which
// patient in context, which scopes were granted (and which asked-for ones were not), and when
// the token expires; Log in / Cancel / Refresh / Log out. Opens the patient from the launch.

#include "fhir/FhirClientFactory.h"
#include "fhir/PatientSummary.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace sightline {

class ServerStore;
class SessionManager;

class SessionPanel : public QWidget {
    Q_OBJECT
public:
    SessionPanel(ServerStore* servers, SessionManager* sessions, FhirClientFactory clients,
                 QWidget* parent = nullptr);

    QString currentServerId() const;
    void selectServer(const QString& id);

signals:
    // The launch patient of server `serverId`'s session: patient ids belong to their server,
    // so the id travels with it (never the server selected in the panel meanwhile).
    void patientOpened(const sightline::PatientSummary& patient, const QString& serverId,
                       const QString& serverName);
    void statusMessage(const QString& text);

private:
    void refreshServers();
    void update();
    void openLaunchPatient(const QString& serverId);

    QPointer<ServerStore> m_servers;
    QPointer<SessionManager> m_sessions;
    FhirClientFactory m_clients;
    QComboBox* m_server;
    QLabel* m_state;
    QLabel* m_user;
    QLabel* m_patient;
    QLabel* m_expiry;
    QLabel* m_tokenId;
    QLabel* m_error;
    // While a browser login waits: its address with Copy, for when no browser opened (or the
    // one that did is on another screen).
    QWidget* m_loginPageRow;
    QLabel* m_loginPageHint;
    QLineEdit* m_loginPage;
    QListWidget* m_granted;
    QListWidget* m_missing;
    QPushButton* m_login;
    QPushButton* m_cancel;
    QPushButton* m_refresh;
    QPushButton* m_logout;
    QTimer* m_countdown;
};

} // namespace sightline
