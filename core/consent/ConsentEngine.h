#pragma once
// Decides whether a request for data is permitted by a patient's consents, and records why.
// Per consent: it must be active, about the resource's patient and (R5) in its period; its root
// provision must apply; then the most specific applying provision decides (nested provisions
// are exceptions; among applying siblings a deny wins). Consents are combined by the policy;
// a user's clearance below the data's confidentiality denies regardless of consent.
// Security labels in a provision: sensitivity codes match when the data carries any of them;
// a confidentiality code is a level — a permit covers data at or below it (FHIR's high-water
// mark), a deny covers data at or above it. Both kinds, when present, must match.
// Immutable after construction; decide() is const and thread-safe.

#include "consent/AccessRequest.h"
#include "consent/Consent.h"
#include "consent/ConsentDecision.h"
#include "consent/ConsentPolicy.h"

#include <vector>

namespace sightline {

class ConsentEngine {
public:
    explicit ConsentEngine(std::vector<Consent> consents = {}, ConsentPolicy policy = {});

    ConsentDecision decide(const AccessRequest& request) const;

    const std::vector<Consent>& consents() const { return m_consents; }
    const ConsentPolicy& policy() const { return m_policy; }

    // The single-condition checks, shared with the explainer so the words match the logic.
    static bool actorMatches(const Provision& provision, const AccessRequest& request);
    static bool classMatches(const Provision& provision, const AccessRequest& request);
    static bool labelsMatch(const Provision& provision, const AccessRequest& request);
    static bool dataMatches(const Provision& provision, const AccessRequest& request);

private:
    ConsentOutcome evaluate(int index, const AccessRequest& request,
                            ConsentDecision& decision) const;
    bool applies(int consent, int provision, const AccessRequest& request,
                 ConsentDecision& decision) const;
    // The deciding provision in the subtree of `provision` (which applies), or -1.
    int mostSpecific(int consent, int provision, const AccessRequest& request,
                     ConsentDecision& decision) const;

    std::vector<Consent> m_consents;
    ConsentPolicy m_policy;
};

} // namespace sightline
