#pragma once
// The Studies panel: find a patient (name, identifier or birth date) on a configured server,
// see their imaging studies (where each lives, how much is cached, retrieval progress, patient
// mismatches in red), series thumbnails, retrieve or cancel with progress, the DICOM tags of a
// cached instance, and the cache's state. Network, DICOM and disk work happen in ImagingService's
// worker thread or off the GUI thread; this panel only shows and asks.

#include "fhir/PatientSummary.h"
#include "imaging/ImagingService.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractButton;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

namespace sightline {

class CacheMaintenance;
class PatientPrefetch;
class ServerStore;
class SecurityLabelChips;
class SeriesThumbnailGrid;
class StudyOpener;
class StudyTableModel;
class ViewerRegistry;

class StudiesPanel : public QWidget {
    Q_OBJECT
public:
    StudiesPanel(ServerStore* servers, ImagingService* imaging, QWidget* parent = nullptr);
    ~StudiesPanel() override;

    void selectServer(const QString& serverId);
    // Opens a patient by FHIR id (e.g. from a launch context).
    void openPatient(const QString& serverId, const QString& patientId);
    // Opens the study's patient, then the study in a viewer (empty: the default one), as a
    // double-click would, with the mismatch confirmation (e.g. from a sightline://open link).
    void openStudy(const QString& serverId, const QString& studyUid, const QString& viewerId);
    StudyTableModel* model() const { return m_model; }
    // Puts the cursor in the patient search, its text selected (Ctrl+F).
    void focusPatientSearch();
    // Adds "Open in …" (and double-click) for the selected study.
    void setViewers(ViewerRegistry* viewers, StudyOpener* opener);
    // Shows "Export…" for the selected, cached study (studyExportRequested).
    void enableStudyExport();
    // Shows "Prefetch on open" and queues the missing studies of each patient opened.
    void setPrefetch(PatientPrefetch* prefetch);
    // The cache changed under the panel (emptied, trimmed): counts and totals are read again.
    void refreshCacheState();
    // Asks before opening a study flagged as another patient's; replaceable for tests.
    void setMismatchConfirmation(std::function<bool(const QString&)> confirm) {
        m_confirmMismatch = std::move(confirm);
    }

signals:
    // The patient now in context, with the id of the server they are from (patient ids are
    // local to a server).
    void patientOpened(const sightline::PatientSummary& patient, const QString& serverId,
                       const QString& serverName);
    // The same event for panels that load more of the patient (consents …) from the server.
    void patientContext(const sightline::ServerProfile& server, const QString& patientId);
    void mismatchFound(const QString& warning);
    // "Export…" on a cached study; `label` describes it for the user.
    void studyExportRequested(const QString& studyInstanceUid, const QString& label);
    void statusMessage(const QString& text);

private:
    void refreshServers();
    void searchPatients();
    void showPatients(const Result<QList<QJsonObject>>& patients);
    void loadStudies(const QString& patientId);
    void showSeries();
    void retrieveSelected();
    void cancelSelected();
    void openSelected(const QString& viewerId);
    void flagMismatch(const QString& study, const PatientMismatch& mismatch);
    void checkCachedPatients();
    void openPending();
    void showTags();
    void exportSelected();
    void updateCacheLabel();
    std::optional<ServerProfile> currentServer() const;
    QList<const ImagingStudyRecord*> selectedStudies() const;

    ServerStore* m_servers;
    ImagingService* m_imaging;
    CacheMaintenance* m_maintenance; // counts and totals, off the GUI thread
    QPointer<PatientPrefetch> m_prefetch;
    StudyTableModel* m_model;
    PatientStudies m_current;
    ServerProfile m_currentServer;
    QComboBox* m_server;
    QLineEdit* m_search;
    QPushButton* m_find;
    QListWidget* m_patients;
    QLabel* m_mismatch;
    QTableView* m_table;
    SeriesThumbnailGrid* m_series;
    QPushButton* m_retrieve;
    QPushButton* m_cancel;
    QPushButton* m_tags;
    QPushButton* m_export;
    QProgressBar* m_progress;
    QLabel* m_cacheLabel;
    SecurityLabelChips* m_labels;
    QHBoxLayout* m_buttons;
    QPointer<QAbstractButton> m_openButton; // "Open in …", once viewers are set
    QPointer<StudyOpener> m_opener;
    std::function<bool(const QString&)> m_confirmMismatch;
    struct PendingOpen {
        QString studyUid;
        QString viewerId;
    } m_pendingOpen; // openStudy: opened once the patient's studies are listed and checked
};

} // namespace sightline
