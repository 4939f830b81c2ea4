#include "CapabilitiesCommand.h"

#include "AppServices.h"
#include "ServerResolver.h"

#include "capabilities/CapabilityLoader.h"
#include "capabilities/CapabilityReport.h"
#include "capabilities/ReadinessCheck.h"
#include "fhir/FhirClient.h"
#include "fhir/FhirClientFactory.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace sightline {

QList<CommandSpec> CapabilitiesCommand::commands() {
    CommandSpec capabilities;
    capabilities.name = QStringLiteral("capabilities");
    capabilities.summary = tr("Print a server's capabilities and readiness for Sightline.");
    capabilities.details = tr("Reads the CapabilityStatement and the SMART configuration (public: "
                              "no login) and checks what Sightline needs.");
    capabilities.arguments = {{QStringLiteral("SERVER"), tr("the server to ask")}};
    capabilities.options = {{QStringLiteral("json"), {}, tr("print the report as JSON")}};
    capabilities.run = [](const CommandArguments& args) {
        return run(args.argument(0), args.isSet(QStringLiteral("json")), false);
    };
    return {capabilities};
}

int CapabilitiesCommand::run(const QString& server, bool json, bool countExchanges) {
    AppServices services;
    const auto resolved = ServerResolver::resolve(server, services.servers);
    if (!resolved) {
        QTextStream(stderr) << resolved.error().toString() << '\n';
        return 1;
    }
    // What a server says it can do is public (metadata, SMART configuration): no login.
    CapabilitiesCommand command(services.clients, resolved->profile, json);
    command.start();
    const int code = QCoreApplication::exec();
    if (countExchanges)
        QTextStream(stderr) << tr("%n HTTP exchange(s) made", nullptr,
                                  int(services.recorder.exchanges().size()))
                            << '\n';
    return code;
}

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
