#pragma once
// Builds FHIR R4 Provenance resources for data Sightline writes to a server (export pushes):
// the targets, when, the activity, the agents (the user, Sightline as the assembling device,
// the source organisation) and the entities the data came from. Pure value builder; thread-safe.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace sightline {

class ProvenanceBuilder {
public:
    // `activity` from v3-DataOperation: CREATE, UPDATE, APPEND, TRANSFORM …
    explicit ProvenanceBuilder(const QString& activity);

    ProvenanceBuilder& target(const QString& reference);
    ProvenanceBuilder& recorded(const QDateTime& utc);
    ProvenanceBuilder& author(const QString& reference);        // e.g. Practitioner/dr-rad
    ProvenanceBuilder& assembler(const QString& deviceDisplay); // Sightline itself
    ProvenanceBuilder& onBehalfOf(const QString& organization);
    // Where the data came from: role source|derivation|quotation|revision|removal.
    ProvenanceBuilder& entity(const QString& role, const QString& reference);
    ProvenanceBuilder& reason(const QString& purposeOfUseCode);

    QJsonObject build() const;

private:
    QJsonObject m_resource;
    QJsonArray m_targets;
    QJsonArray m_agents;
    QJsonArray m_entities;
    QString m_onBehalfOf;
};

} // namespace sightline
