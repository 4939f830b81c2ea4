#pragma once
// `sightline consent evaluate --consent FILE… --resource FILE… [question options] [--json]`:
// decides locally, with the full trace. `sightline consent check SERVER --patient ID
// [question options] [--json]`: loads the patient's consents and data from the server and
// previews what would be shared, withheld or redacted, and why. Both are audited.
// Exit codes: 0 evaluated, 1 usage or unreadable file, 2 malformed consent or server failure.

#include "CommandTable.h"

#include <QCoreApplication>

namespace sightline {

class ConsentCommand {
    Q_DECLARE_TR_FUNCTIONS(ConsentCommand)

public:
    static QList<CommandSpec> commands();

private:
    static int evaluate(const CommandArguments& args);
    static int check(const CommandArguments& args);
};

} // namespace sightline
