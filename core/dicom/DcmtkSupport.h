#pragma once
// Private helpers for the DCMTK adapter (core/dicom only): reading from memory and registering
// the decompression codecs once per process.

#include <QByteArray>

struct T_ASC_Association;
class DcmDataset;
class DcmFileFormat;
class OFCondition;

namespace sightline::dcmtk {

// Reads every value, pixel data included: a memory stream cannot leave long values unread the
// way a file stream does (DCMTK's maximum read length only applies to files).
OFCondition readFromMemory(DcmFileFormat& file, const QByteArray& bytes);
// DCMTK's process-wide settings, once, before any object is read: its log quiet (Sightline
// reports what fails, with the instance; DCMTK's "E:" lines on stderr meant nothing to a user),
// and values written as UN read with their dictionary VR (as Orthanc and viewers read them:
// a pixel spacing must be a DS, not bytes).
void configureOnce();
void registerCodecsOnce();
// Text values as UTF-8, whatever the Specific Character Set: DCMTK's conversion, and for ISO 2022
// code extensions (Japanese, Korean, Chinese) Iso2022Text, which DCMTK here cannot do. The
// dataset then declares ISO_IR 192. False when some text could not be converted.
bool convertToUtf8(DcmDataset& dataset);
// The file meta header (preamble, "DICM" and group 0002) of an object received over DIMSE:
// from the C-STORE request and the transfer syntax of the presentation context it came on; its
// data set follows as it came. Empty when the syntax is unknown.
QByteArray part10MetaHeader(const char* sopClass, const char* sopInstance,
                            const char* transferSyntax);
// Every transfer syntax Sightline stores as it comes (no transcoding on the way), uncompressed
// first: what it accepts from a node sending images.
const char* const* keptTransferSyntaxes(int* count);

// The association's socket, which DCMTK keeps to itself; -1 when it has none.
int socketOf(T_ASC_Association* association);
// Each PDU goes out at once (TCP_NODELAY). DCMTK writes a PDU in pieces, and DCMTK as Debian
// builds it leaves Nagle's algorithm on unless the environment says otherwise: every message
// would then wait out the peer's delayed acknowledgement, 40 ms, per image of a C-GET.
void sendAtOnce(T_ASC_Association* association);
bool sendsAtOnce(T_ASC_Association* association);

} // namespace sightline::dcmtk
