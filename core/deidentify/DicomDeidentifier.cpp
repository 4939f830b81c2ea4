#include "deidentify/DicomDeidentifier.h"

#include "deidentify/DicomConfidentialityProfile.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QFile>

#include <memory>

namespace sightline {

namespace {

bool isStandardUid(const QString& uid) {
    // Class, transfer syntax and other registry UIDs identify no one.
    return uid.startsWith(QLatin1String("1.2.840.10008."));
}

bool isCurveOrOverlayText(quint16 group, quint16 element) {
    if (group >= 0x5000 && group <= 0x50FF)
        return true; // retired curve groups, all of them
    return group >= 0x6000 && group <= 0x60FF && (element == 0x3000 || element == 0x4000);
}

QString stringOf(DcmElement* element) {
    OFString value;
    if (element->getOFStringArray(value).bad())
        return {};
    return QString::fromUtf8(value.c_str());
}

class Cleaner {
public:
    Cleaner(const Pseudonymizer& keys, QString patientId, QString patientName,
            DicomDeidentifyResult& result)
        : m_keys(keys)
        , m_patientId(std::move(patientId))
        , m_patientName(std::move(patientName))
        , m_result(result) {}

    void clean(DcmItem& item, int depth) {
        for (long i = long(item.card()) - 1; i >= 0; --i) {
            DcmElement* element = item.getElement(unsigned(i));
            const DcmTag& tag = element->getTag();
            const quint16 group = tag.getGTag();
            const quint16 number = tag.getETag();
            if ((group & 1) != 0 || isCurveOrOverlayText(group, number)) {
                remove(item, element);
                continue;
            }
            if (const ProfileEntry* entry = DicomConfidentialityProfile::find(group, number)) {
                apply(item, element, *entry);
                continue;
            }
            if (element->ident() == EVR_SQ) {
                auto* sequence = static_cast<DcmSequenceOfItems*>(element);
                for (unsigned long k = 0; depth < 64 && k < sequence->card(); ++k)
                    clean(*sequence->getItem(k), depth + 1);
            } else if (element->ident() == EVR_UI) {
                remapUids(element);
            } else if (element->ident() == EVR_PN && element->getLength() > 0) {
                // A person name the table does not list (newer attributes): never kept.
                element->clear();
                ++m_result.replaced;
            }
        }
    }

private:
    void remove(DcmItem& item, DcmElement* element) {
        delete item.remove(element);
        ++m_result.removed;
    }

    void apply(DcmItem& item, DcmElement* element, const ProfileEntry& entry) {
        switch (entry.action) {
        case ProfileAction::Remove:
            remove(item, element);
            return;
        case ProfileAction::Empty:
            if (element->getLength() > 0) {
                element->clear();
                ++m_result.replaced;
            }
            return;
        case ProfileAction::Dummy:
            element->putString(element->ident() == EVR_PN ? "ANONYMOUS" : "ANONYMIZED");
            ++m_result.replaced;
            return;
        case ProfileAction::NewUid:
            remapUids(element);
            return;
        case ProfileAction::Pseudonym: {
            const bool isName = entry.element == 0x0010;
            element->putString((isName ? m_patientName : m_patientId).toUtf8().constData());
            ++m_result.replaced;
            return;
        }
        }
    }

    void remapUids(DcmElement* element) {
        if (element->getLength() == 0)
            return;
        QStringList values = stringOf(element).split(QLatin1Char('\\'));
        bool changed = false;
        for (QString& value : values) {
            value = value.trimmed();
            if (value.isEmpty() || isStandardUid(value))
                continue;
            value = m_keys.uid(value);
            changed = true;
            ++m_result.uidsReplaced;
        }
        if (changed)
            element->putString(values.join(QLatin1Char('\\')).toLatin1().constData());
    }

    const Pseudonymizer& m_keys;
    QString m_patientId;
    QString m_patientName;
    DicomDeidentifyResult& m_result;
};

QString burnedInWarning(DcmDataset& dataset) {
    OFString burnedIn;
    dataset.findAndGetOFString(DCM_BurnedInAnnotation, burnedIn);
    if (QString::fromLatin1(burnedIn.c_str())
            .trimmed()
            .compare(QLatin1String("YES"), Qt::CaseInsensitive) == 0)
        return DicomDeidentifier::tr(
            "The image says it has burned-in annotation: names or dates may be part of "
            "the pixels.");
    if (!burnedIn.empty())
        return {};
    OFString modality;
    OFString sopClass;
    dataset.findAndGetOFString(DCM_Modality, modality);
    dataset.findAndGetOFString(DCM_SOPClassUID, sopClass);
    const QString kind = QString::fromLatin1(modality.c_str()).trimmed();
    if (kind == QLatin1String("US") || kind == QLatin1String("SC") || kind == QLatin1String("XC") ||
        QString::fromLatin1(sopClass.c_str())
            .startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.7")))
        return DicomDeidentifier::tr(
                   "The image does not say whether it has burned-in annotation, and %1 images "
                   "often do.")
            .arg(kind.isEmpty() ? DicomDeidentifier::tr("secondary capture") : kind);
    return {};
}

void recordMethod(DcmDataset& dataset) {
    dataset.putAndInsertString(DCM_PatientIdentityRemoved, "YES");
    dataset.putAndInsertString(DCM_DeidentificationMethod, DicomDeidentifier::methodDescription());
    dataset.putAndInsertString(DCM_LongitudinalTemporalInformationModified, "REMOVED");
    DcmItem* code = nullptr;
    if (dataset.findOrCreateSequenceItem(DCM_DeidentificationMethodCodeSequence, code, -2).good() &&
        code) {
        code->putAndInsertString(DCM_CodeValue, "113100");
        code->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
        code->putAndInsertString(DCM_CodeMeaning, "Basic Application Confidentiality Profile");
    }
}

} // namespace

DicomDeidentifier::DicomDeidentifier(Pseudonymizer keys, QString pseudonym)
    : m_keys(std::move(keys))
    , m_pseudonym(std::move(pseudonym)) {}

const char* DicomDeidentifier::methodDescription() {
    return "Sightline: DICOM PS3.15 Basic Application Confidentiality Profile";
}

Result<DicomDeidentifyResult> DicomDeidentifier::deidentifyFile(const QString& input,
                                                                const QString& output) const {
    DcmFileFormat file;
    const QByteArray inputName = QFile::encodeName(input);
    const OFCondition loaded = file.loadFile(OFFilename(inputName.constData()));
    if (loaded.bad())
        return Error::make(Error::Kind::MalformedData,
                           DicomDeidentifier::tr("%1 is not a readable DICOM file.").arg(input),
                           QString::fromLatin1(loaded.text()));
    DcmDataset& dataset = *file.getDataset();
    const E_TransferSyntax syntax = dataset.getOriginalXfer();

    DicomDeidentifyResult result;
    OFString patientId;
    OFString issuer;
    dataset.findAndGetOFString(DCM_PatientID, patientId);
    dataset.findAndGetOFString(DCM_IssuerOfPatientID, issuer);
    const QString patientKey =
        QString::fromUtf8(patientId.c_str()) + QLatin1Char('|') + QString::fromUtf8(issuer.c_str());
    result.patientId = m_pseudonym.isEmpty() ? m_keys.patientId(patientKey) : m_pseudonym;
    result.burnedInWarning = burnedInWarning(dataset);

    Cleaner(m_keys, result.patientId, result.patientId, result).clean(dataset, 0);
    // Type 2 patient attributes the profile empties must exist for the object to stay valid.
    for (const DcmTagKey& key : {DCM_PatientName, DCM_PatientID})
        if (!dataset.tagExists(key))
            dataset.putAndInsertString(key, result.patientId.toUtf8().constData());
    recordMethod(dataset);

    OFString uid;
    if (dataset.findAndGetOFString(DCM_StudyInstanceUID, uid).good())
        result.studyInstanceUid = QString::fromLatin1(uid.c_str());
    if (dataset.findAndGetOFString(DCM_SeriesInstanceUID, uid).good())
        result.seriesInstanceUid = QString::fromLatin1(uid.c_str());
    if (dataset.findAndGetOFString(DCM_SOPInstanceUID, uid).good())
        result.sopInstanceUid = QString::fromLatin1(uid.c_str());

    // A fresh meta header: DCMTK rebuilds it from the data set (new SOP Instance UID) and
    // nothing from the old one (source AE titles, private information) survives.
    file.getMetaInfo()->clear();
    const QString temporary = output + QStringLiteral(".part");
    const QByteArray temporaryName = QFile::encodeName(temporary);
    const OFCondition saved = file.saveFile(OFFilename(temporaryName.constData()), syntax);
    if (saved.bad()) {
        QFile::remove(temporary);
        return Error::make(Error::Kind::Storage,
                           DicomDeidentifier::tr("Could not write %1.").arg(output),
                           QString::fromLatin1(saved.text()));
    }
    QFile::remove(output);
    if (!QFile::rename(temporary, output)) {
        QFile::remove(temporary);
        return Error::make(Error::Kind::Storage,
                           DicomDeidentifier::tr("Could not write %1.").arg(output));
    }
    return result;
}

} // namespace sightline
