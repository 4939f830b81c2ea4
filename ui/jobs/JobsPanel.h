#pragma once
// The Jobs panel: every background job (exports) with its state, a progress bar, speed and
// ETA; details of the selected one (files, resources, errors, burned-in annotation warnings);
// pause, resume, cancel, retry and open the output folder; "New export…", "New push…" (of an
// export's output when one is selected) and study exports (asked for from the Studies panel). Thin
// over JobManager, which does the work.

#include "fhir/FhirClientFactory.h"
#include "jobs/JobRecord.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sightline {

class JobManager;
class ServerStore;
class NewExportDialog;
class PushDialog;
class StudyExportDialog;

class JobsPanel : public QWidget {
    Q_OBJECT
public:
    JobsPanel(JobManager* jobs, ServerStore* servers, FhirClientFactory clients,
              QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* details() const { return m_details; }
    // How the output folder is opened (the desktop's file manager); replaceable for tests.
    void setFolderOpener(std::function<void(const QString&)> opener) {
        m_openFolder = std::move(opener);
    }
    // Shows the New export dialog; `prepare` may fill it in (tests), then it runs modally.
    void newExport(const std::function<void(NewExportDialog*)>& prepare = {});
    // Shows the push dialog (with the selected bulk export's folder as the source, when a
    // completed one is selected); `prepare` as for newExport().
    void newPush(const std::function<void(PushDialog*)>& prepare = {});
    // Where cached studies are exported from (the image cache folder).
    void setImageCacheRoot(const QString& root) { m_cacheRoot = root; }
    // Asks how to export a cached study and queues the job; `prepare` as for newExport().
    void exportStudy(const QString& studyInstanceUid, const QString& label,
                     const std::function<void(StudyExportDialog*)>& prepare = {});

signals:
    void statusMessage(const QString& text);

private:
    void reload();
    void showJob(const JobRecord& job);
    int rowOf(qint64 id) const;
    std::optional<JobRecord> selected() const;
    void updateButtons();

    struct Sample {
        qint64 atMs = 0;
        qint64 bytes = 0;
        double bytesPerSecond = 0;
    };

    JobManager* m_jobs;
    QString m_cacheRoot;
    ServerStore* m_servers;
    FhirClientFactory m_clients;
    QTableWidget* m_table;
    QLabel* m_details;
    QPushButton* m_pause;
    QPushButton* m_resume;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    QPushButton* m_open;
    QPushButton* m_remove = nullptr;
    QHash<qint64, JobRecord> m_records;
    QHash<qint64, Sample> m_samples;
    QHash<QString, QString> m_serverNames; // target → display name
    std::function<void(const QString&)> m_openFolder;
};

} // namespace sightline
