#pragma once
// The imaging of a PACS that speaks DICOMweb alone (no FHIR server in front): patients and
// studies found with QIDO-RS (DicomWebDirectory), images under the PACS's own Basic
// credentials from the OS keychain, or none when it is open. GUI-thread object.

#include "imaging/StudySource.h"

#include <QPointer>

class QNetworkAccessManager;

namespace sightline {

class DicomWebCredentials;
class DicomWebDirectory;
class NetworkRecorder;

class DicomWebStudySource : public StudySource {
    Q_OBJECT
public:
    DicomWebStudySource(QNetworkAccessManager* network, NetworkRecorder* recorder,
                        QObject* parent = nullptr);

    // Where Basic credentials of PACS profiles are looked up.
    void setCredentials(DicomWebCredentials* credentials) { m_credentials = credentials; }

    bool serves(const ServerProfile& server) const override { return server.isDicomWebOnly(); }
    void findPatients(const ServerProfile& pacs, const QString& text, QObject* context,
                      PatientsCallback callback) override;
    void findStudies(const ServerProfile& pacs, const QString& patientId, QObject* context,
                     StudiesCallback callback) override;
    void findStudy(const ServerProfile& pacs, const QString& studyUid, QObject* context,
                   StudiesCallback callback) override;
    void authorizationFor(const ServerProfile& pacs, const ImagingStudyRecord& study,
                          QObject* context, AuthorizationCallback callback) override;

private:
    // Runs `then` with the PACS's authorization while `context` lives (it is handed on).
    void withAuthorization(const ServerProfile& pacs, QObject* context,
                           std::function<void(const QByteArray&, QObject*)> then);

    DicomWebDirectory* m_directory;
    QPointer<DicomWebCredentials> m_credentials;
};

} // namespace sightline
