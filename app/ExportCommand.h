#pragma once
// `sightline export bulk SERVER [--group ID | --patient] [--type T,U] [--since DATE]
// [--type-filter QUERY]… [--elements E,F] [--post] [--lenient] --out DIR` runs a Bulk Data
// export as a persistent job (progress on stderr; if interrupted, `jobs resume` continues it).
// `sightline jobs list [--json] | jobs resume [ID] | jobs cancel ID` manage the job list.
// `sightline export push [SOURCE] TARGET --identifier-system SYSTEM (--ndjson FILE… | --type T
// [--patient ID]) [--dry-run] [--chunk N] [--json]` pushes resources without duplicates.
// `export dicom` and `export deidentify`: see StudyExportCommand.
// Exit codes: 0 completed, 1 usage, 2 the job failed or was cancelled.

#include "CommandLine.h"

#include <QCoreApplication>
#include <QSet>

namespace sightline {

class JobManager;
class JobStore;

class ExportCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(const CommandLine& commandLine);
    // Runs the event loop until every job in `ids` has ended, printing progress on stderr;
    // 0 when all completed, 2 otherwise.
    static int waitForJobs(JobManager& manager, JobStore& store, const QSet<qint64>& ids);

private:
    static int bulk(const CommandLine& commandLine);
    static int jobs(const CommandLine& commandLine);
    static int push(const CommandLine& commandLine);
};

} // namespace sightline
