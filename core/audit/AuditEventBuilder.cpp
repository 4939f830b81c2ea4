#include "audit/AuditEventBuilder.h"

#include "common/Clock.h"

#include <QSysInfo>

namespace sightline {

namespace {
const QString kAuditEventType =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/audit-event-type");
const QString kRestfulInteraction = QStringLiteral("http://hl7.org/fhir/restful-interaction");
const QString kSightlineActivity = QStringLiteral("urn:sightline:audit-activity");
const QString kEntityType =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/audit-entity-type");
const QString kObjectRole = QStringLiteral("http://terminology.hl7.org/CodeSystem/object-role");
const QString kParticipationType =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ParticipationType");
const QString kDicomCodes = QStringLiteral("http://dicom.nema.org/resources/ontology/DCM");

QJsonObject coding(const QString& system, const QString& code, const QString& display = {}) {
    QJsonObject c{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        c.insert(QStringLiteral("display"), display);
    return c;
}

QJsonObject codeableConcept(const QJsonObject& c) {
    return {{QStringLiteral("coding"), QJsonArray{c}}};
}
} // namespace

QString AuditEventBuilder::actionCode(Action action) {
    switch (action) {
    case Action::Create:
        return QStringLiteral("C");
    case Action::Read:
        return QStringLiteral("R");
    case Action::Update:
        return QStringLiteral("U");
    case Action::Delete:
        return QStringLiteral("D");
    case Action::Execute:
        return QStringLiteral("E");
    }
    return QStringLiteral("E");
}

AuditEventBuilder AuditEventBuilder::rest(const QString& interaction, Action action) {
    AuditEventBuilder b;
    b.m_event.insert(QStringLiteral("type"), coding(kAuditEventType, QStringLiteral("rest"),
                                                    QStringLiteral("RESTful Operation")));
    b.m_event.insert(QStringLiteral("subtype"),
                     QJsonArray{coding(kRestfulInteraction, interaction)});
    b.m_event.insert(QStringLiteral("action"), actionCode(action));
    return b;
}

AuditEventBuilder AuditEventBuilder::activity(const QString& code, const QString& display,
                                              Action action) {
    AuditEventBuilder b;
    b.m_event.insert(QStringLiteral("type"), coding(kSightlineActivity, code, display));
    b.m_event.insert(QStringLiteral("action"), actionCode(action));
    return b;
}

AuditEventBuilder AuditEventBuilder::settingsChange(Action action, const QString& area,
                                                    const QString& value) {
    AuditEventBuilder b =
        activity(QStringLiteral("settings-change"), QStringLiteral("Settings changed"), action);
    b.application(QSysInfo::machineHostName()).detail(area, value);
    return b;
}

AuditEventBuilder& AuditEventBuilder::recorded(const QDateTime& utc) {
    m_event.insert(QStringLiteral("recorded"), utc.toUTC().toString(Qt::ISODateWithMs));
    return *this;
}

AuditEventBuilder& AuditEventBuilder::period(const QDateTime& startUtc, const QDateTime& endUtc) {
    m_event.insert(
        QStringLiteral("period"),
        QJsonObject{{QStringLiteral("start"), startUtc.toUTC().toString(Qt::ISODateWithMs)},
                    {QStringLiteral("end"), endUtc.toUTC().toString(Qt::ISODateWithMs)}});
    return *this;
}

AuditEventBuilder& AuditEventBuilder::outcome(Outcome value, const QString& description) {
    m_event.insert(QStringLiteral("outcome"), QString::number(int(value)));
    if (!description.isEmpty())
        m_event.insert(QStringLiteral("outcomeDesc"), description);
    return *this;
}

AuditEventBuilder& AuditEventBuilder::user(const QString& fhirUser, const QString& display) {
    m_userAgent = QJsonObject{
        {QStringLiteral("type"), codeableConcept(coding(kParticipationType, QStringLiteral("IRCP"),
                                                        QStringLiteral("information recipient")))},
        {QStringLiteral("requestor"), true},
        {QStringLiteral("who"), QJsonObject{{QStringLiteral("reference"), fhirUser}}}};
    if (!display.isEmpty())
        m_userAgent.insert(QStringLiteral("name"), display);
    return *this;
}

AuditEventBuilder& AuditEventBuilder::application(const QString& host) {
    m_agents.append(QJsonObject{
        {QStringLiteral("type"), codeableConcept(coding(kDicomCodes, QStringLiteral("110150"),
                                                        QStringLiteral("Application")))},
        {QStringLiteral("requestor"), false},
        {QStringLiteral("who"),
         QJsonObject{{QStringLiteral("display"), QStringLiteral("Sightline " SIGHTLINE_VERSION)}}},
        {QStringLiteral("network"), QJsonObject{{QStringLiteral("address"), host},
                                                {QStringLiteral("type"), QStringLiteral("1")}}}});
    m_event.insert(
        QStringLiteral("source"),
        QJsonObject{
            {QStringLiteral("site"), host},
            {QStringLiteral("observer"),
             QJsonObject{{QStringLiteral("display"), QStringLiteral("Sightline on ") + host}}},
            {QStringLiteral("type"),
             QJsonArray{coding(
                 QStringLiteral("http://terminology.hl7.org/CodeSystem/security-source-type"),
                 QStringLiteral("1"), QStringLiteral("User Device"))}}});
    return *this;
}

AuditEventBuilder& AuditEventBuilder::server(const QUrl& fhirBase) {
    m_agents.append(QJsonObject{
        {QStringLiteral("type"), codeableConcept(coding(kDicomCodes, QStringLiteral("110153"),
                                                        QStringLiteral("Source Role ID")))},
        {QStringLiteral("requestor"), false},
        {QStringLiteral("who"), QJsonObject{{QStringLiteral("display"), fhirBase.toString()}}},
        {QStringLiteral("network"), QJsonObject{{QStringLiteral("address"), fhirBase.host()},
                                                {QStringLiteral("type"), QStringLiteral("1")}}}});
    return *this;
}

AuditEventBuilder& AuditEventBuilder::tokenId(const QString& jti) {
    m_jti = jti;
    return *this;
}

void AuditEventBuilder::addEntity(QJsonObject entity) {
    m_entities.append(entity);
}

AuditEventBuilder& AuditEventBuilder::patient(const QString& reference) {
    addEntity({{QStringLiteral("what"), QJsonObject{{QStringLiteral("reference"), reference}}},
               {QStringLiteral("type"),
                coding(kEntityType, QStringLiteral("1"), QStringLiteral("Person"))},
               {QStringLiteral("role"),
                coding(kObjectRole, QStringLiteral("1"), QStringLiteral("Patient"))}});
    return *this;
}

AuditEventBuilder& AuditEventBuilder::patient(const QString& reference,
                                              const QPair<QString, QString>& identifier) {
    if (!reference.isEmpty() || identifier.second.isEmpty())
        return patient(reference);
    QJsonObject id{{QStringLiteral("value"), identifier.second}};
    if (!identifier.first.isEmpty())
        id.insert(QStringLiteral("system"), identifier.first);
    addEntity({{QStringLiteral("what"), QJsonObject{{QStringLiteral("identifier"), id}}},
               {QStringLiteral("type"),
                coding(kEntityType, QStringLiteral("1"), QStringLiteral("Person"))},
               {QStringLiteral("role"),
                coding(kObjectRole, QStringLiteral("1"), QStringLiteral("Patient"))}});
    return *this;
}

AuditEventBuilder& AuditEventBuilder::query(const QByteArray& queryText) {
    addEntity({{QStringLiteral("type"),
                coding(kEntityType, QStringLiteral("2"), QStringLiteral("System Object"))},
               {QStringLiteral("role"),
                coding(kObjectRole, QStringLiteral("24"), QStringLiteral("Query"))},
               {QStringLiteral("query"), QString::fromLatin1(queryText.toBase64())}});
    return *this;
}

AuditEventBuilder& AuditEventBuilder::resource(const QString& reference) {
    addEntity({{QStringLiteral("what"), QJsonObject{{QStringLiteral("reference"), reference}}},
               {QStringLiteral("type"),
                coding(kEntityType, QStringLiteral("2"), QStringLiteral("System Object"))},
               {QStringLiteral("role"),
                coding(kObjectRole, QStringLiteral("4"), QStringLiteral("Domain Resource"))}});
    return *this;
}

AuditEventBuilder& AuditEventBuilder::study(const QString& studyInstanceUid) {
    addEntity(
        {{QStringLiteral("what"),
          QJsonObject{{QStringLiteral("identifier"),
                       QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:dicom:uid")},
                                   {QStringLiteral("value"),
                                    QStringLiteral("urn:oid:") + studyInstanceUid}}}}},
         {QStringLiteral("type"),
          coding(kEntityType, QStringLiteral("2"), QStringLiteral("System Object"))},
         {QStringLiteral("role"),
          coding(kObjectRole, QStringLiteral("3"), QStringLiteral("Report"))}});
    return *this;
}

AuditEventBuilder& AuditEventBuilder::detail(const QString& type, const QString& value) {
    if (m_entities.isEmpty())
        addEntity({{QStringLiteral("type"),
                    coding(kEntityType, QStringLiteral("2"), QStringLiteral("System Object"))}});
    QJsonObject last = m_entities.last().toObject();
    QJsonArray details = last.value(QStringLiteral("detail")).toArray();
    details.append(
        QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("valueString"), value}});
    last.insert(QStringLiteral("detail"), details);
    m_entities.replace(m_entities.size() - 1, last);
    return *this;
}

QJsonObject AuditEventBuilder::build() const {
    QJsonObject event = m_event;
    event.insert(QStringLiteral("resourceType"), QStringLiteral("AuditEvent"));
    if (!event.contains(QStringLiteral("recorded")))
        event.insert(QStringLiteral("recorded"),
                     Clock::system().nowUtc().toString(Qt::ISODateWithMs));
    if (!event.contains(QStringLiteral("outcome")))
        event.insert(QStringLiteral("outcome"), QStringLiteral("0"));
    QJsonArray agents;
    if (!m_userAgent.isEmpty()) {
        QJsonObject user = m_userAgent;
        if (!m_jti.isEmpty()) {
            // The token's identity (jti) lets a repository correlate with the authorization
            // server's records; the token itself never enters the audit trail.
            user.insert(
                QStringLiteral("extension"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("url"),
                     QStringLiteral(
                         "https://profiles.ihe.net/ITI/BALP/StructureDefinition/ihe-otherId")},
                    {QStringLiteral("valueIdentifier"),
                     QJsonObject{
                         {QStringLiteral("system"), QStringLiteral("urn:ietf:params:oauth:jti")},
                         {QStringLiteral("value"), m_jti}}}}});
        }
        agents.append(user);
    }
    for (const QJsonValue& a : m_agents)
        agents.append(a);
    event.insert(QStringLiteral("agent"), agents);
    if (!m_entities.isEmpty())
        event.insert(QStringLiteral("entity"), m_entities);
    return event;
}

} // namespace sightline
