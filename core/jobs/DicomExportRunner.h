#pragma once
// Runs a "dicom-export" job: a DicomStudyExport from the image cache on a pool thread (so
// the job worker's event loop stays free for downloads), with progress per file. Pausing or
// cancelling stops it at the next file; an interrupted export starts again from the first
// file (its staging folder is discarded), which also gives it a fresh de-identification key
// unless the job names a key file.

#include "exporting/DicomStudyExport.h"
#include "jobs/JobRunner.h"

#include <QFutureWatcher>

#include <atomic>
#include <memory>

namespace sightline {

class DicomExportRunner : public JobRunner {
    Q_OBJECT
public:
    static constexpr const char* kind = "dicom-export";

    ~DicomExportRunner() override;

    void start(const JobRecord& job) override;
    void cancel() override;

    static JobRecord record(const QString& cacheRoot, const DicomExportRequest& request);

private:
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<Result<DicomExportSummary>>* m_watcher = nullptr;
};

} // namespace sightline
