#pragma once
// DICOM's data dictionary, for the names people and viewers use for attributes: a keyword
// ("PatientName") or a tag written as eight hex digits ("00100010") becomes a tag, as a QIDO-RS
// query names them (PS3.18 8.3.4.1). DCMTK's dictionary answers.

#include <QString>

#include <optional>

namespace sightline {

struct DicomTagNumber {
    quint16 group = 0;
    quint16 element = 0;
    bool operator==(const DicomTagNumber&) const = default;
};

class DicomDictionary {
public:
    // nullopt for a name the dictionary does not know and for anything else.
    static std::optional<DicomTagNumber> tagOf(const QString& keywordOrTag);
    // Whether the attribute's values are UIDs (VR UI): a QIDO-RS list of them is comma-separated.
    static bool isUid(DicomTagNumber tag);
    // Whether the attribute is a sequence (VR SQ): no text value to match or return.
    static bool isSequence(DicomTagNumber tag);
};

} // namespace sightline
