#pragma once
// Compares the images already cached for a patient's studies with the FHIR Patient, so a
// mismatch shows when the studies are listed, before anyone opens them (new images are compared
// as they arrive, by the retrieval). DICOM parsing: off the calling thread with start().

#include "imaging/PatientMatch.h"
#include "imaging/PatientStudies.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace sightline {

class CacheConnections;

class CachedPatientCheck {
public:
    // Study Instance UID → what differs, for each study whose cached images disagree.
    using Mismatches = QHash<QString, PatientMismatch>;

    // On the calling thread (a worker's, or a command's).
    static Mismatches run(const CacheConnections& cache, const PatientStudies& patient);
    // On Sightline's background pool; `done` runs on `context`'s thread while it lives.
    static void start(const CacheConnections& cache, const PatientStudies& patient,
                      QObject* context, std::function<void(const Mismatches&)> done);
};

} // namespace sightline
