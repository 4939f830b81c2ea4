#pragma once
// The first-run page, shown while no server is configured (and from Help → Welcome): add a
// server by its address or connection string (or with every setting in the server dialog), or
// start the sandbox that comes with Sightline's source and look around with its sample patients.
// Thin: parsing is ConnectionString's, starting the sandbox SandboxLauncher's; what to do with
// the chosen server is the main window's.

#include "servers/ServerProfile.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sightline {

class SandboxLauncher;
class ServerStore;

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(ServerStore* servers, QWidget* parent = nullptr);

    SandboxLauncher* sandbox() const { return m_sandbox; }

signals:
    // A server to save and show (its secret, if the connection string carried one, goes to the
    // keychain, never to settings).
    void serverChosen(const sightline::ServerProfile& profile, const QByteArray& secret);
    void serverDialogRequested();

private:
    void addTypedServer();
    void startSandbox();
    void sandboxReady(const QUrl& fhirBase);
    void setSandboxBusy(bool busy, const QString& status);

    ServerStore* m_servers;
    SandboxLauncher* m_sandbox;
    QLineEdit* m_address = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_startSandbox = nullptr;
    QPushButton* m_cancelSandbox = nullptr;
    QLabel* m_sandboxStatus = nullptr;
};

} // namespace sightline
