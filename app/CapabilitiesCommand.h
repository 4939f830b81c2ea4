#pragma once
// `sightline capabilities SERVER [--json]` and `--headless`: loads a server's capabilities
// without a window, prints the report and quits the event loop with an exit code.

#include "CommandTable.h"
#include "servers/ServerProfile.h"

#include <QObject>

namespace sightline {

class FhirClientFactory;

class CapabilitiesCommand : public QObject {
    Q_OBJECT
public:
    CapabilitiesCommand(const FhirClientFactory& clients, ServerProfile profile, bool json,
                        QObject* parent = nullptr);
    // Starts the work; QCoreApplication::exit() is called with 0 or 2 when done.
    void start();

    static QList<CommandSpec> commands();
    // Loads `server`'s capabilities and prints them; `countExchanges`: also says how many HTTP
    // exchanges that took (--headless). Returns the exit code.
    static int run(const QString& server, bool json, bool countExchanges);

private:
    const FhirClientFactory& m_clients;
    ServerProfile m_profile;
    bool m_json;
};

} // namespace sightline
