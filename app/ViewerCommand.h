#pragma once
// `sightline open SERVER STUDY_UID [--viewer ID] [--print] [--confirm-mismatch]`: finds the
// study, puts it behind the local gateway and launches the viewer (a web viewer in the system
// browser), then serves it until Ctrl+C. `sightline iid-url …` prints an IHE IID URL.
// Exit codes: 0 success, 1 usage, 2 failure, 3 the cached images' DICOM patient differs from
// the FHIR Patient and --confirm-mismatch was not given.

#include "CommandTable.h"

namespace sightline {

class ViewerCommand {
    Q_DECLARE_TR_FUNCTIONS(ViewerCommand)
public:
    static QList<CommandSpec> commands();

private:
    static int open(const CommandArguments& args);
    static int iidUrl(const CommandArguments& args);
};

} // namespace sightline
