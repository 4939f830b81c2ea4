#include "exporting/StudyArchive.h"

#include <QtEndian>

#include <zlib.h>

namespace sightline {

namespace {

constexpr qint64 kLocalHeader = 30;
constexpr qint64 kDescriptor = 16;
constexpr qint64 kCentralHeader = 46;
constexpr qint64 kEnd = 22;
constexpr qint64 kZipLimit = 0xFFFFFFFFLL;

void put16(QByteArray& out, quint16 v) {
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}
void put32(QByteArray& out, quint32 v) {
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// Writes [lo, hi) of `bytes` (an archive piece that starts at `start`) within the window.
bool window(const QByteArray& bytes, qint64 start, qint64& offset, qint64& maxBytes,
            const std::function<bool(const char*, qint64)>& sink) {
    const qint64 end = start + bytes.size();
    if (maxBytes <= 0 || offset >= end || offset < start)
        return true;
    const qint64 from = offset - start;
    const qint64 n = std::min(maxBytes, end - offset);
    if (!sink(bytes.constData() + from, n))
        return false;
    offset += n;
    maxBytes -= n;
    return true;
}

} // namespace

std::optional<StudyArchive> StudyArchive::create(QList<Entry> entries) {
    StudyArchive archive;
    qint64 at = 0;
    qint64 directory = 0;
    for (const Entry& e : entries) {
        const qint64 name = e.name.toUtf8().size();
        if (e.size > kZipLimit || name > 0xFFFF)
            return std::nullopt;
        archive.m_offsets << at;
        at += kLocalHeader + name + e.size + kDescriptor;
        directory += kCentralHeader + name;
    }
    if (entries.size() > 0xFFFF || at > kZipLimit || at + directory + kEnd > kZipLimit)
        return std::nullopt;
    archive.m_entries = std::move(entries);
    archive.m_crcs.resize(archive.m_entries.size());
    archive.m_directoryOffset = at;
    archive.m_size = at + directory + kEnd;
    return archive;
}

QByteArray StudyArchive::localHeader(int i) const {
    const QByteArray name = m_entries[i].name.toUtf8();
    QByteArray h;
    put32(h, 0x04034b50);
    put16(h, 20);     // version needed: 2.0
    put16(h, 0x0808); // bit 3: sizes and CRC in the data descriptor; bit 11: UTF-8 names
    put16(h, 0);      // stored
    put16(h, 0);      // time
    put16(h, 0x21);   // date: 1980-01-01
    put32(h, 0);      // CRC, size, size: in the descriptor
    put32(h, 0);
    put32(h, 0);
    put16(h, quint16(name.size()));
    put16(h, 0);
    return h + name;
}

bool StudyArchive::ensureCrc(int i) {
    if (m_crcs[i])
        return true;
    QFile file(m_entries[i].path);
    if (!file.open(QIODevice::ReadOnly) || file.size() != m_entries[i].size)
        return false;
    uLong crc = crc32(0L, Z_NULL, 0);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            return false;
        crc = crc32(crc, reinterpret_cast<const Bytef*>(chunk.constData()), uInt(chunk.size()));
    }
    m_crcs[i] = quint32(crc);
    return true;
}

QByteArray StudyArchive::descriptor(int i) {
    QByteArray d;
    put32(d, 0x08074b50);
    put32(d, m_crcs[i].value_or(0));
    put32(d, quint32(m_entries[i].size));
    put32(d, quint32(m_entries[i].size));
    return d;
}

QByteArray StudyArchive::centralDirectory() {
    QByteArray cd;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QByteArray name = m_entries[i].name.toUtf8();
        put32(cd, 0x02014b50);
        put16(cd, 0x0314); // made by: UNIX, 2.0
        put16(cd, 20);
        put16(cd, 0x0808);
        put16(cd, 0);
        put16(cd, 0);
        put16(cd, 0x21);
        put32(cd, m_crcs[i].value_or(0));
        put32(cd, quint32(m_entries[i].size));
        put32(cd, quint32(m_entries[i].size));
        put16(cd, quint16(name.size()));
        put16(cd, 0);              // extra
        put16(cd, 0);              // comment
        put16(cd, 0);              // disk
        put16(cd, 0);              // internal attributes
        put32(cd, 0100644u << 16); // external: a regular file, rw-r--r--
        put32(cd, quint32(m_offsets[i]));
        cd += name;
    }
    const qint64 length = cd.size();
    put32(cd, 0x06054b50);
    put16(cd, 0);
    put16(cd, 0);
    put16(cd, quint16(m_entries.size()));
    put16(cd, quint16(m_entries.size()));
    put32(cd, quint32(length));
    put32(cd, quint32(m_directoryOffset));
    put16(cd, 0);
    return cd;
}

bool StudyArchive::writeFile(int i, qint64 from, qint64 count,
                             const std::function<bool(const char*, qint64)>& sink) {
    QFile file(m_entries[i].path);
    if (!file.open(QIODevice::ReadOnly) || file.size() != m_entries[i].size || !file.seek(from))
        return false;
    const bool inOrder = !m_crcs[i] && m_runningIndex == i && m_runningDone == from;
    if (!m_crcs[i] && from == 0) {
        m_runningIndex = i;
        m_runningDone = 0;
        m_runningCrc = quint32(crc32(0L, Z_NULL, 0));
    }
    const bool track = inOrder || (!m_crcs[i] && from == 0);
    while (count > 0) {
        const QByteArray chunk = file.read(std::min<qint64>(count, 1 << 20));
        if (chunk.isEmpty())
            return false;
        if (track) {
            m_runningCrc =
                quint32(crc32(m_runningCrc, reinterpret_cast<const Bytef*>(chunk.constData()),
                              uInt(chunk.size())));
            m_runningDone += chunk.size();
            if (m_runningDone == m_entries[i].size)
                m_crcs[i] = m_runningCrc;
        }
        if (!sink(chunk.constData(), chunk.size()))
            return false;
        count -= chunk.size();
    }
    return true;
}

bool StudyArchive::write(qint64 offset, qint64 maxBytes,
                         const std::function<bool(const char*, qint64)>& sink) {
    for (int i = 0; i < m_entries.size() && maxBytes > 0; ++i) {
        const qint64 header = m_offsets[i];
        const QByteArray head = localHeader(i);
        if (!window(head, header, offset, maxBytes, sink))
            return false;
        const qint64 dataStart = header + head.size();
        const qint64 dataEnd = dataStart + m_entries[i].size;
        if (maxBytes > 0 && offset >= dataStart && offset < dataEnd) {
            const qint64 n = std::min(maxBytes, dataEnd - offset);
            if (!writeFile(i, offset - dataStart, n, sink))
                return false;
            offset += n;
            maxBytes -= n;
        }
        if (maxBytes > 0 && offset >= dataEnd && offset < dataEnd + kDescriptor) {
            if (!ensureCrc(i) || !window(descriptor(i), dataEnd, offset, maxBytes, sink))
                return false;
        }
    }
    if (maxBytes > 0 && offset >= m_directoryOffset) {
        for (int i = 0; i < m_entries.size(); ++i) {
            if (!ensureCrc(i))
                return false;
        }
        return window(centralDirectory(), m_directoryOffset, offset, maxBytes, sink);
    }
    return true;
}

} // namespace sightline
