#pragma once
// `sightline receive`: Sightline's receiving node in the foreground, for scripts and for a
// PACS's C-MOVE to a workstation without the window: PACSes and modalities push studies
// (C-STORE) into the image cache until Ctrl+C. One line per association on standard output (a
// JSON object per line with --json), refusals on standard error.
// Exit codes: 0 stopped, 1 usage, 2 the port could not be opened.

#include "CommandTable.h"

namespace sightline {

class ReceiveCommand {
    Q_DECLARE_TR_FUNCTIONS(ReceiveCommand)
public:
    static QList<CommandSpec> commands();

private:
    static int receive(const CommandArguments& args);
};

} // namespace sightline
