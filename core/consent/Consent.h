#pragma once
// A FHIR Consent as Sightline reads it, R4 or R5 shape alike: what the list shows (status, scope,
// category, date, policy, period, organisations) and the provision tree the engine evaluates.
// Problems that did not stop parsing are kept as warnings. Pure value; thread-safe.

#include "consent/Provision.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>
#include <vector>

namespace sightline {

struct Consent {
    enum class Shape { R4, R5 };

    QString id;
    QString reference; // "Consent/<id>"
    Shape shape = Shape::R4;
    QString status;
    QString scope;
    QStringList categories;
    QString patient;  // "Patient/<id>"
    QString dateText; // dateTime (R4) or date (R5), as written
    qint64 dateMs = std::numeric_limits<qint64>::min();
    QStringList policies; // policyRule codes, policy URIs, R5 policyBasis
    TimeSpan period;      // R5 Consent.period; R4 consents state validity in provision 1
    QStringList organizations;
    std::vector<Provision> provisions; // [0] is the root; empty when the consent has none
    QStringList warnings;
    QJsonObject json;

    bool isActive() const { return status == QLatin1String("active"); }
    const Provision* root() const { return provisions.empty() ? nullptr : &provisions.front(); }
};

} // namespace sightline

Q_DECLARE_METATYPE(sightline::Consent)
