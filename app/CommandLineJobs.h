#pragma once
// What a command that runs background jobs needs: the job list of the application's services
// (the same JobManager, runners and session tokens as the window); wait() runs the event loop
// until the given jobs have ended, printing their progress on stderr (so an interrupted command
// can be continued with `sightline jobs resume`).

#include "AppServices.h"
#include "common/Result.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

namespace sightline {

class CommandLineJobs {
    Q_DECLARE_TR_FUNCTIONS(CommandLineJobs)

public:
    static Result<std::unique_ptr<CommandLineJobs>> open(AppServices& services);

    JobManager& manager() { return *m_manager; }
    JobStore& store() { return *m_services.jobStore(); }
    AuditTrail& audit() { return m_services.audit; }
    // 0 when every job in `ids` completed, 2 otherwise.
    int wait(const QSet<qint64>& ids);
    // One line about a job, as printed while waiting and by `jobs list`.
    static QString progressLine(const JobRecord& job);

private:
    CommandLineJobs(AppServices& services, JobManager* manager)
        : m_services(services)
        , m_manager(manager) {}

    AppServices& m_services;
    JobManager* m_manager;
};

} // namespace sightline
