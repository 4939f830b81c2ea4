#pragma once
// Runs a "bulk-export" job: a BulkExportJob for the record's server and request, continued
// from the record's status URL after a restart, with progress as the Jobs panel shows it.

#include "exporting/BulkExportJob.h"
#include "jobs/JobRunner.h"

#include <QPointer>

namespace sightline {

class BulkExportRunner : public JobRunner {
    Q_OBJECT
public:
    static constexpr const char* kind = "bulk-export";

    BulkExportRunner(QByteArray authorization, BulkExportJob::Options options);

    void start(const JobRecord& job) override;
    void cancel() override;

    static JobRecord record(const QString& target, const QUrl& fhirBase,
                            const BulkExportRequest& request, const QString& outputDir);

private:
    QByteArray m_authorization;
    BulkExportJob::Options m_options;
    QPointer<BulkExportJob> m_job;
};

} // namespace sightline
