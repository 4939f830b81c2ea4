#pragma once
// Builds FhirClients for server profiles, all sharing one QNetworkAccessManager and one
// NetworkRecorder, with each profile's private CA applied. The one place where per-server
// connection settings (and, with login, credentials) are attached to requests.

#include "common/Result.h"
#include "servers/ServerProfile.h"

#include <QPointer>

class QNetworkAccessManager;

namespace sightline {

class FhirClient;
class NetworkRecorder;

class FhirClientFactory {
public:
    FhirClientFactory(QNetworkAccessManager* network, NetworkRecorder* recorder);

    // The caller owns the client. Fails when the profile's CA file cannot be read.
    Result<FhirClient*> create(const ServerProfile& profile, QObject* parent = nullptr) const;
    QNetworkAccessManager* network() const { return m_network; }
    NetworkRecorder* recorder() const { return m_recorder; }

private:
    QNetworkAccessManager* m_network;
    NetworkRecorder* m_recorder;
};

} // namespace sightline
