#include "consent/ConsentEngine.h"

#include "consent/SecurityLabels.h"

namespace sightline {

namespace {

using Rule = DecisionStep::Rule;

const QString resourceTypesSystem = QStringLiteral("http://hl7.org/fhir/resource-types");
const QString fhirTypesSystem = QStringLiteral("http://hl7.org/fhir/fhir-types");

void note(ConsentDecision& decision, Rule rule, bool passed, int consent = -1, int provision = -1) {
    decision.trace.append(DecisionStep{rule, passed, qint16(consent), qint16(provision)});
}

} // namespace

ConsentEngine::ConsentEngine(std::vector<Consent> consents, ConsentPolicy policy)
    : m_consents(std::move(consents))
    , m_policy(policy) {}

bool ConsentEngine::actorMatches(const Provision& provision, const AccessRequest& request) {
    if (request.actorReference.isEmpty() && request.actorRoles.isEmpty())
        return false; // nobody stated: an actor condition cannot be met
    for (const ProvisionActor& actor : provision.actors) {
        const bool referenceOk =
            actor.reference.isEmpty() || actor.reference == request.actorReference;
        // A role qualifies the actor; it is compared when the request states roles.
        const bool roleOk = actor.roles.isEmpty() || request.actorRoles.isEmpty() ||
                            Coding::anyMatch(actor.roles, request.actorRoles);
        const bool roleOnly = actor.reference.isEmpty();
        if (referenceOk && roleOk && (!roleOnly || !request.actorRoles.isEmpty()))
            return true;
    }
    return false;
}

bool ConsentEngine::classMatches(const Provision& provision, const AccessRequest& request) {
    for (const Coding& c : provision.classes) {
        const bool isType =
            c.system.isEmpty() || c.system == resourceTypesSystem || c.system == fhirTypesSystem;
        if (isType ? c.code == request.resourceType : Coding::anyMatch({c}, request.codes))
            return true;
    }
    return false;
}

bool ConsentEngine::labelsMatch(const Provision& provision, const AccessRequest& request) {
    int level = -1;
    bool hasSensitivity = false;
    bool sensitivityFound = false;
    for (const Coding& label : provision.securityLabels) {
        if (SecurityLabels::isConfidentiality(label)) {
            level = std::max(level, SecurityLabels::confidentialityRank(label.code));
            continue;
        }
        hasSensitivity = true;
        if (!sensitivityFound) {
            for (const Coding& present : request.securityLabels) {
                if (label.matches(present)) {
                    sensitivityFound = true;
                    break;
                }
            }
        }
    }
    if (hasSensitivity && !sensitivityFound)
        return false;
    if (level < 0)
        return true;
    const int data = SecurityLabels::effectiveConfidentiality(request.securityLabels);
    return provision.type == Provision::Type::Deny ? data >= level : data <= level;
}

bool ConsentEngine::dataMatches(const Provision& provision, const AccessRequest& request) {
    for (const ProvisionData& d : provision.data) {
        if (d.reference == request.resourceReference &&
            d.meaning != ProvisionData::Meaning::AuthoredBy)
            return true;
        switch (d.meaning) {
        case ProvisionData::Meaning::Instance:
            break;
        case ProvisionData::Meaning::Related: // the named resource and what it refers to
            if (request.referencedBy.contains(d.reference))
                return true;
            break;
        case ProvisionData::Meaning::Dependents: // the named resource and what refers to it
            if (request.references.contains(d.reference))
                return true;
            break;
        case ProvisionData::Meaning::AuthoredBy:
            if (request.authors.contains(d.reference))
                return true;
            break;
        }
    }
    return false;
}

bool ConsentEngine::applies(int consent, int index, const AccessRequest& request,
                            ConsentDecision& decision) const {
    const Provision& p = m_consents[size_t(consent)].provisions[size_t(index)];
    // A condition on a field the question left open cannot decide: it is noted as not given
    // and the provision is judged on the rest.
    auto check = [&](bool stated, Rule rule, auto&& test,
                     AccessRequest::Open field = AccessRequest::OpenNothing) {
        if (!stated)
            return true;
        if (field != AccessRequest::OpenNothing && request.isOpen(field)) {
            decision.trace.append(
                DecisionStep{rule, true, qint16(consent), qint16(index), /*notGiven=*/true});
            return true;
        }
        const bool passed = test();
        note(decision, rule, passed, consent, index);
        return passed;
    };
    const bool ok =
        check(p.period.isSet(), Rule::Period, [&] { return p.period.contains(request.atMs); }) &&
        check(
            !p.actors.isEmpty(), Rule::Actor, [&] { return actorMatches(p, request); },
            AccessRequest::OpenActor) &&
        check(
            !p.actions.isEmpty(), Rule::Action,
            [&] { return Coding::anyMatch(p.actions, request.actions); },
            AccessRequest::OpenAction) &&
        check(
            !p.purposes.isEmpty(), Rule::Purpose,
            [&] { return Coding::anyMatch(p.purposes, request.purposeClosure()); },
            AccessRequest::OpenPurpose) &&
        check(!p.classes.isEmpty(), Rule::Class, [&] { return classMatches(p, request); }) &&
        check(
            !p.codes.isEmpty(), Rule::Code,
            [&] { return Coding::anyMatch(p.codes, request.codes); }, AccessRequest::OpenCode) &&
        check(!p.securityLabels.isEmpty(), Rule::SecurityLabel,
              [&] { return labelsMatch(p, request); }) &&
        check(
            p.dataPeriod.isSet(), Rule::DataPeriod,
            [&] {
                return request.resourceDateMs != AccessRequest::noDate &&
                       p.dataPeriod.contains(request.resourceDateMs);
            },
            AccessRequest::OpenDataDate) &&
        check(!p.data.isEmpty(), Rule::Data, [&] { return dataMatches(p, request); });
    note(decision, Rule::Applies, ok, consent, index);
    return ok;
}

int ConsentEngine::mostSpecific(int consent, int index, const AccessRequest& request,
                                ConsentDecision& decision) const {
    const Provision& p = m_consents[size_t(consent)].provisions[size_t(index)];
    int chosen = -1;
    for (int child : p.children) {
        if (!applies(consent, child, request, decision))
            continue;
        const int found = mostSpecific(consent, child, request, decision);
        if (found < 0)
            continue;
        const Provision& candidate = m_consents[size_t(consent)].provisions[size_t(found)];
        // Among applying siblings, a deny wins; otherwise the first found stays.
        if (chosen < 0 ||
            (candidate.type == Provision::Type::Deny &&
             m_consents[size_t(consent)].provisions[size_t(chosen)].type != Provision::Type::Deny))
            chosen = found;
    }
    if (chosen >= 0)
        return chosen;
    return p.type == Provision::Type::None ? -1 : index;
}

ConsentOutcome ConsentEngine::evaluate(int index, const AccessRequest& request,
                                       ConsentDecision& decision) const {
    const Consent& consent = m_consents[size_t(index)];
    ConsentOutcome outcome;
    outcome.consent = qint16(index);
    const bool active = consent.isActive();
    note(decision, Rule::ConsentStatus, active, index);
    if (!active)
        return outcome;
    if (!request.patient.isEmpty() && !consent.patient.isEmpty()) {
        const bool samePatient = consent.patient == request.patient;
        note(decision, Rule::ConsentPatient, samePatient, index);
        if (!samePatient)
            return outcome;
    }
    if (consent.period.isSet()) {
        const bool inPeriod = consent.period.contains(request.atMs);
        note(decision, Rule::ConsentPeriod, inPeriod, index);
        if (!inPeriod)
            return outcome;
    }
    if (consent.provisions.empty()) {
        note(decision, Rule::NoRules, false, index);
        return outcome;
    }
    if (!applies(index, 0, request, decision))
        return outcome;
    outcome.applicable = true;
    const int deciding = mostSpecific(index, 0, request, decision);
    if (deciding >= 0) {
        outcome.provision = qint16(deciding);
        outcome.effect = consent.provisions[size_t(deciding)].type == Provision::Type::Permit
                             ? ConsentEffect::Permit
                             : ConsentEffect::Deny;
    }
    return outcome;
}

ConsentDecision ConsentEngine::decide(const AccessRequest& request) const {
    ConsentDecision decision;
    if (request.clearance >= 0) {
        const bool cleared =
            SecurityLabels::effectiveConfidentiality(request.securityLabels) <= request.clearance;
        note(decision, Rule::Clearance, cleared);
        if (!cleared) {
            decision.effect = ConsentEffect::Deny;
            decision.byClearance = true;
            return decision;
        }
    }
    for (int i = 0; i < int(m_consents.size()); ++i)
        decision.outcomes.append(evaluate(i, request, decision));

    const ConsentOutcome* chosen = nullptr;
    for (const ConsentOutcome& outcome : decision.outcomes) {
        if (outcome.effect == ConsentEffect::NoDecision)
            continue;
        if (!chosen) {
            chosen = &outcome;
            continue;
        }
        if (m_policy.combining == ConsentPolicy::Combining::DenyOverrides) {
            if (outcome.effect == ConsentEffect::Deny && chosen->effect != ConsentEffect::Deny)
                chosen = &outcome;
        } else {
            const qint64 mine = m_consents[size_t(outcome.consent)].dateMs;
            const qint64 theirs = m_consents[size_t(chosen->consent)].dateMs;
            if (mine > theirs || (mine == theirs && outcome.effect == ConsentEffect::Deny))
                chosen = &outcome;
        }
    }
    if (!chosen) {
        note(decision, Rule::Default, true);
        decision.effect = m_policy.whenNoConsentApplies;
        decision.byDefault = true;
        return decision;
    }
    note(decision, Rule::Combined, true, chosen->consent, chosen->provision);
    decision.effect = chosen->effect;
    decision.consent = chosen->consent;
    decision.provision = chosen->provision;
    return decision;
}

} // namespace sightline
