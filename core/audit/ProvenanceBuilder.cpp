#include "audit/ProvenanceBuilder.h"

#include "common/Clock.h"

namespace sightline {

namespace {
QJsonObject agentType(const QString& code, const QString& display) {
    return {
        {QStringLiteral("coding"),
         QJsonArray{QJsonObject{
             {QStringLiteral("system"),
              QStringLiteral("http://terminology.hl7.org/CodeSystem/provenance-participant-type")},
             {QStringLiteral("code"), code},
             {QStringLiteral("display"), display}}}}};
}
} // namespace

ProvenanceBuilder::ProvenanceBuilder(const QString& activity) {
    m_resource.insert(QStringLiteral("resourceType"), QStringLiteral("Provenance"));
    m_resource.insert(
        QStringLiteral("activity"),
        QJsonObject{{QStringLiteral("coding"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("system"),
                          QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-DataOperation")},
                         {QStringLiteral("code"), activity}}}}});
}

ProvenanceBuilder& ProvenanceBuilder::target(const QString& reference) {
    m_targets.append(QJsonObject{{QStringLiteral("reference"), reference}});
    return *this;
}

ProvenanceBuilder& ProvenanceBuilder::recorded(const QDateTime& utc) {
    m_resource.insert(QStringLiteral("recorded"), utc.toUTC().toString(Qt::ISODateWithMs));
    return *this;
}

ProvenanceBuilder& ProvenanceBuilder::author(const QString& reference) {
    m_agents.append(QJsonObject{
        {QStringLiteral("type"), agentType(QStringLiteral("author"), QStringLiteral("Author"))},
        {QStringLiteral("who"), QJsonObject{{QStringLiteral("reference"), reference}}}});
    return *this;
}

ProvenanceBuilder& ProvenanceBuilder::assembler(const QString& deviceDisplay) {
    m_agents.append(QJsonObject{
        {QStringLiteral("type"),
         agentType(QStringLiteral("assembler"), QStringLiteral("Assembler"))},
        {QStringLiteral("who"), QJsonObject{{QStringLiteral("display"), deviceDisplay}}}});
    return *this;
}

ProvenanceBuilder& ProvenanceBuilder::onBehalfOf(const QString& organization) {
    m_onBehalfOf = organization;
    return *this;
}

ProvenanceBuilder& ProvenanceBuilder::entity(const QString& role, const QString& reference) {
    m_entities.append(QJsonObject{
        {QStringLiteral("role"), role},
        {QStringLiteral("what"), QJsonObject{{QStringLiteral("reference"), reference}}}});
    return *this;
}

ProvenanceBuilder& ProvenanceBuilder::reason(const QString& purposeOfUseCode) {
    m_resource.insert(
        QStringLiteral("reason"),
        QJsonArray{
            QJsonObject{{QStringLiteral("coding"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("system"),
                              QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActReason")},
                             {QStringLiteral("code"), purposeOfUseCode}}}}}});
    return *this;
}

QJsonObject ProvenanceBuilder::build() const {
    QJsonObject out = m_resource;
    out.insert(QStringLiteral("target"), m_targets);
    if (!out.contains(QStringLiteral("recorded")))
        out.insert(QStringLiteral("recorded"),
                   Clock::system().nowUtc().toString(Qt::ISODateWithMs));
    QJsonArray agents = m_agents;
    if (!m_onBehalfOf.isEmpty()) {
        for (auto it = agents.begin(); it != agents.end(); ++it) {
            QJsonObject agent = it->toObject();
            agent.insert(QStringLiteral("onBehalfOf"),
                         QJsonObject{{QStringLiteral("reference"), m_onBehalfOf}});
            *it = agent;
        }
    }
    out.insert(QStringLiteral("agent"), agents);
    if (!m_entities.isEmpty())
        out.insert(QStringLiteral("entity"), m_entities);
    return out;
}

} // namespace sightline
