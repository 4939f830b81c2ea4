#pragma once
// What a start of Sightline asks of the window — its own start, or a later start handed over by
// SingleInstance: an EHR launch (`sightline://launch?…`, `launch --iss … --launch …`), a study
// to open (`sightline://open?server=…&study=…`), or a server to select (`--server`). Links are
// honoured only for servers the user has configured.

#include <QObject>
#include <QStringList>

namespace sightline {

struct CommandLine;
class MainWindow;
class ServerStore;
class SessionManager;

class DesktopLinks : public QObject {
    Q_OBJECT
public:
    DesktopLinks(ServerStore* servers, SessionManager* sessions, MainWindow* window,
                 QObject* parent = nullptr);

    // This start's own arguments, already parsed.
    void handle(const CommandLine& cl);
    // A later start's arguments (program name first): brings the window to the front too.
    void handleHandedOver(const QStringList& arguments);

private:
    void startEhrLaunch(const CommandLine& cl);
    void openStudy(const QString& link);
    void refuse(const QString& title, const QString& why);

    ServerStore* m_servers;
    SessionManager* m_sessions;
    MainWindow* m_window;
};

} // namespace sightline
