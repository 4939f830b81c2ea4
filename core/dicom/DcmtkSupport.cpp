#include "dicom/DcmtkSupport.h"

#include "dicom/Iso2022Text.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcobject.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/oflog/oflog.h>

#include <mutex>

namespace sightline::dcmtk {

OFCondition readFromMemory(DcmFileFormat& file, const QByteArray& bytes) {
    DcmInputBufferStream stream;
    stream.setBuffer(bytes.constData(), offile_off_t(bytes.size()));
    stream.setEos();
    file.transferInit();
    const OFCondition read = file.read(stream, EXS_Unknown, EGL_noChange);
    file.transferEnd();
    return read;
}

namespace {

bool hasCharacterSet(DcmEVR vr) {
    return vr == EVR_PN || vr == EVR_LO || vr == EVR_SH || vr == EVR_ST || vr == EVR_LT ||
           vr == EVR_UT || vr == EVR_UC;
}

// Every text value below `item` decoded with Iso2022Text; false when one could not be.
bool decodeIso2022(DcmItem& item, const QStringList& charset) {
    bool all = true;
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement* element = item.getElement(i);
        if (!element)
            continue;
        if (element->ident() == EVR_SQ) {
            auto* sequence = static_cast<DcmSequenceOfItems*>(element);
            for (unsigned long k = 0; k < sequence->card(); ++k)
                all = decodeIso2022(*sequence->getItem(k), charset) && all;
            continue;
        }
        char* raw = nullptr;
        if (!hasCharacterSet(element->ident()) || element->getString(raw).bad() || !raw)
            continue;
        const auto text =
            Iso2022Text::decode(QByteArray(raw, qsizetype(element->getLength())), charset);
        if (text)
            element->putString(text->toUtf8().constData());
        else
            all = false;
    }
    return all;
}

} // namespace

bool convertToUtf8(DcmDataset& dataset) {
    OFString declared;
    dataset.findAndGetOFStringArray(DCM_SpecificCharacterSet, declared);
    if (declared.empty() || declared == "ISO_IR 192" || declared == "ISO_IR 6")
        return true; // nothing to convert (and skipping saves most of a parse)
    const QStringList charset = QString::fromLatin1(declared.c_str()).split(QLatin1Char('\\'));
    if (!Iso2022Text::isNeededFor(charset))
        return dataset.convertToUTF8().good();
    const bool all = decodeIso2022(dataset, charset);
    if (all) // else some text is still in the declared set: the declaration stays
        dataset.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
    return all;
}

void configureOnce() {
    static std::once_flag once;
    std::call_once(once, [] {
        OFLog::configure(OFLogger::OFF_LOG_LEVEL);
        dcmEnableUnknownVRConversion.set(OFTrue);
    });
}

void registerCodecsOnce() {
    configureOnce();
    static std::once_flag once;
    std::call_once(once, [] {
        DJDecoderRegistration::registerCodecs();
        DJLSDecoderRegistration::registerCodecs();
        DcmRLEDecoderRegistration::registerCodecs();
    });
}

} // namespace sightline::dcmtk
