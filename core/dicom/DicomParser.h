#pragma once
// Reads DICOM Part 10 objects (a file, or the bytes of one WADO-RS part) into a DicomHeader and
// lists every element for the tag viewer. The only classes besides DicomRenderer that include
// DCMTK. Thread-safe: each call works on its own DCMTK objects.

#include "common/Result.h"
#include "dicom/DicomHeader.h"

#include <QByteArray>
#include <QList>

namespace sightline {

struct DicomElement {
    QString tag; // "(0010,0010)"
    QString vr;
    QString keyword;
    QString value; // UTF-8, shortened for long or binary values
    int depth = 0; // nesting inside sequences
};

class DicomParser {
public:
    // Fails (MalformedData) for anything that is not a readable Part 10 object.
    static Result<DicomHeader> parse(const QByteArray& part10);
    static Result<DicomHeader> parseFile(const QString& path);
    // Every element of a file, for the tag viewer (long values by their length only).
    static Result<QList<DicomElement>> elementsOfFile(const QString& path);
    // The "DICM" magic at offset 128: cheap check before storing a part as an instance.
    static bool looksLikePart10(QByteArrayView bytes);
    // The object as a Part 10 file: unchanged when it is one; a bare dataset (no preamble and
    // file meta header, as some archives serve and store them) gets its meta header, with the
    // transfer syntax its encoding shows. MalformedData when it is neither.
    static Result<QByteArray> asPart10(const QByteArray& bytes);
};

} // namespace sightline
