#pragma once
// `sightline export bulk SERVER [--group ID | --patient] [--type T,U] [--since DATE]
// [--type-filter QUERY]… [--elements E,F] [--post] [--lenient] [--deidentify [--key-file F]]
// --out DIR` runs a Bulk Data export as a persistent job (progress on stderr; if interrupted,
// `jobs resume` continues it).
// `sightline jobs list [--json] | jobs resume [ID] | jobs cancel ID` manage the job list.
// `export push`: see PushCommand; `export dicom` and `export deidentify`: see StudyExportCommand.
// Exit codes: 0 completed, 1 usage, 2 the job failed or was cancelled.

#include "CommandTable.h"

#include <QCoreApplication>

namespace sightline {

class ExportCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    // export bulk, push, dicom and deidentify, then jobs list, resume and cancel.
    static QList<CommandSpec> commands();

private:
    static int bulk(const CommandArguments& args);
    static int jobs(const CommandArguments& args);
};

} // namespace sightline
