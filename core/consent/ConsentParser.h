#pragma once
// Reads FHIR Consent resources of the R4 shape (provision object with `type`, nested provisions)
// and the R5 shape (Consent.decision, provisions without type, alternating as exceptions) into
// Consent values. Tolerant where the meaning stays clear (missing system, unknown codes: kept
// as warnings); an error, naming the provision, where guessing could change a decision
// (malformed dates, an invalid type, trees deeper than maxDepth). Pure functions; thread-safe.

#include "common/Result.h"
#include "consent/Consent.h"

#include <QCoreApplication>

namespace sightline {

class ConsentParser {
    Q_DECLARE_TR_FUNCTIONS(ConsentParser)

public:
    static constexpr int maxDepth = 32;
    static constexpr int maxProvisions = 5000;

    static Result<Consent> parse(const QJsonObject& resource);
    static Result<Consent> parse(const QByteArray& json);
};

} // namespace sightline
