#pragma once
// What Sightline reads from a DICOM object's header: identity (patient, study, series,
// instance), description, and the image geometry and encoding. Text is UTF-8 whatever the
// object's Specific Character Set. Value type; thread-safe to copy.

#include <QDate>
#include <QString>

namespace sightline {

struct DicomHeader {
    QString patientId;
    QString issuerOfPatientId;
    QString patientName; // DICOM PN, "Family^Given Middle"
    QDate birthDate;
    QString sex;
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString sopInstanceUid;
    QString sopClassUid;
    QString transferSyntaxUid;
    QString modality;
    QString studyDate; // DA as stored (yyyyMMdd)
    QString studyDescription;
    QString seriesDescription;
    QString accessionNumber;
    int seriesNumber = 0;
    int instanceNumber = 0;
    int rows = 0;
    int columns = 0;
    int frames = 1;
    QString photometricInterpretation;
    bool hasPixelData = false;

    // "Family, Given Middle" for display.
    QString displayName() const;
};

} // namespace sightline
