#pragma once
// Exports a study from the image cache for research or teaching: to a folder with a DICOMDIR
// (PS3.10 media layout DICOM/STnnnnnn/SEnnnnnn/IMnnnnnn) or to a ZIP of that layout, either as
// cached or de-identified (DicomDeidentifier, one key for the whole export so the study's
// UIDs stay consistent). Everything is written under a hidden staging folder beside the
// target and moved into place at the end, so an interrupted export leaves nothing that looks
// finished and simply starts again. Blocking: run it on a worker thread; progress is reported
// through a callback and a cancel flag is checked between files. Not thread-safe itself.

#include "cache/CacheConnections.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <functional>

namespace sightline {

struct DicomExportRequest {
    enum class Format { Folder, Zip };

    QString studyInstanceUid;
    Format format = Format::Folder;
    QString output; // the folder (Format::Folder) or the .zip file (Format::Zip)
    bool deidentify = false;
    QString pseudonym; // optional Patient ID/Name for the de-identified copy
    // Optional project key file (at least 16 bytes), so exports of several studies share
    // UIDs and pseudonyms; without it, a random key for this export alone.
    QString keyFile;

    QJsonObject toJson() const;
    static DicomExportRequest fromJson(const QJsonObject& json);
    QString describe() const;
};

struct DicomExportProgress {
    int done = 0;
    int total = 0;
    qint64 bytes = 0;
};

struct DicomExportSummary {
    QString output;
    int instances = 0;
    int series = 0;
    qint64 bytes = 0;
    bool deidentified = false;
    // False when the cache holds only part of the study (never retrieved as a whole).
    bool studyComplete = false;
    QString studyInstanceUid; // as written (new when de-identified)
    QString patientId;        // as written
    int attributesRemoved = 0;
    int valuesReplaced = 0;
    int uidsReplaced = 0;
    QStringList burnedInWarnings; // distinct, with the file IDs they concern

    QJsonObject toJson() const;
};

class DicomStudyExport {
    Q_DECLARE_TR_FUNCTIONS(DicomStudyExport)
public:
    using ProgressCallback = std::function<void(const DicomExportProgress&)>;

    DicomStudyExport(CacheConnections cache, DicomExportRequest request);

    Result<DicomExportSummary> run(const ProgressCallback& progress = {},
                                   const std::atomic_bool* cancelled = nullptr);

    // The staging folder of an export to `output` (removed before a new attempt).
    static QString stagingFolder(const QString& output);

private:
    Status writeZip(const QString& staging, const QStringList& files) const;
    Status moveIntoPlace(const QString& staging) const;

    CacheConnections m_cache;
    DicomExportRequest m_request;
};

} // namespace sightline
