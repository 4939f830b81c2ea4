#include "dicom/DicomWebEncoder.h"

#include "dicom/DcmtkSupport.h"

#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcjson.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QObject>

#include <cstdio>
#include <memory>
#include <sstream>

namespace sightline {

namespace {

// Compact DICOM JSON whose large binary values point at the gateway instead of being inlined.
class GatewayJsonFormat : public DcmJsonFormatCompact {
public:
    GatewayJsonFormat(DcmDataset* dataset, std::string bulkBase, unsigned long inlineLimit)
        : DcmJsonFormatCompact(OFFalse)
        , m_dataset(dataset)
        , m_bulkBase(std::move(bulkBase))
        , m_inlineLimit(inlineLimit) {}

    OFBool asBulkDataURI(const DcmTagKey& tag, OFString& uri) override {
        DcmElement* element = nullptr;
        const bool large =
            tag == DCM_PixelData || (m_dataset->findAndGetElement(tag, element).good() && element &&
                                     element->getLength() > m_inlineLimit);
        if (!large)
            return OFFalse;
        char key[9];
        std::snprintf(key, sizeof key, "%04X%04X", tag.getGroup(), tag.getElement());
        uri = OFString((m_bulkBase + "/" + key).c_str());
        return OFTrue;
    }

private:
    DcmDataset* m_dataset;
    std::string m_bulkBase;
    unsigned long m_inlineLimit;
};

Result<std::unique_ptr<DcmFileFormat>> load(const QString& path) {
    auto file = std::make_unique<DcmFileFormat>();
    const OFCondition loaded = file->loadFile(OFFilename(path.toLocal8Bit().constData()));
    if (loaded.bad())
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("A cached DICOM file cannot be read"),
                           QString::fromLatin1(loaded.text()));
    return file;
}

} // namespace

QString DicomWebEncoder::mediaTypeFor(const QString& ts) {
    const DcmXfer xfer(ts.toLatin1().constData());
    if (!xfer.isEncapsulated())
        return QStringLiteral("application/octet-stream");
    if (ts == QLatin1String(UID_JPEGLSLosslessTransferSyntax) ||
        ts == QLatin1String(UID_JPEGLSLossyTransferSyntax))
        return QStringLiteral("image/jls");
    if (ts == QLatin1String(UID_RLELosslessTransferSyntax))
        return QStringLiteral("image/dicom-rle");
    if (ts.startsWith(QLatin1String("1.2.840.10008.1.2.4.9")))
        return QStringLiteral("image/jp2");
    if (ts.startsWith(QLatin1String("1.2.840.10008.1.2.4.10")))
        return QStringLiteral("video/mpeg");
    return QStringLiteral("image/jpeg");
}

Result<QByteArray> DicomWebEncoder::metadata(const QString& path, const QString& bulkBase,
                                             int inlineLimit) {
    auto file = load(path);
    if (!file)
        return file.error();
    DcmDataset* dataset = file.value()->getDataset();
    // DICOM JSON is UTF-8 (PS3.18 F.2), while files often use Latin-1 and other character sets:
    // convert what the Specific Character Set declares. A file whose bytes do not match what it
    // declares cannot be converted; its strings are repaired below.
    (void)dataset->convertToUTF8();
    GatewayJsonFormat format(dataset, bulkBase.toStdString(), unsigned(std::max(0, inlineLimit)));
    std::ostringstream out;
    const OFCondition written = dataset->writeJson(out, format);
    if (written.bad())
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("A cached DICOM file cannot be written as DICOM JSON"),
                           QString::fromLatin1(written.text()));
    QByteArray json = QByteArray::fromStdString(out.str()).trimmed();
    if (!json.startsWith('{')) // DCMTK writes a dataset's members without the enclosing braces
        json = '{' + json + '}';
    // Bytes that are not UTF-8 can only be inside string values (the structure is ASCII): each
    // becomes U+FFFD, so viewers always get valid JSON.
    if (!json.isValidUtf8())
        json = QString::fromUtf8(json).toUtf8();
    return json;
}

Result<DicomFrame> DicomWebEncoder::frame(const QString& path, int number) {
    auto file = load(path);
    if (!file)
        return file.error();
    DcmDataset* dataset = file.value()->getDataset();
    const E_TransferSyntax xferId = dataset->getOriginalXfer();
    const DcmXfer xfer(xferId);
    DicomFrame frame;
    frame.transferSyntaxUid = QString::fromLatin1(xfer.getXferID());
    frame.mediaType = mediaTypeFor(frame.transferSyntaxUid);
    DcmElement* element = nullptr;
    if (dataset->findAndGetElement(DCM_PixelData, element).bad() || !element)
        return Error::make(Error::Kind::NotFound, QObject::tr("The instance holds no pixel data"));
    // A damaged file can hold (7FE0,0010) as another kind of element (a sequence, say), which
    // DcmPixelData's methods must never see (found by FuzzDicomFile).
    if (element->ident() != EVR_PixelData)
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("The encapsulated pixel data cannot be read"));
    auto* pixels = static_cast<DcmPixelData*>(element);
    Sint32 frames = 1;
    dataset->findAndGetSint32(DCM_NumberOfFrames, frames);
    frames = std::max<Sint32>(1, frames);
    if (number < 1 || number > frames)
        return Error::make(Error::Kind::NotFound,
                           QObject::tr("The instance has no frame %1").arg(number));

    if (!xfer.isEncapsulated()) {
        if (xfer.isBigEndian())
            return Error::make(Error::Kind::Unsupported,
                               QObject::tr("Big-endian pixel data is not served from the cache"));
        Uint16 rows = 0, columns = 0, samples = 1, bitsAllocated = 0;
        dataset->findAndGetUint16(DCM_Rows, rows);
        dataset->findAndGetUint16(DCM_Columns, columns);
        dataset->findAndGetUint16(DCM_SamplesPerPixel, samples);
        dataset->findAndGetUint16(DCM_BitsAllocated, bitsAllocated);
        const qint64 bits = qint64(rows) * columns * std::max<Uint16>(1, samples) * bitsAllocated;
        const qint64 frameSize = (bits + 7) / 8;
        Uint8* data = nullptr;
        if (frameSize <= 0 || pixels->getUint8Array(data).bad() || !data ||
            qint64(pixels->getLength()) < frameSize * number)
            return Error::make(Error::Kind::MalformedData,
                               QObject::tr("The pixel data is shorter than its frames"));
        frame.bytes = QByteArray(reinterpret_cast<const char*>(data) + frameSize * (number - 1),
                                 qsizetype(frameSize));
        return frame;
    }

    DcmPixelSequence* sequence = nullptr;
    if (pixels->getEncapsulatedRepresentation(xferId, nullptr, sequence).bad() || !sequence)
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("The encapsulated pixel data cannot be read"));
    // Fragments from this frame's first up to the next frame's first (or the end).
    Uint32 first = 0, next = sequence->card();
    if (DcmCodec::determineStartFragment(Uint32(number - 1), frames, sequence, first).bad())
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("The fragments of frame %1 cannot be found").arg(number));
    if (number < frames) {
        Uint32 following = 0;
        if (DcmCodec::determineStartFragment(Uint32(number), frames, sequence, following).good())
            next = following;
    }
    for (Uint32 i = first; i < next; ++i) {
        DcmPixelItem* item = nullptr;
        Uint8* data = nullptr;
        if (sequence->getItem(item, i).bad() || !item)
            break;
        if (item->getLength() > 0 && item->getUint8Array(data).good() && data)
            frame.bytes.append(reinterpret_cast<const char*>(data), qsizetype(item->getLength()));
    }
    if (frame.bytes.isEmpty())
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("Frame %1 has no data").arg(number));
    return frame;
}

} // namespace sightline
