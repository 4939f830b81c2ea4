#pragma once
// Turns a ConsentDecision's trace into sentences a user can follow ("Provision 1.1 (deny)
// applies: the data carries PSY"), a one-line summary, the matched provision path and a JSON
// form for the command line. Reads the engine it explains; thread-safe like the engine.

#include "consent/ConsentEngine.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sightline {

struct ExplainedStep {
    enum class Kind { Passed, Failed, Note, Outcome };
    Kind kind = Kind::Note;
    QString text;
    int consent = -1;
    int provision = -1;
};

class DecisionExplainer {
    Q_DECLARE_TR_FUNCTIONS(DecisionExplainer)

public:
    explicit DecisionExplainer(const ConsentEngine& engine)
        : m_engine(engine) {}

    QList<ExplainedStep> explain(const ConsentDecision& decision,
                                 const AccessRequest& request) const;
    QString summary(const ConsentDecision& decision) const;
    // "Consent/x › 1 › 1.1": the deciding provision and its ancestors; empty when none decided.
    QString matchedPath(const ConsentDecision& decision) const;
    QJsonObject toJson(const ConsentDecision& decision, const AccessRequest& request) const;

    static QString effectName(ConsentEffect effect);
    static QString provisionTitle(const Provision& provision);
    // "permit, purpose TREAT, HRESCH; labels PSY, ETH": what a provision states, for tree views.
    static QString conditions(const Provision& provision);
    // The request field a rule looks at ("data date"), for rules a question can leave open.
    static QString fieldName(DecisionStep::Rule rule);

private:
    QString stepText(const DecisionStep& step, const ConsentDecision& decision,
                     const AccessRequest& request) const;
    QString where(int consent, int provision) const;

    const ConsentEngine& m_engine;
};

} // namespace sightline
