#pragma once
// `sightline studies|retrieve|cache …`: a patient's imaging studies, retrieval into the image
// cache with progress on stderr, and the cache's statistics, verification and purging.
// Exit codes: 0 success, 1 usage, 2 failure, 3 retrieved but the DICOM patient differs from
// the FHIR Patient (check before use).

#include "CommandLine.h"

namespace sightline {

class ImagingCommand {
public:
    static int run(const CommandLine& commandLine);

private:
    static int studies(const CommandLine& commandLine);
    static int retrieve(const CommandLine& commandLine);
    static int cache(const CommandLine& commandLine);
};

} // namespace sightline
