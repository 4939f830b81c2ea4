#pragma once
// A FHIR date, dateTime or instant ("2026", "2026-03", "2026-03-05", "2026-03-05T10:00:00Z") as
// the span of time it denotes, so partial dates compare the way FHIR means them: "2027" as an
// end includes all of 2027. Pure value; thread-safe.

#include <QStringView>

#include <optional>

namespace sightline {

struct FhirDate {
    qint64 firstMs = 0; // first millisecond covered (UTC, since the epoch)
    qint64 lastMs = 0;  // last millisecond covered, inclusive

    // Empty when the text is not a FHIR date/dateTime/instant. A date without a time is taken
    // as UTC; a time must carry a zone (FHIR requires one).
    static std::optional<FhirDate> parse(QStringView text);
};

} // namespace sightline
