#pragma once
// Patients and studies of a PACS without FHIR, found with QIDO-RS. PS3.18 has no patient-level
// search, so patients are gathered from study-level answers (by name, PatientID or birth date)
// and grouped by PatientID and issuer. A patient's studies come with their series and are shaped
// like those of a FHIR server (ImagingStudyRecord with the PACS as endpoint), so retrieval, the
// cache, prefetch and viewers treat both alike. The patient is made from the DICOM attributes,
// so each retrieved instance is still compared with it (a PACS can hold inconsistent data).
// Lives on the thread of its QNetworkAccessManager; callbacks run there too.

#include "common/Result.h"
#include "imaging/PatientStudies.h"
#include "servers/ServerProfile.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace sightline {

class NetworkRecorder;
class DicomWebClient;
struct QidoQuery;

class DicomWebDirectory : public QObject {
    Q_OBJECT
public:
    using PatientsCallback = std::function<void(const Result<QList<QJsonObject>>&)>;
    using StudiesCallback = std::function<void(const Result<PatientStudies>&)>;

    DicomWebDirectory(QNetworkAccessManager* network, NetworkRecorder* recorder,
                      QObject* parent = nullptr);

    // FHIR-shaped Patients (id = PatientID) matching what the user typed: a birth date
    // (yyyy-mm-dd), a PatientID (has a digit) or a name (any of its words, prefix match).
    void findPatients(const ServerProfile& pacs, const QByteArray& authorization,
                      const QString& text, QObject* context, PatientsCallback callback);
    // Every study of the patient with this PatientID, each with its series.
    void findStudies(const ServerProfile& pacs, const QByteArray& authorization,
                     const QString& patientId, QObject* context, StudiesCallback callback);
    // One study by its Study Instance UID, with its series and patient.
    void findStudy(const ServerProfile& pacs, const QByteArray& authorization,
                   const QString& studyUid, QObject* context, StudiesCallback callback);

    // The pure parts, for tests.
    static QidoQuery patientQuery(const QString& text);
    static bool nameMatches(const QString& dicomName, const QString& text);
    static QJsonObject patientFromQido(const QJsonObject& study);
    static PatientIdentity identityFromQido(const QJsonObject& study);
    static ImagingStudyRecord studyFromQido(const QJsonObject& study, const QUrl& serviceBase);
    static ImagingSeriesRecord seriesFromQido(const QJsonObject& series);
    // Study-level answers (DICOM JSON, from QIDO-RS or a C-FIND) made into what the user
    // looks at: the patients matching what was typed (patientQuery's words), grouped by
    // PatientID and issuer; a patient's studies, newest first, with `serviceBase` as endpoint;
    // a study's series, in series-number order.
    static QList<QJsonObject> patientsFrom(const QList<QJsonObject>& studies, const QString& typed);
    static PatientStudies patientStudies(const QList<QJsonObject>& studies,
                                         const QUrl& serviceBase);
    static void addSeries(ImagingStudyRecord& study, const QList<QJsonObject>& series);

private:
    // A client for one query of this PACS, owned by the directory until its query ends.
    DicomWebClient* clientFor(const ServerProfile& pacs, const QByteArray& authorization);
    // The studies matching `query` with their series; `noneFound` is the error when none do.
    void studiesWithSeries(const ServerProfile& pacs, const QByteArray& authorization,
                           const QidoQuery& query, QObject* context, const QString& noneFound,
                           StudiesCallback callback);

    QNetworkAccessManager* m_network;
    QPointer<NetworkRecorder> m_recorder;
};

} // namespace sightline
