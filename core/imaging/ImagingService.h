#pragma once
// What the Studies panel, prefetch, viewers and the command line ask of imaging: a server's
// patients and studies, and retrievals into the image cache. It finds studies through the
// StudySource for the server's kind (FHIR ImagingStudy with Endpoints, a DICOMweb-only PACS,
// or a DICOM node) and hands retrievals to the RetrievalQueue, which gives each caller one
// Retrieval per study. Its signals carry every retrieval, for observers of all of them. GUI-thread
// object.

#include "cache/CacheConnections.h"
#include "fhir/FhirClientFactory.h"
#include "imaging/DicomWebCredentials.h"
#include "imaging/ImagingStudyRecord.h"
#include "imaging/PatientMatch.h"
#include "imaging/PatientStudies.h"
#include "imaging/Retrieval.h"
#include "imaging/StudyRetriever.h"
#include "imaging/StudySource.h"
#include "servers/ServerProfile.h"

#include <QObject>
#include <QPointer>

namespace sightline {

class AuditTrail;
class DicomWebStudySource;
class DimseService;
class DimseStudySource;
class ReceivingNode;
class FhirStudySource;
class RetrievalQueue;

class ImagingService : public QObject {
    Q_OBJECT
public:
    // `cache` is the image cache retrievals go to; others reach it through cache().
    ImagingService(FhirClientFactory clients, CacheConnections cache, AuditTrail* audit = nullptr,
                   QObject* parent = nullptr);
    ~ImagingService() override;

    using StudiesCallback = StudySource::StudiesCallback;
    using PatientsCallback = StudySource::PatientsCallback;
    // Patients matching what the user typed: FHIR Patients, or on a DICOMweb-only PACS ones
    // made from its DICOM data (id = PatientID).
    void findPatients(const ServerProfile& server, const QString& text, QObject* context,
                      PatientsCallback callback);
    // `patientId` is the FHIR id ("pat-mueller"), or the PatientID on a DICOMweb-only PACS.
    void findStudies(const ServerProfile& server, const QString& patientId, QObject* context,
                     StudiesCallback callback);
    // One study by its Study Instance UID, with its Patient.
    void findStudy(const ServerProfile& server, const QString& studyUid, QObject* context,
                   StudiesCallback callback);
    // Starts (or resumes) retrieving the study (optionally some series) into the cache, and
    // returns the caller's view of it; the one already running when the study is on its way
    // (and lasting, when that retrieval brings less than asked, until what was asked follows).
    // Null when the study cannot be retrieved (no DICOMweb endpoint).
    Retrieval* retrieve(const ServerProfile& server, const ImagingStudyRecord& study,
                        const PatientIdentity& patient, const QStringList& series = {});
    void cancel(const QString& studyUid);
    // The Authorization header value for the study's images (empty: none needed or none
    // known): the FHIR session's token when the endpoint takes it, else the PACS profile's.
    void authorizationFor(const ServerProfile& server, const ImagingStudyRecord& study,
                          QObject* context, StudySource::AuthorizationCallback callback);
    // Basic credentials for DICOMweb endpoints that do not take the FHIR token (a PACS profile).
    void setCredentials(DicomWebCredentials* credentials);
    // What DICOM nodes are queried through (C-FIND); their studies are retrieved by C-GET.
    void setDimse(DimseService* dimse);
    // Where a DICOM node that retrieves by C-MOVE sends the images (started when needed); what
    // it stores, pushed or moved, is announced with cacheChanged.
    void setReceivingNode(ReceivingNode* node);
    bool isRetrieving(const QString& studyUid) const;
    bool hasRetrievals() const;
    // The cache's limits, for every part of Sightline, applied at once on the retrieval thread
    // (cacheChanged follows).
    void setCacheSettings(const CacheSettings& settings);
    CacheSettings cacheSettings() const { return m_cache.settings(); }
    const QString& cacheRoot() const { return m_cache.root(); }
    const CacheConnections& cache() const { return m_cache; }

signals:
    void progress(const QString& studyUid, const sightline::RetrieveProgress& progress);
    void seriesThumbnail(const QString& studyUid, const QString& seriesUid, const QImage& image);
    void mismatchFound(const QString& studyUid, const sightline::PatientMismatch& mismatch);
    // A series of a running retrieval is whole in the cache before the retrieval ends (see
    // ImageRetriever::seriesComplete).
    void seriesComplete(const QString& studyUid, const QString& seriesUid);
    void finished(const QString& studyUid, const sightline::RetrieveOutcome& outcome);
    // The cache changed outside a retrieval: images left it for new limits (`evicted` of them),
    // or arrived at the receiving node (0). Totals shown elsewhere are old.
    void cacheChanged(qint64 evicted);

private:
    // The source for the server's kind; null for a kind Sightline cannot browse yet.
    StudySource* sourceFor(const ServerProfile& server) const;
    static Error noSourceFor(const ServerProfile& server);
    void prepareMove(RetrieveRequest& request);

    CacheConnections m_cache;
    FhirStudySource* m_fhir;
    DicomWebStudySource* m_dicomWeb;
    DimseStudySource* m_dimse;
    QPointer<ReceivingNode> m_receivingNode;
    RetrievalQueue* m_queue;
};

} // namespace sightline
