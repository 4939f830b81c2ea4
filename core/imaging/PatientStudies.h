#pragma once
// A patient and their imaging studies, as a FHIR server (Patient + ImagingStudy) or a PACS
// without FHIR (QIDO-RS, the patient taken from the DICOM data) gives them. Value type.

#include "imaging/ImagingStudyRecord.h"
#include "imaging/PatientMatch.h"

#include <QJsonObject>
#include <QList>

namespace sightline {

struct PatientStudies {
    QJsonObject patient; // a FHIR Patient (for a PACS: made from the DICOM patient attributes)
    PatientIdentity identity;
    QList<ImagingStudyRecord> studies;
};

} // namespace sightline
