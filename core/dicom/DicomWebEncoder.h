#pragma once
// Turns a cached DICOM file into what a DICOMweb server answers for it: its metadata as DICOM
// JSON (PS3.18 F.2, bulk data as URIs under a given base) and the bytes of single frames with
// their media type, as stored (no transcoding). Used by the local gateway to serve cached
// studies to viewers. Stateless; safe to call from several threads at once.

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace sightline {

struct DicomFrame {
    QByteArray bytes;
    QString mediaType;         // application/octet-stream, image/jpeg, image/jls …
    QString transferSyntaxUid; // of the bytes
};

class DicomWebEncoder {
public:
    // One instance's DICOM JSON object. Binary elements longer than `inlineLimit` bytes (pixel
    // data always) become BulkDataURIs `<bulkBase>/<tag>`; shorter ones are inlined.
    static Result<QByteArray> metadata(const QString& path, const QString& bulkBase,
                                       int inlineLimit = 1024);
    // The value a BulkDataURI written by metadata() points at, by its path ("00091010", or
    // "00880200/1/7FE00010" inside a sequence's first item), little endian as DICOMweb sends it.
    static Result<QByteArray> bulkData(const QString& path, const QString& bulkPath);
    // Frame `number` (1-based) as stored: a slice of native pixel data, or the fragments of an
    // encapsulated frame.
    static Result<DicomFrame> frame(const QString& path, int number);
    // The DICOMweb media type of a transfer syntax's pixel data.
    static QString mediaTypeFor(const QString& transferSyntaxUid);
};

} // namespace sightline
