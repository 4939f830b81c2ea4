#pragma once
// De-identifies DICOM files following PS3.15's Basic Application Level Confidentiality Profile
// (see DicomConfidentialityProfile) through DicomEditor: attributes removed, emptied or replaced,
// UIDs remapped with the job's key (so a study's instances still reference each other), the
// patient replaced by a pseudonym, and Patient Identity Removed / De-identification Method
// recorded. Pixel data is never touched: an image that says it carries burned-in annotation
// (or is of a kind that often does) is reported, so the user can check it before sharing.
// Stateless apart from its settings; thread-safe (each call opens its own DicomEditor).

#include "common/Result.h"
#include "deidentify/Pseudonymizer.h"

#include <QCoreApplication>
#include <QString>

namespace sightline {

struct DicomDeidentifyResult {
    QString studyInstanceUid; // the new ones
    QString seriesInstanceUid;
    QString sopInstanceUid;
    QString patientId;
    int removed = 0;      // attributes removed (private ones included)
    int replaced = 0;     // emptied, dummy or pseudonym values
    int uidsReplaced = 0; // UID values remapped
    // Empty when the image does not say it has burned-in text; otherwise why it might.
    QString burnedInWarning;
};

class DicomDeidentifier {
    Q_DECLARE_TR_FUNCTIONS(DicomDeidentifier)
public:
    // `pseudonym`: the Patient ID and Patient's Name to write; when empty, a keyed pseudonym
    // of the original patient ("SL-…").
    explicit DicomDeidentifier(Pseudonymizer keys, QString pseudonym = {});

    // Reads `input`, writes the de-identified object to `output` (via a temporary file, so a
    // failed run leaves no half file). The transfer syntax is kept.
    Result<DicomDeidentifyResult> deidentifyFile(const QString& input, const QString& output) const;

    static const char* methodDescription();

private:
    Pseudonymizer m_keys;
    QString m_pseudonym;
};

} // namespace sightline
