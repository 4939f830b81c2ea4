#pragma once
// "Open in…": puts a study behind the local gateway (its DICOMweb source registered with the
// credentials Sightline holds for it), fills in the launch values, and launches the chosen viewer
// profile (ViewerLauncher, audited); a DICOM node's study is retrieved into the cache first, and
// the viewer reads it there. Embedded launches are handed to the UI as a URL. When the
// upstream refuses the gateway's credentials (an expired token), they are looked up again, so a
// refreshed session reaches viewers that are already open. GUI-thread object.

#include "imaging/ImagingStudyRecord.h"
#include "imaging/PatientMatch.h"
#include "servers/ServerProfile.h"
#include "viewers/ViewerLauncher.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace sightline {

class AuditTrail;
class DicomWebGateway;
class ImagingService;
class ViewerRegistry;

struct OpenStudyRequest {
    ServerProfile server;
    ImagingStudyRecord study;
    QString seriesUid;   // optional: the series to show first
    QString patientId;   // the patient's identifier value (for {patientID})
    QString patientName; // DICOM PN form
    // The patient's other studies on that server, which the viewer may also show (its study
    // list): the gateway answers these and the opened study only, for this viewer.
    QStringList patientStudyUids;
    // Whose images these are: patientKey(server id, patient id) binds an embedded viewer to the
    // patient (it closes when another patient is opened); the label titles it.
    QString patientKey;
    QString patientLabel; // "María García (14 Mar 1958)"
    // Whom the images should show, for a study that must be retrieved before it opens (from a
    // DICOM node): each retrieved image is compared with it.
    PatientIdentity patient;
    QString viewerId; // empty: the default viewer
    bool patientMismatch = false;
    bool mismatchConfirmed = false;
    bool dryRun = false; // plan only: `planned` tells what would be launched
};

class OnDemandRetrieval;

class StudyOpener : public QObject {
    Q_OBJECT
public:
    StudyOpener(ImagingService* imaging, DicomWebGateway* gateway, ViewerRegistry* viewers,
                AuditTrail* audit, QObject* parent = nullptr);
    ~StudyOpener() override;

    void open(const OpenStudyRequest& request);
    // The patient a view belongs to: patient ids are local to their server.
    static QString patientKey(const QString& serverId, const QString& patientId) {
        return serverId + QLatin1Char('|') + patientId;
    }

signals:
    void opened(const QString& studyUid, const QString& viewer);
    // The same, with the study as FHIR described it (for context sync).
    void studyOpened(const sightline::ImagingStudyRecord& study);
    void planned(const sightline::LaunchPlan& plan);
    void embeddedRequested(const QUrl& url, const QString& title, const QString& patientKey);
    void failed(const QString& studyUid, const QString& message);
    // What the user should know while a study opens: that it is being retrieved first (from a
    // DICOM node), or that not all of it could be.
    void notice(const QString& studyUid, const QString& message);

private:
    void retrieveThenOpen(OpenStudyRequest request, const ViewerProfile& profile);
    void openThroughGateway(const OpenStudyRequest& request, const ViewerProfile& viewer);
    void launch(const OpenStudyRequest& request, const ViewerProfile& profile,
                const QString& sourceId, const QByteArray& authorization);
    void refreshCredentials(const QString& sourceId);
    // Whether the viewer reads the study's files (a folder, a ZIP) rather than DICOMweb: a
    // DICOM node's study must then be in the cache whole before it starts.
    static bool readsFiles(const ViewerProfile& profile);

    QPointer<ImagingService> m_imaging;
    QPointer<DicomWebGateway> m_gateway;
    QPointer<ViewerRegistry> m_viewers;
    QPointer<AuditTrail> m_audit;
    OnDemandRetrieval* m_onDemand;              // a node's series for viewers that read DICOMweb
    QHash<QString, OpenStudyRequest> m_sources; // gateway source → the request that made it
    QSet<QString> m_retrievingToOpen;           // studies a viewer waits for (one viewer each)
};

} // namespace sightline
