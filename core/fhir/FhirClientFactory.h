#pragma once
// Builds FhirClients for server profiles, all sharing one QNetworkAccessManager and one
// NetworkRecorder, with each profile's private CA applied. The one place where per-server
// connection settings (and, with login, credentials) are attached to requests.

#include "common/Result.h"
#include "servers/ServerProfile.h"

#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace sightline {

class FhirClient;
class NetworkRecorder;

class FhirClientFactory {
public:
    using ClientObserver = std::function<void(FhirClient*)>;

    // `observer` sees every client made (the audit trail watches them through it).
    FhirClientFactory(QNetworkAccessManager* network, NetworkRecorder* recorder,
                      ClientObserver observer = {});

    // The caller owns the client. Fails when the profile's CA file cannot be read.
    Result<FhirClient*> create(const ServerProfile& profile, QObject* parent = nullptr) const;
    NetworkRecorder* recorder() const { return m_recorder; }
    QNetworkAccessManager* network() const { return m_network; }

private:
    QNetworkAccessManager* m_network;
    NetworkRecorder* m_recorder;
    ClientObserver m_observer;
};

} // namespace sightline
