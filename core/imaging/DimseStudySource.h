#pragma once
// The imaging of a DICOM node (a PACS reached over DIMSE): patients and studies found with
// C-FIND at the study level (Study Root, which every Q/R SCP supports), grouped into patients
// and shaped like a DICOMweb PACS's (DicomWebDirectory), with each study's series from a
// series-level C-FIND. A study's endpoint is the node itself, so retrieval goes by C-GET
// (ImagingService). Queries run through DimseService, off the GUI thread and audited.
// GUI-thread object.

#include "imaging/StudySource.h"

#include <QHash>
#include <QPointer>

#include <memory>

namespace sightline {

class DimseService;
struct DimseQuery;

class DimseStudySource : public StudySource {
    Q_OBJECT
public:
    explicit DimseStudySource(QObject* parent = nullptr);

    // What the queries run through; without it, every call fails with a clear error.
    void setService(DimseService* service);

    bool serves(const ServerProfile& server) const override { return server.isDicomNode(); }
    void findPatients(const ServerProfile& node, const QString& text, QObject* context,
                      PatientsCallback callback) override;
    void findStudies(const ServerProfile& node, const QString& patientId, QObject* context,
                     StudiesCallback callback) override;
    void findStudy(const ServerProfile& node, const QString& studyUid, QObject* context,
                   StudiesCallback callback) override;
    // A DICOM node takes no Authorization header.
    void authorizationFor(const ServerProfile&, const ImagingStudyRecord&, QObject*,
                          AuthorizationCallback callback) override {
        callback({});
    }

    // The pure part, for tests: the study-level queries for what the user typed (as a DICOMweb
    // PACS is asked: a birth date, a PatientID, or the first word of a name, then in the
    // spellings of case a node may hold it in).
    static QList<DimseQuery> patientQueries(const QString& text);

private:
    // Runs `queries` one after another from `index`, keeping each matching study once.
    void findEach(const ServerProfile& node, const QList<DimseQuery>& queries, int index,
                  std::shared_ptr<QHash<QString, QJsonObject>> studies, QPointer<QObject> guard,
                  std::function<void(const Status&)> done);
    // The studies matching `query`, each with its series; `noneFound` when there are none.
    void studiesWithSeries(const ServerProfile& node, const DimseQuery& query, QObject* context,
                           const QString& noneFound, StudiesCallback callback);
    // Fills in each study's series, one series-level C-FIND after another, then answers.
    void addSeries(const ServerProfile& node, std::shared_ptr<PatientStudies> result, int index,
                   QPointer<QObject> guard, StudiesCallback callback);

    QPointer<DimseService> m_service;
};

} // namespace sightline
