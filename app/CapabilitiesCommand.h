#pragma once
// `sightline capabilities SERVER [--json]` and `--headless`: loads a server's capabilities
// without a window, prints the report and quits the event loop with an exit code.

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

private:
    const FhirClientFactory& m_clients;
    ServerProfile m_profile;
    bool m_json;
};

} // namespace sightline
