#pragma once
// `sightline login|session|logout SERVER`: SMART sessions from the command line. `login` runs the
// standalone launch (the system browser, or an address to open elsewhere with --no-browser) and
// keeps the session in the OS keychain; `session` resumes it and shows who is logged in, the
// patient in context, granted scopes and expiry; `logout` revokes and forgets it. Never prints a
// token. `launch` is the EHR launch that opens the window; `keygen` makes the key pair of a
// Backend Services client. Exit codes: 0 a usable session (or logged out, or a key written),
// 1 usage, 2 no session or a failure.

#include "CommandTable.h"

namespace sightline {

class SessionCommand {
    Q_DECLARE_TR_FUNCTIONS(SessionCommand)
public:
    static QList<CommandSpec> commands();

private:
    static int run(const CommandArguments& args);
    static int keygen(const CommandArguments& args);
};

} // namespace sightline
