#pragma once
// DICOM text in ISO 2022 code extension (PS3.5 6.1.2.5, Annexes H–J) as Unicode: Japanese
// (ISO 2022 IR 13, 87, 159), Korean (IR 149), Chinese (IR 58) and the single-byte sets mixed by
// escape sequences. DCMTK 3.6.7 on glibc cannot convert IR 87 and IR 159 at all and left such
// names as raw escape sequences; this decoder splits the value at its escape sequences and hands
// each run to glibc's iconv for the character set it names (the tables stay the C library's).
// Stateless; thread-safe.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace sightline {

class Iso2022Text {
public:
    // Whether a Specific Character Set (0008,0005, its values) needs this decoder: it names a
    // set that is switched by escape sequences and DCMTK cannot convert.
    static bool isNeededFor(const QStringList& specificCharacterSet);
    // `bytes` decoded under `specificCharacterSet`; empty when an escape sequence or a byte
    // cannot be read in the set in force.
    static std::optional<QString> decode(const QByteArray& bytes,
                                         const QStringList& specificCharacterSet);
};

} // namespace sightline
