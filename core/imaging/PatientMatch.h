#pragma once
// Clinical safety check: does the DICOM header name the same person as the FHIR Patient the
// study was found under? Compares PatientID (+ issuer, when both sides give one) with the
// Patient's identifiers, the name (family and given names, case- and spacing-insensitive) and
// the birth date. Any difference is a mismatch the user must see. Thread-safe.

#include "dicom/DicomHeader.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace sightline {

class ImageCache;

struct PatientIdentity {
    QString patientReference;                   // "Patient/123"
    QList<QPair<QString, QString>> identifiers; // (system, value)
    QString family;                             // of the official name (else the first)
    QStringList given;
    // Every name the Patient has (official, maiden, other scripts …) as (family, given names):
    // the DICOM name agrees when it is one of them.
    QList<QPair<QString, QStringList>> names;
    QDate birthDate;

    static PatientIdentity fromPatient(const QJsonObject& patient);
    bool isEmpty() const { return identifiers.isEmpty() && family.isEmpty(); }
};

struct PatientMismatch {
    QStringList differences; // one sentence each, for the warning and the audit record
    QString dicomPatientId;
    QString dicomName;
    bool isMismatch() const { return !differences.isEmpty(); }
};

class PatientMatch {
public:
    // Whether a DICOM Person Name ("Family^Given^Middle^Prefix^Suffix", up to three
    // '='-separated groups: alphabetic, ideographic, phonetic) names one of the FHIR names.
    // Case, spacing, accents and German transliteration (ü = ue) do not count as differences.
    static bool sameName(const QString& dicomName,
                         const QList<QPair<QString, QStringList>>& fhirNames);
    static PatientMismatch compare(const PatientIdentity& fhir, const DicomHeader& dicom);
    // The same for a search answer (a C-FIND match), which holds only the fields the node
    // returns: a field it leaves empty is not a difference (the images are compared in full
    // when they arrive).
    static PatientMismatch compareAnswer(const PatientIdentity& fhir, const DicomHeader& answered);
    // The study's cached images (their first instance) compared with the Patient; no mismatch
    // when nothing is cached. Reads the cache index and a DICOM file: not on the GUI thread.
    static PatientMismatch compareCached(const ImageCache& cache, const QString& studyUid,
                                         const PatientIdentity& fhir);

private:
    static PatientMismatch compareFields(const PatientIdentity& fhir, const DicomHeader& dicom,
                                         bool emptyAgrees);
};

} // namespace sightline
