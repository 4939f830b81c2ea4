#pragma once
// Turns every FHIR interaction of the clients it watches into a BALP-style AuditEvent in the
// AuditTrail: what was done (restful-interaction), to whose data (patient), by whom (user and
// token jti when logged in), against which server, with what outcome. GUI-thread object.

#include "fhir/FhirInteraction.h"

#include <QObject>
#include <QPointer>

namespace sightline {

class AuditTrail;
class FhirClient;

class FhirAuditor : public QObject {
    Q_OBJECT
public:
    explicit FhirAuditor(AuditTrail* trail, QObject* parent = nullptr);

    void watch(FhirClient* client);
    // Who acts (fhirUser) and the identity of the token in use; set by the login session.
    void setUser(const QString& fhirUser, const QString& tokenJti);

    QJsonObject eventFor(const FhirInteraction& interaction, const QUrl& server) const;

private:
    QPointer<AuditTrail> m_trail;
    QString m_user;
    QString m_jti;
    QString m_host;
};

} // namespace sightline
