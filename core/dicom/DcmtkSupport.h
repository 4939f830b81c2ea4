#pragma once
// Private helpers for the DCMTK adapter (core/dicom only): reading from memory and registering
// the decompression codecs once per process.

#include <QByteArray>

class DcmFileFormat;
class OFCondition;

namespace sightline::dcmtk {

// `maxValueLength`: longer values (pixel data) are skipped, for header-only reads.
OFCondition readFromMemory(DcmFileFormat& file, const QByteArray& bytes,
                           unsigned int maxValueLength = 0);
void registerCodecsOnce();

} // namespace sightline::dcmtk
