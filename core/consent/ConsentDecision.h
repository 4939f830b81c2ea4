#pragma once
// The answer of the consent engine with its trace: every rule checked (which consent, which
// provision, passed or not), each consent's own outcome, and what decided. Compact and
// allocation-free for small trees, so a million decisions a second stay possible; the
// DecisionExplainer turns a trace into sentences. Pure value; thread-safe.

#include <QMetaType>
#include <QVarLengthArray>

namespace sightline {

enum class ConsentEffect : quint8 { Permit, Deny, NoDecision };

struct DecisionStep {
    enum class Rule : quint8 {
        Clearance,      // resource confidentiality vs the user's clearance
        ConsentStatus,  // the consent is active
        ConsentPatient, // the consent is about the resource's patient
        ConsentPeriod,  // R5 Consent.period covers the time of access
        NoRules,        // the consent has no provision
        Period,         // provision.period
        Actor,
        Action,
        Purpose,
        Class,
        Code,
        SecurityLabel,
        DataPeriod,
        Data,
        Applies,  // summary: all conditions of the provision held (or not)
        Combined, // how the consents' outcomes were combined
        Default,  // no consent decided; the configured default applies
    };
    Rule rule;
    bool passed;
    qint16 consent;        // index into the engine's consents; -1 for engine-level steps
    qint16 provision;      // index into that consent's provisions; -1 for consent-level steps
    bool notGiven = false; // the question left this field open: the condition was not checked
};

struct ConsentOutcome {
    qint16 consent = -1;
    qint16 provision = -1; // the provision that decided within the consent
    ConsentEffect effect = ConsentEffect::NoDecision;
    bool applicable = false;
};

struct ConsentDecision {
    ConsentEffect effect = ConsentEffect::NoDecision;
    bool byDefault = false;   // no consent decided; the policy's default answered
    bool byClearance = false; // denied because the data is above the user's clearance
    int consent = -1;         // the deciding consent (index), -1 when none
    int provision = -1;       // the deciding provision within it
    QVarLengthArray<DecisionStep, 32> trace;
    QVarLengthArray<ConsentOutcome, 4> outcomes;

    bool permitted() const { return effect == ConsentEffect::Permit; }
    // Whether provision `provision` of consent `consent` had all its conditions met.
    bool applied(int consentIndex, int provisionIndex) const {
        for (const DecisionStep& step : trace) {
            if (step.rule == DecisionStep::Rule::Applies && step.consent == consentIndex &&
                step.provision == provisionIndex)
                return step.passed;
        }
        return false;
    }
};

} // namespace sightline

Q_DECLARE_METATYPE(sightline::ConsentDecision)
