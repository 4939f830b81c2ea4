#include "dicom/DicomDictionary.h"

#include "dicom/DcmtkSupport.h"

#include <dcmtk/dcmdata/dcdicent.h>
#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/dcmdata/dctag.h>

#include <QRegularExpression>

namespace sightline {

std::optional<DicomTagNumber> DicomDictionary::tagOf(const QString& keywordOrTag) {
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{8}$"));
    if (hex.match(keywordOrTag).hasMatch()) {
        const uint value = keywordOrTag.toUInt(nullptr, 16);
        return DicomTagNumber{quint16(value >> 16), quint16(value & 0xFFFF)};
    }
    // Keywords are letters and digits; anything else (a sequence path "A.B", spaces) is not one.
    static const QRegularExpression keyword(QStringLiteral("^[A-Za-z][A-Za-z0-9]{0,63}$"));
    if (!keyword.match(keywordOrTag).hasMatch())
        return std::nullopt;
    dcmtk::configureOnce();
    DcmTag tag;
    if (DcmTag::findTagFromName(keywordOrTag.toLatin1().constData(), tag).bad())
        return std::nullopt;
    return DicomTagNumber{tag.getGroup(), tag.getElement()};
}

bool DicomDictionary::isUid(DicomTagNumber tag) {
    dcmtk::configureOnce();
    const DcmTag known(tag.group, tag.element);
    return known.getEVR() == EVR_UI;
}

bool DicomDictionary::isSequence(DicomTagNumber tag) {
    dcmtk::configureOnce();
    const DcmTag known(tag.group, tag.element);
    return known.getEVR() == EVR_SQ;
}

} // namespace sightline
