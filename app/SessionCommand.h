#pragma once
// `sightline login|session|logout SERVER`: SMART sessions from the command line. `login` runs the
// standalone launch (the system browser, or an address to open elsewhere with --no-browser) and
// keeps the session in the OS keychain; `session` resumes it and shows who is logged in, the
// patient in context, granted scopes and expiry; `logout` revokes and forgets it. Never prints a
// token. Exit codes: 0 a usable session (or logged out), 1 usage, 2 no session or a failure.

#include "CommandLine.h"

namespace sightline {

class SessionCommand {
public:
    static int run(const CommandLine& commandLine);
};

} // namespace sightline
