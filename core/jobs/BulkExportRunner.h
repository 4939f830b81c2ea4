#pragma once
// Runs a "bulk-export" job: a BulkExportJob for the record's server and request, continued
// from the record's status URL after a restart, with progress as the Jobs panel shows it.
// When the request asks for it, de-identified copies of the files are then written to
// "deidentified/" on a pool thread (all files again if interrupted, with one key per run).

#include "exporting/BulkExportJob.h"
#include "jobs/JobRunner.h"

#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>

namespace sightline {

class BulkExportRunner : public JobRunner {
    Q_OBJECT
public:
    static constexpr const char* kind = "bulk-export";

    BulkExportRunner(SharedAuthorizationPtr authorization, BulkExportJob::Options options);
    ~BulkExportRunner() override;

    void start(const JobRecord& job) override;
    void cancel() override;

    static JobRecord record(const QString& target, const QUrl& fhirBase,
                            const BulkExportRequest& request, const QString& outputDir);

    static QString deidentifiedFolder() { return QStringLiteral("deidentified"); }

private:
    void deidentify(const BulkExportSummary& summary, JobOutcome outcome);

    SharedAuthorizationPtr m_authorization;
    BulkExportJob::Options m_options;
    QPointer<BulkExportJob> m_job;
    BulkExportRequest m_request;
    QFutureWatcher<Result<QJsonObject>>* m_deidentifying = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
};

} // namespace sightline
