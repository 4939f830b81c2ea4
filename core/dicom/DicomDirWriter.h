#pragma once
// Writes a DICOMDIR (PS3.10 media directory, General Purpose profile) for DICOM files already
// laid out under a folder with valid file IDs (upper-case components of at most 8 characters),
// through DCMTK's DicomDirInterface. Missing type 1 directory attributes (a de-identified
// study has no Study Date or Study ID) are invented, and compressed transfer syntaxes are
// accepted. Blocking; call it off the GUI thread. Thread-safe (no shared state).

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace sightline {

class DicomDirWriter {
    Q_DECLARE_TR_FUNCTIONS(DicomDirWriter)
public:
    // A file ID component: A–Z, 0–9 and _, at most 8 characters.
    static bool isValidComponent(const QString& component);
    // Writes `root`/DICOMDIR listing `files` (paths relative to `root`, '/'-separated).
    static Status write(const QString& root, const QStringList& files,
                        const QString& fileSetId = QStringLiteral("SIGHTLINE"));
};

} // namespace sightline
