#pragma once
// Builds FHIR R4 AuditEvent resources in the style of IHE BALP: RESTful activity (type rest,
// subtype restful-interaction) or Sightline's own activity codes (login, launch, export, consent
// check), the user, Sightline and the server as agents, and the patient, query and touched
// resources as entities. Records a token's `jti`, never a token. Pure value builder; thread-safe.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QUrl>

namespace sightline {

class AuditEventBuilder {
public:
    enum class Action { Create, Read, Update, Delete, Execute };
    enum class Outcome { Success = 0, MinorFailure = 4, SeriousFailure = 8, MajorFailure = 12 };

    // A RESTful interaction (read, vread, search-type, create, update, delete, transaction …).
    static AuditEventBuilder rest(const QString& interaction, Action action);
    // A Sightline activity without a REST equivalent: login, logout, viewer-launch, export …
    static AuditEventBuilder activity(const QString& code, const QString& display, Action action);
    // A settings change on this machine: which settings (`area`) and what they are now.
    static AuditEventBuilder settingsChange(Action action, const QString& area,
                                            const QString& value);

    AuditEventBuilder& recorded(const QDateTime& utc);
    AuditEventBuilder& period(const QDateTime& startUtc, const QDateTime& endUtc);
    AuditEventBuilder& outcome(Outcome outcome, const QString& description = {});
    AuditEventBuilder& user(const QString& fhirUser, const QString& display = {});
    AuditEventBuilder& application(const QString& host);
    AuditEventBuilder& server(const QUrl& fhirBase);
    AuditEventBuilder& tokenId(const QString& jti);
    AuditEventBuilder& patient(const QString& reference);
    // The FHIR Patient when there is one, else the DICOM patient's (issuer, PatientID).
    AuditEventBuilder& patient(const QString& reference, const QPair<QString, QString>& identifier);
    // The query as sent (search parameters), kept base64 as BALP asks.
    AuditEventBuilder& query(const QByteArray& query);
    AuditEventBuilder& resource(const QString& reference);
    AuditEventBuilder& study(const QString& studyInstanceUid);
    AuditEventBuilder& detail(const QString& type, const QString& value);

    QJsonObject build() const;

    static QString actionCode(Action action);

private:
    AuditEventBuilder() = default;
    void addEntity(QJsonObject entity);

    QJsonObject m_event;
    QJsonArray m_agents;
    QJsonArray m_entities;
    QJsonObject m_userAgent;
    QString m_jti;
};

} // namespace sightline
