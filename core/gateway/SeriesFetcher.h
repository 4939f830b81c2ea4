#pragma once
// What brings a DICOM node's series into the image cache while a viewer waits for it: a DICOM
// node has no DICOMweb, so the gateway answers its viewers from the cache alone, and asks this
// for what the cache does not hold yet (the application retrieves it by C-GET or C-MOVE, one
// series after another in the order the viewer asked). It also says when a study's images must
// not be shown (they named another patient than the viewer's, and nobody confirmed them).
// Called from the gateway's HTTP threads; implementations are thread-safe.

#include "common/Result.h"
#include "dicom/DicomHeader.h"

#include <QString>

#include <chrono>

namespace sightline {

class SeriesFetcher {
public:
    virtual ~SeriesFetcher() = default;

    // Whether this fetcher serves the source (a viewer opened on a DICOM node's study).
    virtual bool serves(const QString& sourceId) const = 0;
    // Blocks until `series` of `study` (empty: the whole study) is in the cache and may be
    // shown, or until it cannot be (the node's failure, a patient mismatch, cancelled), or
    // `wait` has passed (Error::Kind::Timeout). Returns at once for what is there already.
    virtual Status fetch(const QString& sourceId, const QString& study, const QString& series,
                         std::chrono::milliseconds wait) = 0;
    // Whether `study` is held back from the source's viewer (its images named another patient
    // and nobody confirmed them): searches leave it out.
    virtual bool holds(const QString& sourceId, const QString& study) const = 0;
    // Whether a search answer for `study` (its patient fields; those the node left out are
    // empty) names another patient than the source's viewer's, and nobody confirmed that study:
    // searches leave it out, so a study never retrieved is not listed under another's name.
    virtual bool namesAnotherPatient(const QString& sourceId, const QString& study,
                                     const DicomHeader& answered) const = 0;
    // Every request waiting now, and any that arrives until resumeWaiting(), gives up at once
    // (Error::Kind::Cancelled): the gateway stops.
    virtual void releaseWaiting() = 0;
    // The gateway (re)started: requests may wait again.
    virtual void resumeWaiting() = 0;
};

} // namespace sightline
