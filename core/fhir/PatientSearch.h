#pragma once
// Finds patients on a FHIR server from what a user types: a birth date (yyyy-mm-dd), an
// identifier (an MRN, or the patient's FHIR id when no identifier matches) or a name.
//
// FHIR asks servers to match names ignoring case and accents, but some match accents exactly,
// so "garcia" would find nobody while "García" is there. When a name finds nobody, a second
// pass asks for every accented spelling of the name's first letters and keeps the patients
// whose names match what was typed ignoring accents (names::matchesTyped). That pass reads a
// bounded number of pages and says when it stopped early.
//
// Not thread-safe: use it on the thread of the FhirClient.

#include "common/Result.h"
#include "fhir/FhirClient.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace sightline {

class PatientSearch {
public:
    enum class Criterion { Name, BirthDate, Identifier };

    struct Found {
        QList<QJsonObject> patients;
        bool ignoringAccents = false; // found by the second pass
        bool incomplete = false;      // the second pass stopped at its page limit
        QString prefix;               // the second pass's folded prefix ("ga")
    };
    using Callback = std::function<void(const Result<Found>&)>;

    // How many pages of how many patients the second pass reads at most.
    static constexpr int kSecondPassPageSize = 100;
    static constexpr int kSecondPassPages = 5;
    // The second pass names at most this many spellings, so its request stays short.
    static constexpr int kMaxSpellings = 200;

    // What the typed text is taken for: yyyy-mm-dd is a birth date, text with a digit (or
    // starting "pat-") an identifier, anything else a name.
    static Criterion criterionFor(const QString& text);

    // The spellings the second pass asks for: every accented form of the first two letters of
    // the first word typed ("ga", "gá", "gà", …) and the two with an apostrophe between them
    // ("o'c" for O'Connor), or the first letter's forms alone when that would be too many.
    // Empty when the text does not start with a Latin letter.
    static QStringList spellingsFor(const QString& text);

    // Keeps the patients whose names match what was typed, ignoring case and accents.
    static QList<QJsonObject> matching(const QList<QJsonObject>& patients, const QString& text);

    // Searches and calls `callback` once, through `context`.
    static void find(FhirClient* client, const QString& text, QObject* context, Callback callback);
};

} // namespace sightline
