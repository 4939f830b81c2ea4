#pragma once
// `sightline open SERVER STUDY_UID [--viewer ID] [--print] [--confirm-mismatch]`: finds the
// study, puts it behind the local gateway and launches the viewer (a web viewer in the system
// browser), then serves it until Ctrl+C. `sightline iid-url …` prints an IHE IID URL.
// Exit codes: 0 success, 1 usage, 2 failure, 3 the cached images' DICOM patient differs from
// the FHIR Patient and --confirm-mismatch was not given.

#include "CommandLine.h"

namespace sightline {

class ViewerCommand {
public:
    static int run(const CommandLine& commandLine);

private:
    static int open(const CommandLine& commandLine);
    static int iidUrl(const CommandLine& commandLine);
};

} // namespace sightline
