#include "dicom/Iso2022Text.h"

#include <QHash>

#include <iconv.h>

#include <vector>

namespace sightline {

namespace {

// A character set as designated to G0 (7-bit bytes) or G1 (bytes with the high bit set), with
// the name glibc's iconv knows it by and the escape that wraps a run for iconv.
struct CodeSet {
    const char* iconvName = nullptr; // nullptr: ASCII (G0) or none (G1)
    QByteArray wrapStart;            // for 7-bit multi-byte sets, the ISO-2022-JP designation
    bool halfwidthKatakana = false;  // JIS X 0201 katakana in G1: mapped directly
};

struct Designation {
    const char* escape; // after ESC
    int g;              // 0 or 1
    CodeSet set;
};

const std::vector<Designation>& designations() {
    static const std::vector<Designation> all{
        {"(B", 0, {}},                                                      // ISO 646 (IR 6)
        {"(J", 0, {}},                                                      // JIS X 0201 Romaji
        {"$B", 0, {"ISO-2022-JP", QByteArrayLiteral("\x1b$B"), false}},     // JIS X 0208 (IR 87)
        {"$(D", 0, {"ISO-2022-JP-2", QByteArrayLiteral("\x1b$(D"), false}}, // JIS X 0212
        {")I", 1, {nullptr, {}, true}},                                     // JIS X 0201 katakana
        {"$)C", 1, {"EUC-KR", {}, false}},                                  // KS X 1001 (IR 149)
        {"$)A", 1, {"GB2312", {}, false}},                                  // GB 2312 (IR 58)
        {"-A", 1, {"ISO-8859-1", {}, false}},
        {"-B", 1, {"ISO-8859-2", {}, false}},
        {"-C", 1, {"ISO-8859-3", {}, false}},
        {"-D", 1, {"ISO-8859-4", {}, false}},
        {"-L", 1, {"ISO-8859-5", {}, false}},
        {"-G", 1, {"ISO-8859-6", {}, false}},
        {"-F", 1, {"ISO-8859-7", {}, false}},
        {"-H", 1, {"ISO-8859-8", {}, false}},
        {"-M", 1, {"ISO-8859-9", {}, false}},
        {"-T", 1, {"TIS-620", {}, false}},
    };
    return all;
}

// The G1 set a single-byte defined term starts with ("ISO 2022 IR 100" → Latin-1).
CodeSet initialG1(const QString& term) {
    static const QHash<QString, const char*> escapes{
        {QStringLiteral("ISO 2022 IR 100"), "-A"}, {QStringLiteral("ISO 2022 IR 101"), "-B"},
        {QStringLiteral("ISO 2022 IR 109"), "-C"}, {QStringLiteral("ISO 2022 IR 110"), "-D"},
        {QStringLiteral("ISO 2022 IR 144"), "-L"}, {QStringLiteral("ISO 2022 IR 127"), "-G"},
        {QStringLiteral("ISO 2022 IR 126"), "-F"}, {QStringLiteral("ISO 2022 IR 138"), "-H"},
        {QStringLiteral("ISO 2022 IR 148"), "-M"}, {QStringLiteral("ISO 2022 IR 166"), "-T"},
        {QStringLiteral("ISO 2022 IR 13"), ")I"}};
    const char* escape = escapes.value(term.trimmed());
    for (const Designation& d : designations()) {
        if (escape && qstrcmp(d.escape, escape) == 0)
            return d.set;
    }
    return {};
}

std::optional<QString> viaIconv(const char* from, const QByteArray& bytes) {
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == iconv_t(-1))
        return std::nullopt;
    QByteArray out(bytes.size() * 4 + 16, Qt::Uninitialized);
    char* in = const_cast<char*>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char* outPtr = out.data();
    size_t outLeft = size_t(out.size());
    const size_t converted = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
    iconv(cd, nullptr, nullptr, &outPtr, &outLeft); // flush a stateful decoder
    iconv_close(cd);
    if (converted == size_t(-1) || inLeft != 0)
        return std::nullopt;
    out.truncate(out.size() - qsizetype(outLeft));
    return QString::fromUtf8(out);
}

bool isDelimiter(char c) {
    // The initial designations come back after these (PS3.5 6.1.2.5.3).
    return c == '\\' || c == '^' || c == '=' || c == '\r' || c == '\n' || c == '\f' || c == '\t';
}

} // namespace

bool Iso2022Text::isNeededFor(const QStringList& specificCharacterSet) {
    for (const QString& term : specificCharacterSet) {
        const QString t = term.trimmed();
        if (t == QLatin1String("ISO 2022 IR 87") || t == QLatin1String("ISO 2022 IR 159") ||
            t == QLatin1String("ISO 2022 IR 13") || t == QLatin1String("ISO 2022 IR 149") ||
            t == QLatin1String("ISO 2022 IR 58"))
            return true;
    }
    return false;
}

std::optional<QString> Iso2022Text::decode(const QByteArray& bytes,
                                           const QStringList& specificCharacterSet) {
    const QString first = specificCharacterSet.value(0).trimmed();
    const CodeSet startG0 = {};
    const CodeSet startG1 = initialG1(first);
    CodeSet g0 = startG0;
    CodeSet g1 = startG1;
    QString out;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const char c = bytes.at(i);
        if (c == '\x1b') {
            // ESC, intermediate bytes (0x20–0x2F), a final byte (0x30–0x7E).
            qsizetype end = i + 1;
            while (end < bytes.size() && bytes.at(end) >= 0x20 && bytes.at(end) <= 0x2F)
                ++end;
            if (end >= bytes.size())
                return std::nullopt;
            const QByteArray escape = bytes.mid(i + 1, end - i);
            bool known = false;
            for (const Designation& d : designations()) {
                if (escape == d.escape) {
                    (d.g == 0 ? g0 : g1) = d.set;
                    known = true;
                    break;
                }
            }
            if (!known)
                return std::nullopt;
            i = end + 1;
            continue;
        }
        const bool high = (uchar(c) & 0x80) != 0;
        if (!high && !g0.iconvName) { // ASCII (or Romaji, read as ASCII: DICOM's delimiters)
            out += QLatin1Char(c);
            if (isDelimiter(c)) {
                g0 = startG0;
                g1 = startG1;
            }
            ++i;
            continue;
        }
        // A run in one set: up to the next escape, or the next byte of the other half.
        qsizetype end = i;
        while (end < bytes.size() && bytes.at(end) != '\x1b' &&
               ((uchar(bytes.at(end)) & 0x80) != 0) == high &&
               (high || uchar(bytes.at(end)) >= 0x21))
            ++end;
        if (end == i) { // a control byte inside a multi-byte G0 run
            out += QLatin1Char(c);
            ++i;
            continue;
        }
        const QByteArray run = bytes.mid(i, end - i);
        const CodeSet& set = high ? g1 : g0;
        std::optional<QString> text;
        if (set.halfwidthKatakana) {
            QString katakana;
            for (const char b : run) {
                if (uchar(b) < 0xA1 || uchar(b) > 0xDF)
                    return std::nullopt;
                katakana += QChar(0xFF61 + (uchar(b) - 0xA1));
            }
            text = katakana;
        } else if (set.iconvName) {
            text = viaIconv(set.iconvName, set.wrapStart.isEmpty()
                                               ? run
                                               : set.wrapStart + run + QByteArrayLiteral("\x1b(B"));
        }
        if (!text)
            return std::nullopt;
        out += *text;
        i = end;
    }
    return out;
}

} // namespace sightline
