#pragma once
// What a retrieval into the image cache is asked to do, how far it has come and how it ended,
// whichever protocol brings the study (DICOMweb: StudyRetriever; DIMSE: DimseStudyRetriever).
// Value types, passed between the worker thread and the GUI thread.

#include "common/Error.h"
#include "imaging/PatientMatch.h"
#include "servers/DicomNodeAddress.h"
#include "servers/ServerProfile.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sightline {

struct RetrieveRequest {
    QString studyUid;
    QStringList seriesUids; // empty: every series of the study
    // Set: the study comes from this DICOM node by C-GET (serviceBase, authorization, quirks
    // and maxConnections do not apply). Unset: from the DICOMweb service at serviceBase.
    std::optional<DicomNodeAddress> node;
    // With `node`: by C-MOVE to this AE title (Sightline's receiving node, listening on
    // `movePort`) instead of C-GET.
    QString moveDestination;
    quint16 movePort = 0;
    QString moveUnavailable; // why C-MOVE cannot be used now (the receiving node will not run)
    QUrl serviceBase;
    QByteArray authorization; // "Bearer …", "Basic …" or empty
    ServerQuirks quirks;
    QString sourceServer;            // recorded in the cache index
    PatientIdentity expectedPatient; // empty: no comparison
    int maxConnections = 4;
};

struct RetrieveProgress {
    int instancesDone = 0; // stored now or cached before
    int instancesTotal = 0;
    qint64 bytes = 0;
};

struct RetrieveOutcome {
    QString studyUid;
    int stored = 0;
    int alreadyCached = 0;
    int missing = 0; // listed but still not cached at the end
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    QList<Error> errors;
    // Stored, but no picture could be made of them (JPEG 2000 here, with the server unable
    // to render it): one sentence per series, for the summary. Not a retrieval failure.
    QStringList notDisplayable;
    // What the user should know of how the study came (one sentence each), e.g. series by series
    // because the server would not give it whole.
    QStringList notes;
    PatientMismatch mismatch;
    bool cancelled = false;
    // Another retrieval of the study follows this one (more was asked for meanwhile): not the
    // study's last word.
    bool followedUp = false;
    bool complete() const { return errors.isEmpty() && !cancelled && missing == 0; }
};

} // namespace sightline

Q_DECLARE_METATYPE(sightline::RetrieveProgress)
Q_DECLARE_METATYPE(sightline::RetrieveOutcome)
Q_DECLARE_METATYPE(sightline::PatientMismatch)
