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
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QFileInfo>
#include <QObject>

#include <cstdio>
#include <memory>
#include <sstream>
#include <vector>

namespace sightline {

namespace {

// Where a value sits in a dataset: the sequences and item numbers above it, then its tag, as a
// BulkDataURI path ("7FE00010", or "00880200/1/7FE00010" for an icon image's pixel data). Items
// count from 1, as Orthanc writes them, so a path the cache cannot answer means the same value
// when the gateway asks the PACS.
QString bulkPathOf(const QList<QPair<DcmTagKey, unsigned long>>& items, const DcmTagKey& tag) {
    QString path;
    auto hex = [](const DcmTagKey& key) {
        return QStringLiteral("%1%2")
            .arg(key.getGroup(), 4, 16, QLatin1Char('0'))
            .arg(key.getElement(), 4, 16, QLatin1Char('0'))
            .toUpper();
    };
    for (const auto& [sequence, index] : items)
        path += hex(sequence) + QLatin1Char('/') + QString::number(index + 1) + QLatin1Char('/');
    return path + hex(tag);
}

// Every non-empty value of the dataset, depth first: the order in which DCMTK's writeJson
// visits them.
struct ValueSite {
    DcmTagKey tag;
    Uint32 length = 0;
    QString bulkPath;
};

void collectSites(DcmItem& item, QList<QPair<DcmTagKey, unsigned long>>& above,
                  std::vector<ValueSite>& out) {
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement* element = item.getElement(i);
        if (!element)
            continue;
        if (element->ident() == EVR_SQ) {
            auto* sequence = static_cast<DcmSequenceOfItems*>(element);
            for (unsigned long k = 0; k < sequence->card(); ++k) {
                above.append({element->getTag(), k});
                if (DcmItem* nested = sequence->getItem(k))
                    collectSites(*nested, above, out);
                above.removeLast();
            }
            continue;
        }
        const Uint32 length = element->getLength();
        if (length > 0)
            out.push_back({element->getTag(), length, bulkPathOf(above, element->getTag())});
    }
}

// Compact DICOM JSON whose large binary values point at the gateway instead of being inlined.
// DCMTK asks asBulkDataURI() with a tag alone while it iterates the dataset, and looking the
// element up there would move the very list cursor writeJson iterates with (the answer never
// ended for an icon image sequence, or lost everything after the first sequence with binary
// data). So the values are listed before writing, and each question takes the next listed
// value with that tag: the one being written.
class GatewayJsonFormat : public DcmJsonFormatCompact {
public:
    GatewayJsonFormat(std::vector<ValueSite> sites, QString bulkBase, unsigned long inlineLimit)
        : DcmJsonFormatCompact(OFFalse)
        , m_sites(std::move(sites))
        , m_bulkBase(std::move(bulkBase))
        , m_inlineLimit(inlineLimit) {}

    OFBool asBulkDataURI(const DcmTagKey& tag, OFString& uri) override {
        std::size_t at = m_next;
        while (at < m_sites.size() && m_sites[at].tag != tag)
            ++at;
        if (at == m_sites.size()) // not listed (cannot happen for a value writeJson writes)
            return tag == DCM_PixelData ? bulk(bulkPathOf({}, tag), uri) : OFFalse;
        m_next = at + 1;
        const ValueSite& site = m_sites[at];
        if (tag != DCM_PixelData && site.length <= m_inlineLimit)
            return OFFalse;
        return bulk(site.bulkPath, uri);
    }

private:
    OFBool bulk(const QString& path, OFString& uri) const {
        uri = OFString((m_bulkBase + QLatin1Char('/') + path).toUtf8().constData());
        return OFTrue;
    }

    std::vector<ValueSite> m_sites;
    std::size_t m_next = 0;
    QString m_bulkBase;
    unsigned long m_inlineLimit;
};

// Values longer than `keepOnDisk` bytes are read from the file only when asked for.
Result<std::unique_ptr<DcmFileFormat>> load(const QString& path,
                                            Uint32 keepOnDisk = DCM_MaxReadLength) {
    dcmtk::configureOnce();
    auto file = std::make_unique<DcmFileFormat>();
    const OFCondition loaded = file->loadFile(OFFilename(path.toLocal8Bit().constData()),
                                              EXS_Unknown, EGL_noChange, keepOnDisk);
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
    // Pixel data and other large values stay on disk: metadata never needs them.
    auto file = load(path, Uint32(std::max(4096, inlineLimit + 1)));
    if (!file)
        return file.error();
    DcmDataset* dataset = file.value()->getDataset();
    // DICOM JSON is UTF-8 (PS3.18 F.2), while files often use Latin-1 and other character sets:
    // convert what the Specific Character Set declares. A file whose bytes do not match what it
    // declares cannot be converted; its strings are repaired below.
    // Specific Character Set keeps the original dataset's value (DICOM CP-2518: in JSON it
    // tells what the source was, the text itself is UTF-8), as Orthanc and other archives
    // answer; DCMTK's conversion would set (or add) "ISO_IR 192".
    OFString declared;
    const bool hadCharset =
        dataset->findAndGetOFStringArray(DCM_SpecificCharacterSet, declared).good();
    (void)dcmtk::convertToUtf8(*dataset);
    if (hadCharset)
        dataset->putAndInsertOFStringArray(DCM_SpecificCharacterSet, declared);
    else
        dataset->findAndDeleteElement(DCM_SpecificCharacterSet);
    std::vector<ValueSite> sites;
    QList<QPair<DcmTagKey, unsigned long>> above;
    collectSites(*dataset, above, sites);
    GatewayJsonFormat format(std::move(sites), bulkBase, unsigned(std::max(0, inlineLimit)));
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

Result<QByteArray> DicomWebEncoder::bulkData(const QString& path, const QString& bulkPath) {
    const QStringList parts = bulkPath.split(QLatin1Char('/'));
    auto tagOf = [](const QString& hex, DcmTagKey& key) {
        bool ok = false;
        const uint value = hex.toUInt(&ok, 16);
        key = DcmTagKey(Uint16(value >> 16), Uint16(value & 0xFFFF));
        return ok && hex.size() == 8;
    };
    auto notFound = [&bulkPath] {
        return Error::make(Error::Kind::NotFound,
                           QObject::tr("The instance has no bulk data at %1").arg(bulkPath));
    };
    if (parts.size() % 2 != 1)
        return notFound();
    auto file = load(path, 4096);
    if (!file)
        return file.error();
    DcmItem* item = file.value()->getDataset();
    for (int i = 0; i + 1 < parts.size(); i += 2) {
        DcmTagKey sequence;
        bool number = false;
        const int index = parts.at(i + 1).toInt(&number);
        DcmItem* nested = nullptr;
        if (!tagOf(parts.at(i), sequence) || !number || index < 1 ||
            item->findAndGetSequenceItem(sequence, nested, index - 1).bad() || !nested)
            return notFound();
        item = nested;
    }
    DcmTagKey tag;
    DcmElement* element = nullptr;
    if (!tagOf(parts.last(), tag) || item->findAndGetElement(tag, element).bad() || !element ||
        element->ident() == EVR_SQ)
        return notFound();
    if (element->ident() == EVR_PixelData) {
        DcmPixelSequence* fragments = nullptr;
        auto* pixels = static_cast<DcmPixelData*>(element);
        if (pixels
                ->getEncapsulatedRepresentation(file.value()->getDataset()->getOriginalXfer(),
                                                nullptr, fragments)
                .good() &&
            fragments)
            return Error::make(Error::Kind::Unsupported,
                               QObject::tr("Encapsulated pixel data is served as frames"));
    }
    // A length no file of this size can hold is a damaged file, not an allocation to make.
    if (qint64(element->getLength()) > QFileInfo(path).size())
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("The bulk data at %1 cannot be read").arg(bulkPath));
    QByteArray bytes(qsizetype(element->getLength()), Qt::Uninitialized);
    if (!bytes.isEmpty() &&
        element->getPartialValue(bytes.data(), 0, Uint32(bytes.size()), nullptr, EBO_LittleEndian)
            .bad())
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("The bulk data at %1 cannot be read").arg(bulkPath));
    return bytes;
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
