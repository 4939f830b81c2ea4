#include "audit/FhirAuditor.h"

#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "fhir/FhirClient.h"

#include <QSysInfo>

namespace sightline {

namespace {
AuditEventBuilder::Action actionFor(const QString& code) {
    using A = AuditEventBuilder::Action;
    if (code == QLatin1String("create"))
        return A::Create;
    if (code == QLatin1String("update"))
        return A::Update;
    if (code == QLatin1String("delete"))
        return A::Delete;
    if (code == QLatin1String("read") || code == QLatin1String("vread") ||
        code == QLatin1String("capabilities"))
        return A::Read;
    return A::Execute; // searches, transactions and operations (BALP)
}

AuditEventBuilder::Outcome outcomeFor(const FhirInteraction& i) {
    using O = AuditEventBuilder::Outcome;
    if (i.error.kind == Error::Kind::None)
        return O::Success;
    if (i.httpStatus >= 400 && i.httpStatus < 500)
        return O::MinorFailure;
    return O::SeriousFailure;
}
} // namespace

FhirAuditor::FhirAuditor(AuditTrail* trail, QObject* parent)
    : QObject(parent)
    , m_trail(trail)
    , m_host(QSysInfo::machineHostName()) {}

void FhirAuditor::watch(FhirClient* client) {
    connect(client, &FhirClient::interactionFinished, this,
            [this, client](const FhirInteraction& interaction) {
                if (m_trail)
                    m_trail->record(eventFor(interaction, client->baseUrl()));
            });
}

void FhirAuditor::setUser(const QString& fhirUser, const QString& tokenJti) {
    m_user = fhirUser;
    m_jti = tokenJti;
}

QJsonObject FhirAuditor::eventFor(const FhirInteraction& i, const QUrl& server) const {
    AuditEventBuilder b = AuditEventBuilder::rest(i.code, actionFor(i.code));
    b.recorded(i.endedUtc.isValid() ? i.endedUtc : Clock::system().nowUtc())
        .outcome(outcomeFor(i), i.error.kind == Error::Kind::None ? QString() : i.error.message)
        .application(m_host)
        .server(server);
    if (i.startedUtc.isValid() && i.endedUtc.isValid())
        b.period(i.startedUtc, i.endedUtc);
    if (!m_user.isEmpty())
        b.user(m_user).tokenId(m_jti);
    if (!i.patient.isEmpty())
        b.patient(i.patient);
    if (!i.query.isEmpty())
        b.query(i.query);
    for (const QString& reference : i.resources) {
        if (reference != i.patient)
            b.resource(reference);
    }
    return b.build();
}

} // namespace sightline
