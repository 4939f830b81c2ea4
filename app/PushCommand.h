#pragma once
// `sightline export push [SOURCE] TARGET --identifier-system SYSTEM (--ndjson FILE|DIR… |
// --type T [--patient ID]) [--dry-run] [--chunk N] [--no-provenance] [--report DIR] [--json]`
// pushes resources without duplicates as a background job (so `jobs resume` continues an
// interrupted one) and prints what happened to each entry. Exit codes: 0 every entry arrived
// (or would), 1 usage, 2 the job failed or some entries were refused or ambiguous.

#include "CommandTable.h"

#include <QCoreApplication>

namespace sightline {

class PushCommand {
    Q_DECLARE_TR_FUNCTIONS(PushCommand)
public:
    static QList<CommandSpec> commands();

private:
    static int run(const CommandArguments& args);
};

} // namespace sightline
