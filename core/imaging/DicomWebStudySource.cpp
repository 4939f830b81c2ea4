#include "imaging/DicomWebStudySource.h"

#include "imaging/DicomWebCredentials.h"
#include "imaging/DicomWebDirectory.h"

namespace sightline {

DicomWebStudySource::DicomWebStudySource(QNetworkAccessManager* network, NetworkRecorder* recorder,
                                         QObject* parent)
    : StudySource(parent)
    , m_directory(new DicomWebDirectory(network, recorder, this)) {}

void DicomWebStudySource::authorizationFor(const ServerProfile& pacs, const ImagingStudyRecord&,
                                           QObject* context, AuthorizationCallback callback) {
    if (pacs.authKind == ServerProfile::AuthKind::Basic && m_credentials)
        m_credentials->lookup(pacs.fhirBase, context, std::move(callback));
    else
        callback({});
}

void DicomWebStudySource::withAuthorization(const ServerProfile& pacs, QObject* context,
                                            std::function<void(const QByteArray&, QObject*)> then) {
    QPointer<QObject> guard(context);
    authorizationFor(pacs, {}, this, [guard, then](const QByteArray& authorization) {
        if (guard)
            then(authorization, guard);
    });
}

void DicomWebStudySource::findPatients(const ServerProfile& pacs, const QString& text,
                                       QObject* context, PatientsCallback callback) {
    withAuthorization(pacs, context, [=, this](const QByteArray& auth, QObject* receiver) {
        m_directory->findPatients(pacs, auth, text, receiver,
                                  [callback](const Result<QList<QJsonObject>>& patients) {
                                      if (!patients)
                                          return callback(patients.error());
                                      PatientSearch::Found found;
                                      found.patients = patients.value();
                                      callback(found);
                                  });
    });
}

void DicomWebStudySource::findStudies(const ServerProfile& pacs, const QString& patientId,
                                      QObject* context, StudiesCallback callback) {
    withAuthorization(pacs, context, [=, this](const QByteArray& auth, QObject* receiver) {
        m_directory->findStudies(pacs, auth, patientId, receiver, callback);
    });
}

void DicomWebStudySource::findStudy(const ServerProfile& pacs, const QString& studyUid,
                                    QObject* context, StudiesCallback callback) {
    withAuthorization(pacs, context, [=, this](const QByteArray& auth, QObject* receiver) {
        m_directory->findStudy(pacs, auth, studyUid, receiver, callback);
    });
}

} // namespace sightline
