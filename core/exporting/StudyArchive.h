#pragma once
// A cached study as one ZIP archive of its DICOM files, for viewers that download a study
// instead of speaking DICOMweb (OsiriX/Horos "DownloadURL"). Entries are stored, not deflated
// (DICOM pixel data hardly compresses, and storing keeps the size known before the first byte),
// and streamed from the cached files; CRC-32s (zlib) are computed as the files go out. The
// container is written here because it is small and fixed (PKZIP APPNOTE 6.3: local headers,
// data descriptors, central directory); archives over 4 GiB are refused (no ZIP64). Used by one
// response at a time: not thread-safe.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace sightline {

class StudyArchive {
public:
    struct Entry {
        QString name; // path inside the archive, e.g. "series/sop.dcm"
        QString path; // the cached file
        qint64 size = 0;
    };

    // nullopt when the archive would exceed the ZIP limits.
    static std::optional<StudyArchive> create(QList<Entry> entries);

    qint64 size() const { return m_size; }
    // Writes up to `maxBytes` from `offset` to `sink`; false on a read error or a refusing sink.
    bool write(qint64 offset, qint64 maxBytes,
               const std::function<bool(const char*, qint64)>& sink);

private:
    StudyArchive() = default;
    QByteArray localHeader(int index) const;
    QByteArray descriptor(int index);
    QByteArray centralDirectory();
    bool ensureCrc(int index);
    bool writeFile(int index, qint64 from, qint64 count,
                   const std::function<bool(const char*, qint64)>& sink);

    QList<Entry> m_entries;
    QList<qint64> m_offsets; // of each local header
    QList<std::optional<quint32>> m_crcs;
    qint64 m_directoryOffset = 0;
    qint64 m_size = 0;
    // CRC of the entry being streamed in order, and how far it got.
    int m_runningIndex = -1;
    qint64 m_runningDone = 0;
    quint32 m_runningCrc = 0;
};

} // namespace sightline
