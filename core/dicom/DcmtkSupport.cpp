#include "dicom/DcmtkSupport.h"

#include "dicom/Iso2022Text.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcobject.h>
#include <dcmtk/dcmdata/dcostrmb.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcspchrs.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmnet/dcmtrans.h>
#include <dcmtk/dcmnet/dul.h>
#include <dcmtk/oflog/oflog.h>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <iterator>
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

QStringList charsetValues(const OFString& declared) {
    return QString::fromLatin1(declared.c_str()).split(QLatin1Char('\\'));
}

// An item's own Specific Character Set (PS3.5 6.1.2.5: one given in a sequence item applies to
// that item and the items below it), or `inherited`.
QStringList charsetOf(DcmItem& item, const QStringList& inherited) {
    OFString own;
    if (item.findAndGetOFStringArray(DCM_SpecificCharacterSet, own).good() && !own.empty())
        return charsetValues(own);
    return inherited;
}

bool isUnicodeOrAscii(const QStringList& charset) {
    return charset.isEmpty() || charset == QStringList{QString()} ||
           charset == QStringList{QStringLiteral("ISO_IR 192")} ||
           charset == QStringList{QStringLiteral("ISO_IR 6")};
}

// The character sets sequence items below `item` declare for themselves.
void collectItemCharsets(DcmItem& item, QList<QStringList>& found) {
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement* element = item.getElement(i);
        if (!element || element->ident() != EVR_SQ)
            continue;
        auto* sequence = static_cast<DcmSequenceOfItems*>(element);
        for (unsigned long k = 0; k < sequence->card(); ++k) {
            DcmItem* nested = sequence->getItem(k);
            OFString own;
            if (nested->findAndGetOFStringArray(DCM_SpecificCharacterSet, own).good() &&
                !own.empty())
                found << charsetValues(own);
            collectItemCharsets(*nested, found);
        }
    }
}

// Every text value below `item` decoded from the character set in force for it (its own, or
// `inherited`); false when one could not be. An item decoded whole then declares UTF-8.
bool decodeItems(DcmItem& item, const QStringList& inherited, bool topLevel) {
    const QStringList charset = charsetOf(item, inherited);
    const bool unicode = isUnicodeOrAscii(charset);
    // Single character sets (and those DCMTK can switch between) through DCMTK's converter,
    // code extensions it cannot read through Iso2022Text.
    const bool extensions = Iso2022Text::isNeededFor(charset);
    DcmSpecificCharacterSet converter;
    bool converterReady = false;
    if (!unicode && !extensions)
        converterReady = converter
                             .selectCharacterSet(
                                 OFString(charset.join(QLatin1Char('\\')).toLatin1().constData()))
                             .good();
    bool all = true;
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement* element = item.getElement(i);
        if (!element)
            continue;
        if (element->ident() == EVR_SQ) {
            auto* sequence = static_cast<DcmSequenceOfItems*>(element);
            for (unsigned long k = 0; k < sequence->card(); ++k)
                all = decodeItems(*sequence->getItem(k), charset, false) && all;
            continue;
        }
        char* raw = nullptr;
        if (unicode || !hasCharacterSet(element->ident()) || element->getString(raw).bad() || !raw)
            continue;
        const QByteArray bytes(raw, qsizetype(element->getLength()));
        if (extensions) {
            const auto text = Iso2022Text::decode(bytes, charset);
            if (text)
                element->putString(text->toUtf8().constData());
            else
                all = false;
            continue;
        }
        OFString converted;
        if (converterReady &&
            converter.convertString(bytes.constData(), size_t(bytes.size()), converted).good())
            element->putString(converted.c_str());
        else
            all = false;
    }
    if (all && !topLevel && item.tagExists(DCM_SpecificCharacterSet))
        item.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
    return all;
}

} // namespace

bool convertToUtf8(DcmDataset& dataset) {
    OFString declared;
    dataset.findAndGetOFStringArray(DCM_SpecificCharacterSet, declared);
    const QStringList charset = charsetValues(declared);
    QList<QStringList> itemCharsets;
    collectItemCharsets(dataset, itemCharsets);
    if (isUnicodeOrAscii(charset) && itemCharsets.isEmpty())
        return true; // nothing to convert (and skipping saves most of a parse)
    bool needsDecoder = Iso2022Text::isNeededFor(charset);
    for (const QStringList& own : itemCharsets)
        needsDecoder = needsDecoder || Iso2022Text::isNeededFor(own) || own != charset;
    // DCMTK converts a dataset from the one character set its top level declares; items that
    // declare their own, and ISO 2022 code extensions, are decoded item by item here.
    if (!needsDecoder)
        return dataset.convertToUTF8().good();
    const bool all = decodeItems(dataset, charset, true);
    if (all) // else some text is still in the declared set: the declaration stays
        dataset.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
    return all;
}

namespace {
// DCMTK keeps a connection's descriptor to itself (getSocket() is protected); a member pointer
// formed in a derived class reads it without touching anything else.
struct SocketOf : DcmTransportConnection {
    static DcmNativeSocketType of(DcmTransportConnection& connection) {
        return (connection.*(&SocketOf::getSocket))();
    }
};
} // namespace

int socketOf(T_ASC_Association* association) {
    if (!association)
        return -1;
    DcmTransportConnection* connection = DUL_getTransportConnection(association->DULassociation);
    return connection ? int(SocketOf::of(*connection)) : -1;
}

void sendAtOnce(T_ASC_Association* association) {
    const int socket = socketOf(association);
    const int on = 1;
    if (socket >= 0)
        (void)::setsockopt(socket, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}

bool sendsAtOnce(T_ASC_Association* association) {
    const int socket = socketOf(association);
    int on = 0;
    socklen_t size = sizeof on;
    return socket >= 0 && ::getsockopt(socket, IPPROTO_TCP, TCP_NODELAY, &on, &size) == 0 &&
           on != 0;
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

QByteArray part10MetaHeader(const char* sopClass, const char* sopInstance,
                            const char* transferSyntax) {
    const E_TransferSyntax xfer = DcmXfer(transferSyntax).getXfer();
    if (xfer == EXS_Unknown)
        return {};
    DcmFileFormat file;
    DcmMetaInfo* meta = file.getMetaInfo();
    meta->putAndInsertString(DCM_MediaStorageSOPClassUID, sopClass);
    meta->putAndInsertString(DCM_MediaStorageSOPInstanceUID, sopInstance);
    meta->putAndInsertString(DCM_TransferSyntaxUID, transferSyntax);
    if (file.validateMetaInfo(xfer).bad())
        return {};
    // The meta header alone (preamble, "DICM", group 0002 in explicit VR little endian): the
    // data set follows as it came, in its own syntax, never through the parser.
    QByteArray bytes(65536, Qt::Uninitialized);
    DcmOutputBufferStream out(bytes.data(), offile_off_t(bytes.size()));
    meta->transferInit();
    const OFCondition written =
        meta->write(out, META_HEADER_DEFAULT_TRANSFERSYNTAX, EET_ExplicitLength, nullptr);
    meta->transferEnd();
    if (written.bad())
        return {};
    void* buffer = nullptr;
    offile_off_t length = 0;
    out.flushBuffer(buffer, length);
    bytes.truncate(qsizetype(length));
    return bytes;
}

const char* const* keptTransferSyntaxes(int* count) {
    static const char* const kept[] = {UID_LittleEndianExplicitTransferSyntax,
                                       UID_LittleEndianImplicitTransferSyntax,
                                       UID_BigEndianExplicitTransferSyntax,
                                       UID_DeflatedExplicitVRLittleEndianTransferSyntax,
                                       UID_JPEGProcess1TransferSyntax,
                                       UID_JPEGProcess2_4TransferSyntax,
                                       UID_JPEGProcess14SV1TransferSyntax,
                                       UID_JPEGProcess14TransferSyntax,
                                       UID_JPEGLSLosslessTransferSyntax,
                                       UID_JPEGLSLossyTransferSyntax,
                                       UID_RLELosslessTransferSyntax,
                                       UID_JPEG2000LosslessOnlyTransferSyntax,
                                       UID_JPEG2000TransferSyntax};
    *count = int(std::size(kept));
    return kept;
}

} // namespace sightline::dcmtk
