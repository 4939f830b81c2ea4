#include "CapabilitiesCommand.h"

#include "capabilities/CapabilityLoader.h"
#include "capabilities/CapabilityReport.h"
#include "capabilities/ReadinessCheck.h"
#include "fhir/FhirClient.h"
#include "fhir/FhirClientFactory.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace sightline {

CapabilitiesCommand::CapabilitiesCommand(const FhirClientFactory& clients, ServerProfile profile,
                                         bool json, QObject* parent)
    : QObject(parent)
    , m_clients(clients)
    , m_profile(std::move(profile))
    , m_json(json) {}

void CapabilitiesCommand::start() {
    auto client = m_clients.create(m_profile, this);
    if (!client) {
        QTextStream(stderr) << client.error().toString() << '\n';
        QCoreApplication::exit(2);
        return;
    }
    auto* loader = new CapabilityLoader(client.value(), this);
    connect(loader, &CapabilityLoader::finished, this, [this](const ServerCapabilities& caps) {
        const auto items = ReadinessCheck::evaluate(caps);
        QTextStream out(stdout);
        if (m_json)
            out << QJsonDocument(CapabilityReport::toJson(caps, items))
                       .toJson(QJsonDocument::Indented);
        else
            out << CapabilityReport::toText(caps, items);
        out.flush();
        if (!caps.statement)
            QTextStream(stderr) << tr("Could not load the CapabilityStatement: %1")
                                       .arg(caps.statementError.toString())
                                << '\n';
        QCoreApplication::exit(caps.statement ? 0 : 2);
    });
    loader->start();
}

} // namespace sightline
