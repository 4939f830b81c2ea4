#include "fhir/FhirClientFactory.h"

#include "fhir/FhirClient.h"

#include <QFile>
#include <QSslCertificate>

namespace sightline {

FhirClientFactory::FhirClientFactory(QNetworkAccessManager* network, NetworkRecorder* recorder,
                                     ClientObserver observer)
    : m_network(network)
    , m_recorder(recorder)
    , m_observer(std::move(observer)) {}

Result<FhirClient*> FhirClientFactory::create(const ServerProfile& profile, QObject* parent) const {
    if (!profile.fhirBase.isValid() || profile.fhirBase.host().isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("The server profile has no valid FHIR base URL"));
    QList<QSslCertificate> certificates;
    if (!profile.caCertificatePath.isEmpty()) {
        certificates = QSslCertificate::fromPath(profile.caCertificatePath, QSsl::Pem);
        if (certificates.isEmpty())
            return Error::make(Error::Kind::Tls,
                               QObject::tr("Could not read a PEM certificate from %1")
                                   .arg(profile.caCertificatePath));
    }
    auto* client = new FhirClient(m_network, m_recorder, profile.fhirBase, parent);
    client->setExtraCaCertificates(certificates);
    if (m_observer)
        m_observer(client);
    return client;
}

} // namespace sightline
