#pragma once
// Writes consent evaluations to the audit trail: a what-if question with its answer, or a data
// preview over a patient's resources with its counts. Records what was asked and decided,
// never the data itself. Thread-safe (AuditTrail::record is).

#include "consent/AccessRequest.h"
#include "consent/ConsentDecision.h"

namespace sightline {

class AuditTrail;
struct ConsentPreviewResult;

class ConsentAudit {
public:
    static void whatIf(AuditTrail* trail, const AccessRequest& request,
                       const ConsentDecision& decision, const QString& summary);
    static void preview(AuditTrail* trail, const QString& patientReference,
                        const AccessRequest& question, const ConsentPreviewResult& result);
};

} // namespace sightline
