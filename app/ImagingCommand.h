#pragma once
// `sightline studies|retrieve|cache …`: a patient's imaging studies, retrieval into the image
// cache with progress on stderr, and the cache's statistics, verification and purging.
// Exit codes: 0 success, 1 usage, 2 failure, 3 retrieved but the DICOM patient differs from
// the FHIR Patient (check before use).

#include "CommandTable.h"

namespace sightline {

class ImagingCommand {
    Q_DECLARE_TR_FUNCTIONS(ImagingCommand)
public:
    static QList<CommandSpec> commands();

private:
    static int studies(const CommandArguments& args);
    static int retrieve(const CommandArguments& args);
    static int cache(const CommandArguments& args);
};

} // namespace sightline
