#pragma once
// `sightline audit verify` and `sightline audit export`: work on the audit journal directly,
// without a window, and return the process exit code.

#include "CommandLine.h"

namespace sightline {

class AuditCommand {
public:
    static int run(const CommandLine& commandLine);

private:
    static int verify(const QString& journalPath);
    static int exportEvents(const CommandLine& commandLine, const QString& journalPath);
};

} // namespace sightline
