#pragma once
// A multipart/related response body assembled from cached files and small in-memory parts,
// read piece by piece so a whole study is never held in memory. Its length is known before the
// first byte is sent (the viewer sees a Content-Length and can show progress). Used by one
// response at a time: not thread-safe.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace sightline {

class MultipartBody {
public:
    // `type` is the related type, e.g. "application/dicom".
    explicit MultipartBody(QString type);

    void addFile(const QString& contentType, const QString& path, qint64 size);
    void addBytes(const QString& contentType, const QByteArray& bytes);

    QByteArray contentType() const; // multipart/related; type="…"; boundary=…
    qint64 size() const;
    int partCount() const { return int(m_parts.size()); }
    // Up to `maxBytes` from `offset`; empty on a read error (a file vanished or shrank).
    QByteArray read(qint64 offset, qint64 maxBytes);
    // The same bytes without copying them: `sink` gets consecutive slices (file parts straight
    // from a memory map). False when a file cannot be read or the sink refuses.
    bool write(qint64 offset, qint64 maxBytes,
               const std::function<bool(const char* data, qint64 size)>& sink);

private:
    struct Part {
        QByteArray head;  // delimiter and part headers
        QString path;     // file part, or
        QByteArray bytes; // in-memory part
        qint64 bodySize = 0;
        qint64 size() const { return head.size() + bodySize + 2; } // + CRLF after the body
    };
    bool readPart(int index, qint64 from, qint64 count, QByteArray* out);
    const uchar* mapPart(int index);

    QString m_type;
    QByteArray m_boundary;
    QList<Part> m_parts;
    QByteArray m_closing;
    int m_openIndex = -1;
    std::unique_ptr<QFile> m_open;
    const uchar* m_mapped = nullptr; // m_open's contents, while it is the open part
};

} // namespace sightline
