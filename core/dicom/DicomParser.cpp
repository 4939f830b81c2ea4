#include "dicom/DicomParser.h"

#include "dicom/DcmtkSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QFile>
#include <QObject>
#include <QTemporaryDir>

namespace sightline {

QString DicomHeader::displayName() const {
    const QStringList parts = patientName.split(QLatin1Char('^'));
    if (parts.size() < 2)
        return patientName;
    return QStringLiteral("%1, %2").arg(parts[0], parts.mid(1).join(QLatin1Char(' ')).trimmed());
}

namespace {
// Longer values (and pixel data) are listed as "(n bytes)".
constexpr Uint32 kLongestListedValue = 1024;

QString text(DcmItem* item, const DcmTagKey& key) {
    OFString value;
    if (item->findAndGetOFStringArray(key, value).good())
        return QString::fromUtf8(value.c_str()).trimmed();
    return {};
}

int number(DcmItem* item, const DcmTagKey& key, int fallback = 0) {
    const QString value = text(item, key);
    bool ok = false;
    const int n = value.toInt(&ok);
    return ok ? n : fallback;
}

DicomHeader headerOf(DcmFileFormat& file) {
    DcmDataset* ds = file.getDataset();
    DicomHeader h;
    h.patientId = text(ds, DCM_PatientID);
    h.issuerOfPatientId = text(ds, DCM_IssuerOfPatientID);
    h.patientName = text(ds, DCM_PatientName);
    h.birthDate = QDate::fromString(text(ds, DCM_PatientBirthDate), QStringLiteral("yyyyMMdd"));
    h.sex = text(ds, DCM_PatientSex);
    h.studyInstanceUid = text(ds, DCM_StudyInstanceUID);
    h.seriesInstanceUid = text(ds, DCM_SeriesInstanceUID);
    h.sopInstanceUid = text(ds, DCM_SOPInstanceUID);
    h.sopClassUid = text(ds, DCM_SOPClassUID);
    h.transferSyntaxUid = text(file.getMetaInfo(), DCM_TransferSyntaxUID);
    h.modality = text(ds, DCM_Modality);
    h.studyDate = text(ds, DCM_StudyDate);
    h.studyDescription = text(ds, DCM_StudyDescription);
    h.seriesDescription = text(ds, DCM_SeriesDescription);
    h.accessionNumber = text(ds, DCM_AccessionNumber);
    h.seriesNumber = number(ds, DCM_SeriesNumber);
    h.instanceNumber = number(ds, DCM_InstanceNumber);
    h.rows = number(ds, DCM_Rows);
    h.columns = number(ds, DCM_Columns);
    h.frames = number(ds, DCM_NumberOfFrames, 1);
    h.photometricInterpretation = text(ds, DCM_PhotometricInterpretation);
    h.hasPixelData = ds->tagExists(DCM_PixelData);
    return h;
}

Result<DicomHeader> finishParse(DcmFileFormat& file, const OFCondition& read) {
    if (read.bad())
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("The DICOM object cannot be read (corrupt or truncated)"),
                           QString::fromUtf8(read.text()));
    // Text in any Specific Character Set becomes UTF-8 (an unknown set keeps the raw bytes).
    // ASCII and UTF-8 need no conversion, and skipping it saves most of the parse time.
    dcmtk::convertToUtf8(*file.getDataset());
    DicomHeader header = headerOf(file);
    if (header.sopInstanceUid.isEmpty())
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("The DICOM object has no SOP Instance UID"));
    return header;
}

void listElements(DcmItem* item, int depth, QList<DicomElement>& out) {
    for (unsigned long i = 0; i < item->card(); ++i) {
        DcmElement* element = item->getElement(i);
        DicomElement e;
        DcmTag tag = element->getTag();
        e.tag = QStringLiteral("(%1,%2)")
                    .arg(tag.getGTag(), 4, 16, QLatin1Char('0'))
                    .arg(tag.getETag(), 4, 16, QLatin1Char('0'))
                    .toUpper();
        e.vr = QString::fromLatin1(tag.getVRName());
        e.keyword = QString::fromLatin1(tag.getTagName());
        e.depth = depth;
        if (element->ident() == EVR_SQ) {
            auto* sequence = static_cast<DcmSequenceOfItems*>(element);
            e.value = QObject::tr("%n item(s)", nullptr, int(sequence->card()));
            out.append(e);
            for (unsigned long k = 0; k < sequence->card(); ++k)
                listElements(sequence->getItem(k), depth + 1, out);
            continue;
        }
        if (tag == DCM_PixelData || element->getLength() > kLongestListedValue) {
            e.value = QObject::tr("(%n byte(s))", nullptr, int(element->getLength()));
        } else {
            OFString value;
            element->getOFStringArray(value);
            e.value = QString::fromUtf8(value.c_str());
        }
        out.append(e);
    }
}

} // namespace

bool DicomParser::looksLikePart10(QByteArrayView bytes) {
    return bytes.size() >= 132 && bytes.sliced(128, 4) == QByteArrayView("DICM");
}

Result<QByteArray> DicomParser::asPart10(const QByteArray& bytes) {
    dcmtk::configureOnce();
    if (looksLikePart10(bytes))
        return bytes;
    // DCMTK guesses the transfer syntax of a dataset without meta header from its first bytes.
    DcmFileFormat file;
    const OFCondition read = dcmtk::readFromMemory(file, bytes);
    if (read.bad() || !file.getDataset()->tagExists(DCM_SOPInstanceUID))
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("Not a DICOM object (neither a Part 10 file nor a dataset)"),
                           QString::fromUtf8(read.text()));
    const E_TransferSyntax xfer = file.getDataset()->getOriginalXfer();
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::make(Error::Kind::Storage,
                           QObject::tr("A DICOM dataset cannot be given its file meta header"));
    // A dataset DCMTK cannot write in the syntax it found is a bad dataset, not a full disk.
    const QString path = dir.filePath(QStringLiteral("part10.dcm"));
    if (file.saveFile(OFFilename(path.toLocal8Bit().constData()), xfer).bad())
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("A DICOM dataset cannot be given its file meta header"));
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Storage,
                           QObject::tr("A DICOM dataset cannot be given its file meta header"));
    return written.readAll();
}

Result<DicomHeader> DicomParser::parse(const QByteArray& part10) {
    dcmtk::configureOnce();
    if (!looksLikePart10(part10))
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("Not a DICOM file (no DICM marker)"));
    DcmFileFormat file;
    // The whole object, pixel data included: a part whose pixel data is cut short is refused
    // here rather than stored in the cache.
    const OFCondition read = dcmtk::readFromMemory(file, part10);
    return finishParse(file, read);
}

Result<DicomHeader> DicomParser::parseFile(const QString& path) {
    dcmtk::configureOnce();
    DcmFileFormat file;
    const OFCondition read = file.loadFile(path.toLocal8Bit().constData(), EXS_Unknown,
                                           EGL_noChange, 4096 /* pixel data left on disk */);
    return finishParse(file, read);
}

Result<QList<DicomElement>> DicomParser::elementsOfFile(const QString& path) {
    dcmtk::configureOnce();
    DcmFileFormat file;
    // Values longer than the listing shows stay on disk, so a large multi-frame file is not
    // read into memory, and a length a corrupt file declares is checked against the file's
    // size before anything is allocated for it.
    if (const OFCondition read = file.loadFile(OFFilename(path.toLocal8Bit().constData()),
                                               EXS_Unknown, EGL_noChange, kLongestListedValue);
        read.bad())
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("The DICOM object cannot be read (corrupt or truncated)"),
                           QString::fromUtf8(read.text()));
    dcmtk::convertToUtf8(*file.getDataset());
    QList<DicomElement> out;
    listElements(file.getMetaInfo(), 0, out);
    listElements(file.getDataset(), 0, out);
    return out;
}

} // namespace sightline
