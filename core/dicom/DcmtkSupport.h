#pragma once
// Private helpers for the DCMTK adapter (core/dicom only): reading from memory and registering
// the decompression codecs once per process.

#include <QByteArray>

class DcmFileFormat;
class OFCondition;

namespace sightline::dcmtk {

OFCondition readFromMemory(DcmFileFormat& file, const QByteArray& bytes);
void registerCodecsOnce();

} // namespace sightline::dcmtk
