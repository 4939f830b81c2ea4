#include "consent/ConsentAudit.h"

#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "consent/ConsentPreview.h"

namespace sightline {

namespace {

QString codes(const QList<Coding>& codings) {
    QStringList list;
    for (const Coding& c : codings)
        list << c.code;
    return list.join(u',');
}

AuditEventBuilder consentCheck(const AccessRequest& request) {
    AuditEventBuilder event = AuditEventBuilder::activity(QStringLiteral("consent-check"),
                                                          QStringLiteral("Consent check"),
                                                          AuditEventBuilder::Action::Execute);
    event.outcome(AuditEventBuilder::Outcome::Success);
    if (!request.patient.isEmpty())
        event.patient(request.patient);
    if (!request.actorReference.isEmpty())
        event.detail(QStringLiteral("actor"), request.actorReference);
    if (!request.purposes().isEmpty())
        event.detail(QStringLiteral("purpose"), codes(request.purposes()));
    if (!request.actions.isEmpty())
        event.detail(QStringLiteral("action"), codes(request.actions));
    return event;
}

} // namespace

void ConsentAudit::whatIf(AuditTrail* trail, const AccessRequest& request,
                          const ConsentDecision& decision, const QString& summary) {
    if (!trail)
        return;
    static const char* const effects[] = {"permit", "deny", "no-decision"};
    AuditEventBuilder event = consentCheck(request);
    if (!request.resourceType.isEmpty())
        event.detail(QStringLiteral("resource-type"), request.resourceType);
    if (!request.resourceReference.isEmpty())
        event.resource(request.resourceReference);
    event.detail(QStringLiteral("decision"), QLatin1String(effects[int(decision.effect)]))
        .detail(QStringLiteral("reason"), summary);
    trail->record(event.build());
}

void ConsentAudit::preview(AuditTrail* trail, const QString& patientReference,
                           const AccessRequest& question, const ConsentPreviewResult& result) {
    if (!trail)
        return;
    AccessRequest request = question;
    request.patient = patientReference;
    AuditEventBuilder event = consentCheck(request);
    event.detail(QStringLiteral("preview"),
                 QStringLiteral("shared=%1 redacted=%2 withheld=%3 undecided=%4")
                     .arg(result.shared)
                     .arg(result.redacted)
                     .arg(result.withheld)
                     .arg(result.undecided));
    trail->record(event.build());
}

} // namespace sightline
