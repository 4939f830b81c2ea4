#pragma once
// What Sightline knows about FHIR security labels: the confidentiality scale U < L < M < N < R < V
// (v3-Confidentiality), sensitivity codes (v3-ActCode: ETH, PSY, HIV …) with readable names, and
// reading `meta.security` from a resource. Pure functions; thread-safe.

#include "consent/Coding.h"

#include <QJsonObject>

namespace sightline {

class SecurityLabels {
public:
    static const QString confidentialitySystem; // v3-Confidentiality
    static const QString actCodeSystem;         // v3-ActCode (sensitivity, policy)

    // 0 (U) … 5 (V); -1 when `code` is not a confidentiality code.
    static int confidentialityRank(const QString& code);
    static QString confidentialityCode(int rank);
    static bool isConfidentiality(const Coding& label);
    // The highest confidentiality among `labels`; N (3) when none is given, as FHIR advises
    // treating unlabelled data as normal.
    static int effectiveConfidentiality(const QList<Coding>& labels);
    // A readable name: "restricted", "psychiatry information sensitivity" …; the code itself
    // when unknown.
    static QString describe(const Coding& label);
    static bool isKnownSensitivity(const QString& code);
    static QList<Coding> fromResource(const QJsonObject& resource);
};

} // namespace sightline
