#pragma once
// `sightline audit verify` and `sightline audit export`: work on the audit journal directly,
// without a window, and return the process exit code.

#include "CommandTable.h"

namespace sightline {

class AuditCommand {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    static QList<CommandSpec> commands();

private:
    static int verify(const CommandArguments& args);
    static int exportEvents(const CommandArguments& args);
};

} // namespace sightline
