#pragma once
// Names compared as people read them when they search: "García" and "garcia", "Åsa" and "asa",
// "Nguyễn" and "nguyen", "O'Connor" and "oconnor" are the same. FHIR asks servers to match
// names this way; these functions let Sightline do it where a server does not. Pure functions,
// thread-safe.

#include <QChar>
#include <QString>
#include <QStringList>

namespace sightline::names {

// Lower case without accents or apostrophes; letters without a decomposition are spelled in
// plain Latin (ß → ss, ø → o, æ → ae, œ → oe, ł → l, đ → d, ı → i, þ → th).
QString fold(const QString& text);

// The words of a name or of what a user typed, folded, split at spaces, commas and hyphens
// ("Smith-Jones" gives "smith" and "jones").
QStringList foldedWords(const QString& text);

// True when every word typed begins one of the name's words, ignoring case and accents
// ("gar mar" matches "García, María José").
bool matchesTyped(const QStringList& nameWords, const QStringList& typedWords);

// The lower-case letters of European and Vietnamese names (Latin-1, Latin Extended-A, and the
// Vietnamese letters) that fold to `plain`, `plain` itself first: 'n' gives n ñ ń ņ ň ….
// Empty for anything but a–z.
QStringList spellingsOf(QChar plain);

} // namespace sightline::names
