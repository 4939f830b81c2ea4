#pragma once
// Private helpers for the DCMTK adapter (core/dicom only): reading from memory and registering
// the decompression codecs once per process.

#include <QByteArray>

class DcmFileFormat;
class OFCondition;

namespace sightline::dcmtk {

// Reads every value, pixel data included: a memory stream cannot leave long values unread the
// way a file stream does (DCMTK's maximum read length only applies to files).
OFCondition readFromMemory(DcmFileFormat& file, const QByteArray& bytes);
void registerCodecsOnce();

} // namespace sightline::dcmtk
