#pragma once
// One rule of a Consent: permit or deny when every condition it states holds (unstated conditions
// match anything). Nested provisions are exceptions to their parent. Provisions of a Consent live
// in one flat vector (Consent::provisions) with parent/child indices, so the engine walks them
// without recursion and a trace names a provision by index. Pure value; thread-safe.

#include "consent/Coding.h"
#include "fhir/FhirDate.h"

#include <QList>
#include <QString>

#include <limits>

namespace sightline {

struct TimeSpan {
    qint64 startMs = std::numeric_limits<qint64>::min();
    qint64 endMs = std::numeric_limits<qint64>::max();
    QString startText; // as written, for explanations
    QString endText;

    bool isSet() const { return !startText.isEmpty() || !endText.isEmpty(); }
    bool contains(qint64 ms) const { return ms >= startMs && ms <= endMs; }
};

struct ProvisionActor {
    QList<Coding> roles;
    QString reference; // "Organization/radiology"
};

struct ProvisionData {
    enum class Meaning { Instance, Related, Dependents, AuthoredBy };
    Meaning meaning = Meaning::Instance;
    QString reference;
};

struct Provision {
    enum class Type : quint8 { Permit, Deny, None };

    Type type = Type::None;
    bool typeInferred = false; // R5, or an R4 provision that omitted `type`
    int parent = -1;
    int depth = 0;
    QList<int> children;
    QString path; // "1", "1.2", "1.2.1": the position shown to users

    TimeSpan period;
    QList<ProvisionActor> actors;
    QList<Coding> actions;
    QList<Coding> securityLabels;
    QList<Coding> purposes;
    QList<Coding> classes; // resource types (R4 class, R5 resourceType) or document classes
    QList<Coding> codes;
    TimeSpan dataPeriod;
    QList<ProvisionData> data;

    bool hasConditions() const {
        return period.isSet() || !actors.isEmpty() || !actions.isEmpty() ||
               !securityLabels.isEmpty() || !purposes.isEmpty() || !classes.isEmpty() ||
               !codes.isEmpty() || dataPeriod.isSet() || !data.isEmpty();
    }
    static Type opposite(Type type) {
        return type == Type::Permit ? Type::Deny : type == Type::Deny ? Type::Permit : Type::None;
    }
};

} // namespace sightline
