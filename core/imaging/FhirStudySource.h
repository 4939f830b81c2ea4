#pragma once
// The imaging of a FHIR server: patients found with PatientSearch, a patient's studies as
// ImagingStudy resources with the Endpoints that say where their images are (every page of the
// search; Endpoints the server did not include are read one by one), and, for the images, the
// FHIR session's token when the Endpoint takes it, else the Basic credentials of a PACS profile
// for the Endpoint's address. GUI-thread object.

#include "fhir/FhirClientFactory.h"
#include "imaging/ImagingStudyRecord.h"
#include "imaging/StudySource.h"

#include <QPointer>

namespace sightline {

class DicomWebCredentials;

class FhirStudySource : public StudySource {
    Q_OBJECT
public:
    explicit FhirStudySource(FhirClientFactory clients, QObject* parent = nullptr);

    // Where Basic credentials for Endpoints that do not take the FHIR token are looked up.
    void setCredentials(DicomWebCredentials* credentials) { m_credentials = credentials; }

    bool serves(const ServerProfile& server) const override { return server.isFhir(); }
    void findPatients(const ServerProfile& server, const QString& text, QObject* context,
                      PatientsCallback callback) override;
    // `patientId` is the Patient's FHIR id.
    void findStudies(const ServerProfile& server, const QString& patientId, QObject* context,
                     StudiesCallback callback) override;
    // ImagingStudy?identifier=urn:dicom:uid|urn:oid:UID, then its Patient.
    void findStudy(const ServerProfile& server, const QString& studyUid, QObject* context,
                   StudiesCallback callback) override;
    void authorizationFor(const ServerProfile& server, const ImagingStudyRecord& study,
                          QObject* context, AuthorizationCallback callback) override;

private:
    // At 200 studies a page, 10,000 studies; beyond that a patient's list is cut short.
    static constexpr int kMaxStudyPages = 50;
    using StudiesDone = std::function<void(const Result<QList<ImagingStudyRecord>>&)>;
    void searchStudies(FhirClient* client, const QueryParams& params, QPointer<QObject> guard,
                       StudiesDone done);
    static void resolveStudies(FhirClient* client, QJsonObject searchset, QPointer<QObject> guard,
                               StudiesDone done);
    static void readUnresolvedEndpoints(FhirClient* client, const QJsonObject& searchset,
                                        const ImagingStudyResolver::Resolution& first,
                                        QPointer<QObject> guard, StudiesDone done);
    // A client for one lookup: it lives as long as the lookup, and the answer goes only to a
    // receiver still alive.
    struct Lookup {
        FhirClient* client = nullptr;
        QPointer<QObject> guard;
        StudiesCallback finish;
    };
    Lookup lookup(const ServerProfile& server, QObject* context, StudiesCallback callback);

    FhirClientFactory m_clients;
    QPointer<DicomWebCredentials> m_credentials;
};

} // namespace sightline
