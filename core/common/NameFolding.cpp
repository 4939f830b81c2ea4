#include "common/NameFolding.h"

#include <QHash>
#include <QRegularExpression>

namespace sightline::names {

namespace {

// Letters Unicode does not decompose into a base letter and marks.
QString plainSpelling(QChar c) {
    switch (c.unicode()) {
    case 0x00DF:
        return QStringLiteral("ss"); // ß
    case 0x00E6:
        return QStringLiteral("ae"); // æ
    case 0x0153:
        return QStringLiteral("oe"); // œ
    case 0x00F8:
        return QStringLiteral("o"); // ø
    case 0x0142:
        return QStringLiteral("l"); // ł
    case 0x0111:
        return QStringLiteral("d"); // đ
    case 0x0131:
        return QStringLiteral("i"); // dotless ı
    case 0x00FE:
        return QStringLiteral("th"); // þ
    case 0x00F0:
        return QStringLiteral("d"); // ð
    case 0x0127:
        return QStringLiteral("h"); // ħ
    default:
        return {};
    }
}

bool isApostrophe(QChar c) {
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC) ||
           c == QLatin1Char('`') || c == QChar(0x00B4);
}

} // namespace

QString fold(const QString& text) {
    const QString decomposed = text.toCaseFolded().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || isApostrophe(c))
            continue;
        const QString plain = plainSpelling(c);
        if (!plain.isEmpty())
            out += plain;
        else
            out += c;
    }
    return out;
}

QStringList foldedWords(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[\\s,;\\-\\x{2010}\\x{2011}]+"));
    return fold(text).split(separators, Qt::SkipEmptyParts);
}

bool matchesTyped(const QStringList& nameWords, const QStringList& typedWords) {
    if (typedWords.isEmpty())
        return false;
    for (const QString& typed : typedWords) {
        bool found = false;
        for (const QString& word : nameWords)
            found = found || word.startsWith(typed);
        if (!found)
            return false;
    }
    return true;
}

QStringList spellingsOf(QChar plain) {
    // Built once from Unicode itself rather than a hand-written table.
    static const QHash<QChar, QStringList> table = [] {
        QHash<QChar, QStringList> t;
        for (char16_t c = u'a'; c <= u'z'; ++c)
            t[QChar(c)] << QString(QChar(c));
        const auto add = [&t](char16_t from, char16_t to) {
            for (char16_t code = from; code <= to; ++code) {
                const QChar c(code);
                if (!c.isLetter() || !c.isLower())
                    continue;
                const QString folded = fold(QString(c));
                if (folded.size() == 1 && folded.at(0) >= QLatin1Char('a') &&
                    folded.at(0) <= QLatin1Char('z') && folded.at(0) != c)
                    t[folded.at(0)] << QString(c);
            }
        };
        // The letters of European and Vietnamese names; the rest of Latin Extended-B and
        // Additional (transliteration, phonetics) would only make the second pass's request
        // longer.
        add(0x00C0, 0x017F); // Latin-1 Supplement letters and Latin Extended-A
        add(0x01A0, 0x01B0); // Vietnamese ơ and ư (and their neighbours, which fold elsewhere)
        add(0x1EA0, 0x1EF9); // Vietnamese letters with tone marks
        return t;
    }();
    return table.value(plain);
}

} // namespace sightline::names
