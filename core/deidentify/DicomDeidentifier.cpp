#include "deidentify/DicomDeidentifier.h"

#include "deidentify/DicomConfidentialityProfile.h"
#include "dicom/DicomEditor.h"

namespace sightline {

namespace {

// The attributes read or written here (PS3.6).
constexpr DicomTagKey kPatientName{0x0010, 0x0010};
constexpr DicomTagKey kPatientId{0x0010, 0x0020};
constexpr DicomTagKey kIssuerOfPatientId{0x0010, 0x0021};
constexpr DicomTagKey kModality{0x0008, 0x0060};
constexpr DicomTagKey kSopClassUid{0x0008, 0x0016};
constexpr DicomTagKey kSopInstanceUid{0x0008, 0x0018};
constexpr DicomTagKey kStudyInstanceUid{0x0020, 0x000D};
constexpr DicomTagKey kSeriesInstanceUid{0x0020, 0x000E};
constexpr DicomTagKey kBurnedInAnnotation{0x0028, 0x0301};
constexpr DicomTagKey kPatientIdentityRemoved{0x0012, 0x0062};
constexpr DicomTagKey kDeidentificationMethod{0x0012, 0x0063};
constexpr DicomTagKey kDeidentificationMethodCodes{0x0012, 0x0064};
constexpr DicomTagKey kLongitudinalTemporalInformationModified{0x0028, 0x0303};

bool isStandardUid(const QString& uid) {
    // Class, transfer syntax and other registry UIDs identify no one.
    return uid.startsWith(QLatin1String("1.2.840.10008."));
}

bool isCurveOrOverlayText(quint16 group, quint16 element) {
    if (group >= 0x5000 && group <= 0x50FF)
        return true; // retired curve groups, all of them
    return group >= 0x6000 && group <= 0x60FF && (element == 0x3000 || element == 0x4000);
}

// Decides what becomes of each element under the profile, counting what it changed.
class Cleaner {
public:
    Cleaner(const Pseudonymizer& keys, QString pseudonym, DicomDeidentifyResult& result)
        : m_keys(keys)
        , m_pseudonym(std::move(pseudonym))
        , m_result(result) {}

    DicomEditor::Decision decide(const DicomEditor::Element& e) {
        using Action = DicomEditor::Action;
        const quint16 group = e.tag.group;
        const quint16 number = e.tag.element;
        if ((group & 1) != 0 || isCurveOrOverlayText(group, number))
            return removed();
        if (const ProfileEntry* entry = DicomConfidentialityProfile::find(group, number))
            return apply(e, *entry);
        if (e.vr == QLatin1String("SQ"))
            return {Action::Descend, {}};
        if (e.vr == QLatin1String("UI"))
            return remapUids(e);
        if (e.vr == QLatin1String("PN") && e.length > 0) {
            // A person name the table does not list (newer attributes): never kept.
            ++m_result.replaced;
            return {Action::Clear, {}};
        }
        return {};
    }

private:
    DicomEditor::Decision removed() {
        ++m_result.removed;
        return {DicomEditor::Action::Remove, {}};
    }

    DicomEditor::Decision apply(const DicomEditor::Element& e, const ProfileEntry& entry) {
        using Action = DicomEditor::Action;
        switch (entry.action) {
        case ProfileAction::Remove:
            return removed();
        case ProfileAction::Empty:
            if (e.length == 0)
                return {};
            ++m_result.replaced;
            return {Action::Clear, {}};
        case ProfileAction::Dummy:
            ++m_result.replaced;
            return {Action::Replace, e.vr == QLatin1String("PN") ? QStringLiteral("ANONYMOUS")
                                                                 : QStringLiteral("ANONYMIZED")};
        case ProfileAction::NewUid:
            return remapUids(e);
        case ProfileAction::Pseudonym:
            ++m_result.replaced;
            return {Action::Replace, m_pseudonym};
        }
        return {};
    }

    DicomEditor::Decision remapUids(const DicomEditor::Element& e) {
        if (e.length == 0)
            return {};
        QStringList values = e.value.split(QLatin1Char('\\'));
        bool changed = false;
        for (QString& value : values) {
            value = value.trimmed();
            if (value.isEmpty() || isStandardUid(value))
                continue;
            value = m_keys.uid(value);
            changed = true;
            ++m_result.uidsReplaced;
        }
        if (!changed)
            return {};
        return {DicomEditor::Action::Replace, values.join(QLatin1Char('\\'))};
    }

    const Pseudonymizer& m_keys;
    QString m_pseudonym;
    DicomDeidentifyResult& m_result;
};

QString burnedInWarning(const DicomEditor& file) {
    const QString burnedIn = file.string(kBurnedInAnnotation).trimmed();
    if (burnedIn.compare(QLatin1String("YES"), Qt::CaseInsensitive) == 0)
        return DicomDeidentifier::tr(
            "The image says it has burned-in annotation: names or dates may be part of "
            "the pixels.");
    if (!file.string(kBurnedInAnnotation).isEmpty())
        return {};
    const QString kind = file.string(kModality).trimmed();
    if (kind == QLatin1String("US") || kind == QLatin1String("SC") || kind == QLatin1String("XC") ||
        file.string(kSopClassUid).startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.7")))
        return DicomDeidentifier::tr(
                   "The image does not say whether it has burned-in annotation, and %1 images "
                   "often do.")
            .arg(kind.isEmpty() ? DicomDeidentifier::tr("secondary capture") : kind);
    return {};
}

void recordMethod(DicomEditor& file) {
    file.put(kPatientIdentityRemoved, QStringLiteral("YES"));
    file.put(kDeidentificationMethod, QString::fromLatin1(DicomDeidentifier::methodDescription()));
    file.put(kLongitudinalTemporalInformationModified, QStringLiteral("REMOVED"));
    file.appendCode(kDeidentificationMethodCodes, QStringLiteral("113100"), QStringLiteral("DCM"),
                    QStringLiteral("Basic Application Confidentiality Profile"));
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
    auto opened = DicomEditor::open(input);
    if (!opened)
        return Error::make(Error::Kind::MalformedData,
                           DicomDeidentifier::tr("%1 is not a readable DICOM file.").arg(input),
                           opened.error().details);
    DicomEditor& file = opened.value();

    DicomDeidentifyResult result;
    const QString patientKey =
        file.string(kPatientId) + QLatin1Char('|') + file.string(kIssuerOfPatientId);
    result.patientId = m_pseudonym.isEmpty() ? m_keys.patientId(patientKey) : m_pseudonym;
    result.burnedInWarning = burnedInWarning(file);

    Cleaner cleaner(m_keys, result.patientId, result);
    file.visit([&cleaner](const DicomEditor::Element& e) { return cleaner.decide(e); });
    // Type 2 patient attributes the profile empties must exist for the object to stay valid.
    for (const DicomTagKey key : {kPatientName, kPatientId})
        if (!file.has(key))
            file.put(key, result.patientId);
    recordMethod(file);

    result.studyInstanceUid = file.string(kStudyInstanceUid);
    result.seriesInstanceUid = file.string(kSeriesInstanceUid);
    result.sopInstanceUid = file.string(kSopInstanceUid);

    if (const Status saved = file.saveAs(output); !saved)
        return Error::make(Error::Kind::Storage,
                           DicomDeidentifier::tr("Could not write %1.").arg(output),
                           saved.error().details);
    return result;
}

} // namespace sightline
