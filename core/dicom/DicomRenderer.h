#pragma once
// Turns a DICOM image into pixels: decodes (uncompressed, JPEG baseline/lossless, JPEG-LS, RLE;
// codecs registered once per process), applies rescale, the object's VOI window (or a min/max
// window when it has none), MONOCHROME1 inversion and colour models, and scales the first frame
// into a thumbnail. JPEG 2000 cannot be decoded with this DCMTK build: that is an Unsupported
// error, so callers can ask the server's /rendered instead. Thread-safe: every call builds its
// own DCMTK image; codec registration is guarded.

#include "common/Result.h"

#include <QByteArray>
#include <QImage>

namespace sightline {

class DicomRenderer {
public:
    static Result<QImage> thumbnail(const QByteArray& part10, int maxSide = 128);
    static Result<QImage> thumbnailFromFile(const QString& path, int maxSide = 128);
    // True for transfer syntaxes this build can decode.
    static bool canDecode(const QString& transferSyntaxUid);
};

} // namespace sightline
