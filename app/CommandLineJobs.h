#pragma once
// What a command that runs background jobs needs: the persistent job list, the audit trail
// and a JobManager over them; wait() runs the event loop until the given jobs have ended,
// printing their progress on stderr (so an interrupted command can be continued with
// `sightline jobs resume`).

#include "audit/AuditTrail.h"
#include "common/Result.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSet>

#include <memory>

namespace sightline {

class CommandLineJobs {
    Q_DECLARE_TR_FUNCTIONS(CommandLineJobs)

public:
    static Result<std::unique_ptr<CommandLineJobs>> open();
    ~CommandLineJobs();

    JobManager& manager() { return *m_manager; }
    JobStore& store() { return *m_store; }
    AuditTrail& audit() { return m_audit; }
    // 0 when every job in `ids` completed, 2 otherwise.
    int wait(const QSet<qint64>& ids);
    // One line about a job, as printed while waiting and by `jobs list`.
    static QString progressLine(const JobRecord& job);

private:
    explicit CommandLineJobs(std::unique_ptr<JobStore> store);

    std::unique_ptr<JobStore> m_store;
    QNetworkAccessManager m_network;
    AuditTrail m_audit;
    std::unique_ptr<JobManager> m_manager;
};

} // namespace sightline
