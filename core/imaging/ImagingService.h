#pragma once
// What the Studies panel and the command line ask of imaging: a patient's studies (FHIR
// Patient + ImagingStudy with its Endpoints, reading Endpoints the search did not include) and
// retrievals into the image cache. Retrievals run on one worker thread with its own network
// manager and cache connection, several studies at a time; progress, thumbnails, patient
// mismatches and outcomes come back as signals on the GUI thread, and each retrieval (and its
// outcome) is recorded in the audit trail. GUI-thread object.

#include "fhir/FhirClient.h"
#include "fhir/FhirClientFactory.h"
#include "imaging/DicomWebCredentials.h"
#include "imaging/ImagingStudyRecord.h"
#include "imaging/PatientMatch.h"
#include "imaging/PatientStudies.h"
#include "imaging/Retrieval.h"
#include "imaging/StudyRetriever.h"
#include "servers/ServerProfile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace sightline {

class AuditTrail;
class DicomWebDirectory;
class FhirClient;
class RetrievalWorker;

class ImagingService : public QObject {
    Q_OBJECT
public:
    ImagingService(FhirClientFactory clients, QString cacheRoot, AuditTrail* audit = nullptr,
                   QObject* parent = nullptr);
    ~ImagingService() override;

    using StudiesCallback = std::function<void(const Result<PatientStudies>&)>;
    using PatientsCallback = std::function<void(const Result<QList<QJsonObject>>&)>;
    // Patients of a DICOMweb-only PACS matching what the user typed (QIDO-RS; FHIR-shaped, id =
    // PatientID). FHIR servers are searched with FhirClient directly.
    void findPacsPatients(const ServerProfile& pacs, const QString& text, QObject* context,
                          PatientsCallback callback);
    // `patientId` is the FHIR id ("pat-mueller"), or the PatientID on a DICOMweb-only PACS.
    void findStudies(const ServerProfile& server, const QString& patientId, QObject* context,
                     StudiesCallback callback);
    // One study by its Study Instance UID (ImagingStudy?identifier=urn:oid:…), with its Patient.
    void findStudy(const ServerProfile& server, const QString& studyUid, QObject* context,
                   StudiesCallback callback);
    // Starts (or resumes) retrieving the study (optionally some series) into the cache, and
    // returns the caller's view of it; the one already running when the study is on its way.
    // Null when the study cannot be retrieved (no DICOMweb endpoint).
    Retrieval* retrieve(const ServerProfile& server, const ImagingStudyRecord& study,
                        const PatientIdentity& patient, const QStringList& series = {});
    void cancel(const QString& studyUid);
    // The Authorization header value for the study's DICOMweb endpoint (empty: none needed or
    // none known): the FHIR session's token when the endpoint takes it, else the PACS profile's.
    void authorizationFor(const ServerProfile& server, const ImagingStudyRecord& study,
                          QObject* context, std::function<void(const QByteArray&)> callback);
    // Basic credentials for DICOMweb endpoints that do not take the FHIR token (a PACS profile).
    void setCredentials(DicomWebCredentials* credentials) { m_credentials = credentials; }
    bool isRetrieving(const QString& studyUid) const { return m_running.contains(studyUid); }
    bool hasRetrievals() const { return !m_running.isEmpty(); }
    // The cache's limits, applied at once on the retrieval thread (cacheChanged follows).
    void setCacheSettings(const CacheSettings& settings);
    const CacheSettings& cacheSettings() const { return m_cacheSettings; }
    const QString& cacheRoot() const { return m_cacheRoot; }

signals:
    void progress(const QString& studyUid, const sightline::RetrieveProgress& progress);
    void seriesThumbnail(const QString& studyUid, const QString& seriesUid, const QImage& image);
    void mismatchFound(const QString& studyUid, const sightline::PatientMismatch& mismatch);
    void finished(const QString& studyUid, const sightline::RetrieveOutcome& outcome);
    // Images left the cache for new limits (`evicted` of them); totals shown elsewhere are old.
    void cacheChanged(qint64 evicted);

private:
    // At 200 studies a page, 10,000 studies; beyond that a patient's list is cut short.
    static constexpr int kMaxStudyPages = 50;
    void searchStudies(FhirClient* client, const QueryParams& params, QPointer<QObject> guard,
                       std::function<void(const Result<QList<ImagingStudyRecord>>&)> done);
    static void resolveStudies(FhirClient* client, QJsonObject searchset, QPointer<QObject> guard,
                               std::function<void(const Result<QList<ImagingStudyRecord>>&)> done);
    static void
    readUnresolvedEndpoints(FhirClient* client, const QJsonObject& searchset,
                            const ImagingStudyResolver::Resolution& first, QPointer<QObject> guard,
                            std::function<void(const Result<QList<ImagingStudyRecord>>&)> done);
    void startOnWorker(const RetrieveRequest& request);
    struct Lookup {
        FhirClient* client = nullptr;
        QPointer<QObject> guard;
        StudiesCallback finish;
    };
    Lookup lookup(const ServerProfile& server, QObject* context, StudiesCallback callback);
    void auditRetrieval(const ServerProfile& server, const QString& studyUid,
                        const PatientIdentity& patient, const RetrieveOutcome& outcome);
    // The Basic credentials of a DICOMweb-only PACS (none when it is open).
    void pacsAuthorization(const ServerProfile& pacs, QObject* context,
                           std::function<void(const QByteArray&)> callback);
    // Runs `then` with that authorization while `context` lives (it is handed on).
    void withPacsAuthorization(const ServerProfile& pacs, QObject* context,
                               std::function<void(const QByteArray&, QObject*)> then);

    FhirClientFactory m_clients;
    QString m_cacheRoot;
    CacheSettings m_cacheSettings;
    QPointer<AuditTrail> m_audit;
    QPointer<DicomWebCredentials> m_credentials;
    QThread m_thread;
    RetrievalWorker* m_worker;
    DicomWebDirectory* m_directory;
    QHash<QString, QPair<ServerProfile, PatientIdentity>> m_running; // study → server, patient
    QHash<QString, QPointer<Retrieval>> m_retrievals;                // study → its Retrieval
};

} // namespace sightline
