#include "dicom/DicomEditor.h"

#include "dicom/DcmtkSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcvr.h>

#include <QFile>

namespace sightline {

namespace {

DcmTagKey keyOf(DicomTagKey tag) {
    return DcmTagKey(tag.group, tag.element);
}

bool isText(DcmEVR vr) {
    switch (vr) {
    case EVR_OB:
    case EVR_OW:
    case EVR_OF:
    case EVR_OD:
    case EVR_OL:
    case EVR_OV:
    case EVR_UN:
    case EVR_SQ:
    case EVR_pixelSQ:
        return false;
    default:
        return true;
    }
}

} // namespace

DicomEditor::DicomEditor(std::unique_ptr<DcmFileFormat> file)
    : m_file(std::move(file))
    , m_originalSyntax(int(m_file->getDataset()->getOriginalXfer())) {}

DicomEditor::DicomEditor(DicomEditor&&) noexcept = default;
DicomEditor& DicomEditor::operator=(DicomEditor&&) noexcept = default;
DicomEditor::~DicomEditor() = default;

Result<DicomEditor> DicomEditor::open(const QString& path) {
    dcmtk::configureOnce();
    auto file = std::make_unique<DcmFileFormat>();
    const QByteArray name = QFile::encodeName(path);
    const OFCondition loaded = file->loadFile(OFFilename(name.constData()));
    if (loaded.bad())
        return Error::make(Error::Kind::MalformedData, {}, QString::fromLatin1(loaded.text()));
    return DicomEditor(std::move(file));
}

QString DicomEditor::string(DicomTagKey tag) const {
    OFString value;
    m_file->getDataset()->findAndGetOFString(keyOf(tag), value);
    return QString::fromUtf8(value.c_str());
}

bool DicomEditor::has(DicomTagKey tag) const {
    return m_file->getDataset()->tagExists(keyOf(tag));
}

void DicomEditor::put(DicomTagKey tag, const QString& value) {
    m_file->getDataset()->putAndInsertString(keyOf(tag), value.toUtf8().constData());
}

void DicomEditor::appendCode(DicomTagKey sequence, const QString& value, const QString& scheme,
                             const QString& meaning) {
    DcmItem* code = nullptr;
    // -2: a new item at the end.
    if (m_file->getDataset()->findOrCreateSequenceItem(keyOf(sequence), code, -2).bad() || !code)
        return;
    code->putAndInsertString(DCM_CodeValue, value.toUtf8().constData());
    code->putAndInsertString(DCM_CodingSchemeDesignator, scheme.toUtf8().constData());
    code->putAndInsertString(DCM_CodeMeaning, meaning.toUtf8().constData());
}

void DicomEditor::visit(const Visitor& visitor) {
    visitItem(*m_file->getDataset(), 0, visitor);
}

void DicomEditor::visitItem(DcmItem& item, int depth, const Visitor& visitor) {
    for (long i = long(item.card()) - 1; i >= 0; --i) {
        DcmElement* element = item.getElement(unsigned(i));
        const DcmTag& tag = element->getTag();
        Element seen{{tag.getGTag(), tag.getETag()},
                     QString::fromLatin1(DcmVR(element->ident()).getVRName()),
                     element->getLength(),
                     {},
                     depth};
        if (isText(element->ident())) {
            OFString value;
            if (element->getOFStringArray(value).good())
                seen.value = QString::fromUtf8(value.c_str());
        }
        const Decision decision = visitor(seen);
        switch (decision.action) {
        case Action::Keep:
            break;
        case Action::Descend:
            if (element->ident() == EVR_SQ) {
                auto* sequence = static_cast<DcmSequenceOfItems*>(element);
                for (unsigned long k = 0; depth < kMaxDepth && k < sequence->card(); ++k)
                    visitItem(*sequence->getItem(k), depth + 1, visitor);
            }
            break;
        case Action::Remove:
            delete item.remove(element);
            break;
        case Action::Clear:
            element->clear();
            break;
        case Action::Replace:
            element->putString(decision.value.toUtf8().constData());
            break;
        }
    }
}

Status DicomEditor::saveAs(const QString& output) {
    // DCMTK rebuilds the meta header from the data set (new SOP Instance UID, for one).
    m_file->getMetaInfo()->clear();
    const QString temporary = output + QStringLiteral(".part");
    const QByteArray temporaryName = QFile::encodeName(temporary);
    const OFCondition saved =
        m_file->saveFile(OFFilename(temporaryName.constData()), E_TransferSyntax(m_originalSyntax));
    const auto failure = [](const QString& details) {
        return Error::make(Error::Kind::Storage, {}, details);
    };
    if (saved.bad()) {
        QFile::remove(temporary);
        return failure(QString::fromLatin1(saved.text()));
    }
    QFile::remove(output);
    if (!QFile::rename(temporary, output)) {
        QFile::remove(temporary);
        return failure({});
    }
    return Done{};
}

} // namespace sightline
