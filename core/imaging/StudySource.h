#pragma once
// Where one kind of server keeps its patients' imaging: how patients and studies are found
// there, and which authorization its images take. One source per kind of server: a FHIR server
// with ImagingStudy and Endpoints (FhirStudySource), a PACS with DICOMweb alone
// (DicomWebStudySource); DICOM nodes and local media add theirs. ImagingService picks the
// source for a server, so the Studies panel, prefetch, viewers and the command line never ask
// what kind of server they talk to. GUI-thread objects: callbacks run on the GUI thread, and
// only while their `context` lives.

#include "common/Result.h"
#include "fhir/PatientSearch.h"
#include "imaging/ImagingStudyRecord.h"
#include "imaging/PatientStudies.h"
#include "servers/ServerProfile.h"

#include <QObject>

#include <functional>

namespace sightline {

class StudySource : public QObject {
    Q_OBJECT
public:
    using PatientsCallback = std::function<void(const Result<PatientSearch::Found>&)>;
    using StudiesCallback = std::function<void(const Result<PatientStudies>&)>;
    using AuthorizationCallback = std::function<void(const QByteArray& authorization)>;

    using QObject::QObject;

    // Whether this source reads `server`'s imaging.
    virtual bool serves(const ServerProfile& server) const = 0;
    // Patients matching what the user typed (a name, an identifier or a birth date).
    virtual void findPatients(const ServerProfile& server, const QString& text, QObject* context,
                              PatientsCallback callback) = 0;
    // Every study of a patient (`patientId` as the source names patients), with the patient.
    virtual void findStudies(const ServerProfile& server, const QString& patientId,
                             QObject* context, StudiesCallback callback) = 0;
    // One study by its Study Instance UID, with its patient.
    virtual void findStudy(const ServerProfile& server, const QString& studyUid, QObject* context,
                           StudiesCallback callback) = 0;
    // The Authorization header value for the study's images (empty: none needed or none known).
    virtual void authorizationFor(const ServerProfile& server, const ImagingStudyRecord& study,
                                  QObject* context, AuthorizationCallback callback) = 0;
};

} // namespace sightline
