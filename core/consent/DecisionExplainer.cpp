#include "consent/DecisionExplainer.h"

#include "consent/PurposeOfUse.h"
#include "consent/SecurityLabels.h"

#include <QDateTime>
#include <QJsonArray>

namespace sightline {

namespace {

QString codes(const QList<Coding>& codings) {
    QStringList list;
    for (const Coding& c : codings)
        list << c.code;
    list.removeDuplicates();
    return list.isEmpty() ? QStringLiteral("—") : list.join(QLatin1String(", "));
}

QString span(const TimeSpan& s) {
    return (s.startText.isEmpty() ? QStringLiteral("…") : s.startText) + QStringLiteral(" – ") +
           (s.endText.isEmpty() ? QStringLiteral("…") : s.endText);
}

QString date(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString actors(const QList<ProvisionActor>& list) {
    QStringList parts;
    for (const ProvisionActor& a : list) {
        QString part = a.reference;
        if (!a.roles.isEmpty())
            part +=
                (part.isEmpty() ? QString() : QStringLiteral(" ")) + u'(' + codes(a.roles) + u')';
        parts << part;
    }
    return parts.join(QLatin1String(", "));
}

QString meaningName(ProvisionData::Meaning meaning) {
    switch (meaning) {
    case ProvisionData::Meaning::Instance:
        return QStringLiteral("instance");
    case ProvisionData::Meaning::Related:
        return QStringLiteral("related");
    case ProvisionData::Meaning::Dependents:
        return QStringLiteral("dependents");
    case ProvisionData::Meaning::AuthoredBy:
        return QStringLiteral("authoredby");
    }
    return {};
}

QString labelCondition(const Provision& p) {
    QStringList parts;
    for (const Coding& label : p.securityLabels) {
        if (SecurityLabels::isConfidentiality(label))
            parts << (p.type == Provision::Type::Deny ? label.code + QStringLiteral(" or higher")
                                                      : label.code + QStringLiteral(" or lower"));
        else
            parts << label.code;
    }
    return parts.join(QLatin1String(", "));
}

} // namespace

QString DecisionExplainer::effectName(ConsentEffect effect) {
    switch (effect) {
    case ConsentEffect::Permit:
        return tr("permit");
    case ConsentEffect::Deny:
        return tr("deny");
    case ConsentEffect::NoDecision:
        return tr("no decision");
    }
    return {};
}

QString DecisionExplainer::fieldName(DecisionStep::Rule rule) {
    using Rule = DecisionStep::Rule;
    switch (rule) {
    case Rule::Actor:
        return tr("actor");
    case Rule::Purpose:
        return tr("purpose of use");
    case Rule::Action:
        return tr("action");
    case Rule::Code:
        return tr("code");
    case Rule::DataPeriod:
        return tr("data date");
    default:
        break;
    }
    return {};
}

QString DecisionExplainer::provisionTitle(const Provision& p) {
    const QString type = p.type == Provision::Type::Permit ? tr("permit")
                         : p.type == Provision::Type::Deny ? tr("deny")
                                                           : tr("no decision");
    if (p.path == QLatin1String("decision"))
        return tr("Consent decision: %1").arg(type);
    return tr("Provision %1: %2").arg(p.path, type);
}

QString DecisionExplainer::conditions(const Provision& p) {
    QStringList parts;
    if (p.period.isSet())
        parts << tr("period %1").arg(span(p.period));
    if (!p.actors.isEmpty())
        parts << tr("actor %1").arg(actors(p.actors));
    if (!p.actions.isEmpty())
        parts << tr("action %1").arg(codes(p.actions));
    if (!p.purposes.isEmpty())
        parts << tr("purpose %1").arg(codes(p.purposes));
    if (!p.classes.isEmpty())
        parts << tr("class %1").arg(codes(p.classes));
    if (!p.codes.isEmpty())
        parts << tr("code %1").arg(codes(p.codes));
    if (!p.securityLabels.isEmpty())
        parts << tr("labels %1").arg(labelCondition(p));
    if (p.dataPeriod.isSet())
        parts << tr("data dated %1").arg(span(p.dataPeriod));
    for (const ProvisionData& d : p.data)
        parts << tr("data %1 (%2)").arg(d.reference, meaningName(d.meaning));
    return parts.isEmpty() ? tr("any request") : parts.join(QLatin1String("; "));
}

QString DecisionExplainer::where(int consent, int provision) const {
    if (consent < 0 || consent >= int(m_engine.consents().size()))
        return {};
    const Consent& c = m_engine.consents()[size_t(consent)];
    if (provision < 0 || provision >= int(c.provisions.size()))
        return c.reference;
    return c.reference + QStringLiteral(" › ") + provisionTitle(c.provisions[size_t(provision)]);
}

QString DecisionExplainer::stepText(const DecisionStep& step, const ConsentDecision& decision,
                                    const AccessRequest& request) const {
    using Rule = DecisionStep::Rule;
    const Consent* c = step.consent >= 0 ? &m_engine.consents()[size_t(step.consent)] : nullptr;
    const Provision* p =
        c && step.provision >= 0 ? &c->provisions[size_t(step.provision)] : nullptr;
    const bool ok = step.passed;
    const QString at = where(step.consent, step.provision);
    if (step.notGiven && p)
        return tr("%1: the question gives no %2, so its condition (%3) was not checked.")
            .arg(at, fieldName(step.rule), conditions(*p));
    switch (step.rule) {
    case Rule::Clearance: {
        const QString data = SecurityLabels::confidentialityCode(
            SecurityLabels::effectiveConfidentiality(request.securityLabels));
        const QString cleared = SecurityLabels::confidentialityCode(request.clearance);
        return ok ? tr("Clearance: the data is %1, within the user's clearance %2.")
                        .arg(data, cleared)
                  : tr("Clearance: the data is %1, above the user's clearance %2; denied whatever "
                       "the consents say.")
                        .arg(data, cleared);
    }
    case Rule::ConsentStatus:
        return ok ? tr("%1 is active.").arg(at)
                  : tr("%1 is %2, not active; it does not apply.")
                        .arg(at, c->status.isEmpty() ? tr("without status") : c->status);
    case Rule::ConsentPatient:
        return ok ? tr("%1 is about %2.").arg(at, request.patient)
                  : tr("%1 is about %2, not %3; it does not apply.")
                        .arg(at, c->patient, request.patient);
    case Rule::ConsentPeriod:
        return ok ? tr("%1: its period %2 covers %3.").arg(at, span(c->period), date(request.atMs))
                  : tr("%1: its period %2 does not cover %3; it does not apply.")
                        .arg(at, span(c->period), date(request.atMs));
    case Rule::NoRules:
        return tr("%1 has no provision; it decides nothing.").arg(at);
    case Rule::Period:
        return ok ? tr("%1: period %2 covers %3.").arg(at, span(p->period), date(request.atMs))
                  : tr("%1: period %2 does not cover %3.")
                        .arg(at, span(p->period), date(request.atMs));
    case Rule::Actor: {
        QString who = request.actorReference;
        if (!request.actorRoles.isEmpty())
            who += (who.isEmpty() ? QString() : QStringLiteral(" ")) + u'(' +
                   codes(request.actorRoles) + u')';
        if (who.isEmpty())
            who = tr("nobody stated");
        return ok ? tr("%1: actor %2 matches the request's %3.").arg(at, actors(p->actors), who)
                  : tr("%1: actor %2 does not match the request's %3.")
                        .arg(at, actors(p->actors), who);
    }
    case Rule::Action:
        return ok ? tr("%1: action %2 matches %3.")
                        .arg(at, codes(p->actions), codes(request.actions))
                  : tr("%1: action %2 does not match %3.")
                        .arg(at, codes(p->actions), codes(request.actions));
    case Rule::Purpose: {
        if (!ok)
            return tr("%1: purpose %2 does not cover %3.")
                .arg(at, codes(p->purposes), codes(request.purposes()));
        for (const Coding& asked : request.purposes()) {
            for (const Coding& wanted : p->purposes) {
                if (asked.matches(wanted))
                    return tr("%1: purpose %2 matches.").arg(at, asked.code);
                if (PurposeOfUse::isA(asked.code, wanted.code))
                    return tr("%1: purpose %2 covers %3 (%4).")
                        .arg(at, wanted.code, asked.code,
                             PurposeOfUse::ancestry(asked.code).join(QStringLiteral(" → ")));
            }
        }
        return tr("%1: purpose %2 matches.").arg(at, codes(p->purposes));
    }
    case Rule::Class:
        return ok ? tr("%1: class %2 matches %3.").arg(at, codes(p->classes), request.resourceType)
                  : tr("%1: class %2 does not match %3.")
                        .arg(at, codes(p->classes), request.resourceType);
    case Rule::Code:
        return ok ? tr("%1: code %2 matches.").arg(at, codes(p->codes))
                  : tr("%1: code %2 is not among the data's codes %3.")
                        .arg(at, codes(p->codes), codes(request.codes));
    case Rule::SecurityLabel:
        return ok ? tr("%1: labels %2 match the data's %3.")
                        .arg(at, labelCondition(*p), codes(request.securityLabels))
                  : tr("%1: labels %2 do not match the data's %3.")
                        .arg(at, labelCondition(*p), codes(request.securityLabels));
    case Rule::DataPeriod:
        if (request.resourceDateMs == AccessRequest::noDate)
            return tr("%1: data period %2, but the data has no date.").arg(at, span(p->dataPeriod));
        return ok ? tr("%1: data dated %2 lies in %3.")
                        .arg(at, date(request.resourceDateMs), span(p->dataPeriod))
                  : tr("%1: data dated %2 lies outside %3.")
                        .arg(at, date(request.resourceDateMs), span(p->dataPeriod));
    case Rule::Data: {
        QStringList named;
        for (const ProvisionData& d : p->data)
            named << d.reference + u' ' + u'(' + meaningName(d.meaning) + u')';
        const QString data =
            request.resourceReference.isEmpty() ? tr("unnamed data") : request.resourceReference;
        return ok ? tr("%1: data %2 covers %3.").arg(at, named.join(QLatin1String(", ")), data)
                  : tr("%1: data %2 does not cover %3.")
                        .arg(at, named.join(QLatin1String(", ")), data);
    }
    case Rule::Applies:
        return ok ? tr("%1 applies.").arg(at) : tr("%1 does not apply.").arg(at);
    case Rule::Combined: {
        int deciding = 0;
        for (const ConsentOutcome& outcome : decision.outcomes)
            deciding += outcome.effect != ConsentEffect::NoDecision;
        if (deciding < 2)
            return tr("%1 decides.").arg(at);
        const bool denyOverrides =
            m_engine.policy().combining == ConsentPolicy::Combining::DenyOverrides;
        const QString how = denyOverrides ? tr("Deny overrides") : tr("Latest consent wins");
        return tr("%1: %2 decides.").arg(how, at);
    }
    case Rule::Default:
        return tr("No consent decides; the configured default is %1.")
            .arg(effectName(m_engine.policy().whenNoConsentApplies));
    }
    return {};
}

QList<ExplainedStep> DecisionExplainer::explain(const ConsentDecision& decision,
                                                const AccessRequest& request) const {
    QList<ExplainedStep> steps;
    for (const DecisionStep& step : decision.trace) {
        ExplainedStep e;
        e.consent = step.consent;
        e.provision = step.provision;
        e.text = stepText(step, decision, request);
        switch (step.rule) {
        case DecisionStep::Rule::Combined:
        case DecisionStep::Rule::Default:
            e.kind = ExplainedStep::Kind::Outcome;
            break;
        case DecisionStep::Rule::NoRules:
            e.kind = ExplainedStep::Kind::Note;
            break;
        default:
            e.kind = step.notGiven ? ExplainedStep::Kind::Note
                     : step.passed ? ExplainedStep::Kind::Passed
                                   : ExplainedStep::Kind::Failed;
        }
        steps << e;
    }
    if (decision.byClearance) {
        ExplainedStep e;
        e.kind = ExplainedStep::Kind::Outcome;
        e.text = tr("Denied by the clearance rule.");
        steps << e;
    }
    return steps;
}

QString DecisionExplainer::summary(const ConsentDecision& decision) const {
    QString effect = effectName(decision.effect);
    effect[0] = effect[0].toUpper();
    if (decision.byClearance)
        return tr("Deny: the data is more confidential than the user's clearance.");
    if (decision.byDefault)
        return tr("%1: no consent decides; this is the configured default.").arg(effect);
    const Consent& c = m_engine.consents()[size_t(decision.consent)];
    const Provision& p = c.provisions[size_t(decision.provision)];
    return tr("%1 by %2, %3 (%4).").arg(effect, c.reference, provisionTitle(p), conditions(p));
}

QString DecisionExplainer::matchedPath(const ConsentDecision& decision) const {
    if (decision.consent < 0)
        return {};
    const Consent& c = m_engine.consents()[size_t(decision.consent)];
    QStringList path;
    for (int i = decision.provision; i >= 0; i = c.provisions[size_t(i)].parent)
        path.prepend(c.provisions[size_t(i)].path);
    return c.reference + QStringLiteral(" › ") + path.join(QStringLiteral(" › "));
}

QJsonObject DecisionExplainer::toJson(const ConsentDecision& decision,
                                      const AccessRequest& request) const {
    QJsonArray trace;
    for (const ExplainedStep& step : explain(decision, request)) {
        static const char* const kinds[] = {"passed", "failed", "note", "outcome"};
        QJsonObject s{{QStringLiteral("kind"), QLatin1String(kinds[int(step.kind)])},
                      {QStringLiteral("text"), step.text}};
        if (step.consent >= 0)
            s.insert(QStringLiteral("consent"),
                     m_engine.consents()[size_t(step.consent)].reference);
        if (step.consent >= 0 && step.provision >= 0)
            s.insert(
                QStringLiteral("provision"),
                m_engine.consents()[size_t(step.consent)].provisions[size_t(step.provision)].path);
        trace.append(s);
    }
    static const char* const effects[] = {"permit", "deny", "no-decision"};
    QJsonObject json{{QStringLiteral("decision"), QLatin1String(effects[int(decision.effect)])},
                     {QStringLiteral("summary"), summary(decision)},
                     {QStringLiteral("byDefault"), decision.byDefault},
                     {QStringLiteral("byClearance"), decision.byClearance},
                     {QStringLiteral("trace"), trace}};
    if (decision.consent >= 0) {
        json.insert(QStringLiteral("consent"),
                    m_engine.consents()[size_t(decision.consent)].reference);
        json.insert(QStringLiteral("provision"), m_engine.consents()[size_t(decision.consent)]
                                                     .provisions[size_t(decision.provision)]
                                                     .path);
        json.insert(QStringLiteral("path"), matchedPath(decision));
    }
    return json;
}

} // namespace sightline
