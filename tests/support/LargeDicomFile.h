#pragma once
// Large DICOM objects for memory tests, made without this process ever holding them, and the
// measures those tests take: the process's peak memory, and an object's dataset as DCMTK reads
// it back (the oracle for "every byte arrived").

#include "dicom/DicomParser.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QStringList>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <algorithm>

namespace sightline::test {

// `source` with its pixel data replaced by `bytes` bytes of a pattern that differs at every
// position within a megabyte and from one megabyte to the next (a chunk lost, repeated or
// reordered on the way changes the pixel data's hash), streamed to `target`.
inline bool writeWithPixelData(const QString& source, const QString& target, quint32 bytes) {
    DcmFileFormat header;
    if (header.loadFile(source.toLocal8Bit().constData()).bad())
        return false;
    delete header.getDataset()->remove(DCM_PixelData);
    if (header.saveFile(target.toLocal8Bit().constData(), EXS_LittleEndianExplicit).bad())
        return false;
    QFile out(target);
    if (!out.open(QIODevice::Append))
        return false;
    // (7FE0,0010) OB, explicit VR little endian: tag, "OB", two reserved bytes, 32-bit length.
    QByteArray element("\xE0\x7F\x10\x00OB\x00\x00", 8);
    for (int shift = 0; shift < 32; shift += 8)
        element.append(char((bytes >> shift) & 0xff));
    out.write(element);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (quint32 written = 0, n = 0; written < bytes; written += quint32(chunk.size()), ++n) {
        for (qsizetype i = 0; i < chunk.size(); ++i)
            chunk[i] = char((i * 7 + (i >> 8) + n * 13) & 0xff);
        const qint64 length = std::min<qint64>(chunk.size(), qint64(bytes - written));
        if (out.write(chunk.constData(), length) != length)
            return false;
    }
    return true;
}

// Whether peak memory says anything about this build: AddressSanitizer keeps freed memory in
// quarantine (up to 256 MB), so a process that frees as it goes still grows under it.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kPeakMemoryMeaningful = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kPeakMemoryMeaningful = false;
#else
constexpr bool kPeakMemoryMeaningful = true;
#endif
#else
constexpr bool kPeakMemoryMeaningful = true;
#endif

// Starts the measure of peakResidentBytes() anew from what is resident now (Linux: "5" written
// to clear_refs resets VmHWM), so an earlier test's peak does not hide this one's.
inline void resetPeakResidentBytes() {
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// SHA-256 (hex) of a file's pixel data, read through DCMTK a megabyte at a time (the file is
// never loaded whole); empty when it has none.
inline QByteArray pixelDataSha256(const QString& path) {
    DcmFileFormat file;
    if (file.loadFile(path.toLocal8Bit().constData(), EXS_Unknown, EGL_noChange, 4096).bad())
        return {};
    DcmElement* pixels = nullptr;
    if (file.getDataset()->findAndGetElement(DCM_PixelData, pixels).bad() || !pixels)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    const Uint32 length = pixels->getLength();
    for (Uint32 offset = 0; offset < length;) {
        const Uint32 n = std::min<Uint32>(Uint32(chunk.size()), length - offset);
        if (pixels->getPartialValue(chunk.data(), offset, n).bad())
            return {};
        hash.addData(QByteArrayView(chunk.constData(), n));
        offset += n;
    }
    return hash.result().toHex();
}

// This process's peak resident memory since the last reset (VmHWM).
inline qint64 peakResidentBytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    return 0;
}

// Every element of a file's dataset (tag, VR, value; long values as their length), read to the
// end by DCMTK: equal for two files that hold the same object, however each was encoded. A
// file's trailing padding is left out (senders drop it: it is not part of the object).
inline QStringList datasetElements(const QString& path) {
    const auto elements = DicomParser::elementsOfFile(path);
    if (!elements)
        return {elements.error().toString()};
    QStringList out;
    for (const DicomElement& e : elements.value())
        if (!e.tag.startsWith(QLatin1String("(0002,")) && e.tag != QLatin1String("(FFFC,FFFC)"))
            out << e.tag + e.vr + e.value;
    return out;
}

} // namespace sightline::test
