#include "gateway/MultipartBody.h"

#include <QRandomGenerator>

namespace sightline {

MultipartBody::MultipartBody(QString type)
    : m_type(std::move(type)) {
    quint32 random[4];
    QRandomGenerator::system()->fillRange(random);
    m_boundary =
        "sightline-" + QByteArray(reinterpret_cast<const char*>(random), sizeof random).toHex();
    m_closing = "--" + m_boundary + "--\r\n";
}

void MultipartBody::addFile(const QString& contentType, const QString& path, qint64 size) {
    Part part;
    part.head = "--" + m_boundary + "\r\nContent-Type: " + contentType.toLatin1() +
                "\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n";
    part.path = path;
    part.bodySize = size;
    m_parts.append(std::move(part));
}

void MultipartBody::addBytes(const QString& contentType, const QByteArray& bytes) {
    Part part;
    part.head = "--" + m_boundary + "\r\nContent-Type: " + contentType.toLatin1() +
                "\r\nContent-Length: " + QByteArray::number(bytes.size()) + "\r\n\r\n";
    part.bytes = bytes;
    part.bodySize = bytes.size();
    m_parts.append(std::move(part));
}

QByteArray MultipartBody::contentType() const {
    return "multipart/related; type=\"" + m_type.toLatin1() + "\"; boundary=" + m_boundary;
}

qint64 MultipartBody::size() const {
    qint64 total = m_closing.size();
    for (const Part& part : m_parts)
        total += part.size();
    return total;
}

bool MultipartBody::readPart(int index, qint64 from, qint64 count, QByteArray* out) {
    const Part& part = m_parts.at(index);
    qint64 pos = from;
    if (pos < part.head.size()) {
        const qint64 n = std::min(count, part.head.size() - pos);
        out->append(part.head.constData() + pos, qsizetype(n));
        pos += n;
        count -= n;
    }
    const qint64 bodyStart = part.head.size();
    if (count > 0 && pos < bodyStart + part.bodySize) {
        const qint64 within = pos - bodyStart;
        const qint64 n = std::min(count, part.bodySize - within);
        if (part.path.isEmpty()) {
            out->append(part.bytes.constData() + within, qsizetype(n));
        } else {
            if (m_openIndex != index) {
                m_open = std::make_unique<QFile>(part.path);
                m_openIndex = index;
                if (!m_open->open(QIODevice::ReadOnly) || m_open->size() != part.bodySize)
                    return false;
            }
            if (!m_open->seek(within))
                return false;
            const qsizetype before = out->size();
            out->resize(before + qsizetype(n));
            if (m_open->read(out->data() + before, n) != n)
                return false;
        }
        pos += n;
        count -= n;
    }
    if (count > 0) { // the CRLF that ends the part
        const qint64 within = pos - bodyStart - part.bodySize;
        const qint64 n = std::min<qint64>(count, 2 - within);
        out->append(&"\r\n"[within], qsizetype(n));
    }
    return true;
}

const uchar* MultipartBody::mapPart(int index) {
    if (m_openIndex == index && m_mapped)
        return m_mapped;
    m_mapped = nullptr;
    const Part& part = m_parts.at(index);
    m_open = std::make_unique<QFile>(part.path);
    m_openIndex = index;
    if (!m_open->open(QIODevice::ReadOnly) || m_open->size() != part.bodySize)
        return nullptr;
    m_mapped = part.bodySize > 0 ? m_open->map(0, part.bodySize) : nullptr;
    return m_mapped;
}

bool MultipartBody::write(qint64 offset, qint64 maxBytes,
                          const std::function<bool(const char*, qint64)>& sink) {
    qint64 start = 0;
    for (int i = 0; i < m_parts.size() && maxBytes > 0; ++i) {
        const Part& part = m_parts.at(i);
        const qint64 size = part.size();
        if (offset < start + size) {
            qint64 from = offset - start;
            const qint64 end = std::min(size, from + maxBytes);
            const qint64 headEnd = part.head.size();
            const qint64 bodyEnd = headEnd + part.bodySize;
            const auto put = [&](const char* data, qint64 lo, qint64 hi) {
                return hi <= lo || sink(data + lo, hi - lo);
            };
            if (from < headEnd && !put(part.head.constData(), from, std::min(end, headEnd)))
                return false;
            if (end > headEnd && from < bodyEnd) {
                const char* body = part.path.isEmpty() ? part.bytes.constData()
                                                       : reinterpret_cast<const char*>(mapPart(i));
                if (!body && part.bodySize > 0)
                    return false;
                const qint64 lo = std::max(from, headEnd) - headEnd;
                const qint64 hi = std::min(end, bodyEnd) - headEnd;
                if (!put(body, lo, hi))
                    return false;
            }
            if (end > bodyEnd && !put("\r\n", std::max(from, bodyEnd) - bodyEnd, end - bodyEnd))
                return false;
            offset += end - from;
            maxBytes -= end - from;
        }
        start += size;
    }
    if (maxBytes > 0 && offset >= start && offset < start + m_closing.size()) {
        const qint64 from = offset - start;
        return sink(m_closing.constData() + from, std::min(maxBytes, m_closing.size() - from));
    }
    return true;
}

QByteArray MultipartBody::read(qint64 offset, qint64 maxBytes) {
    QByteArray out;
    out.reserve(qsizetype(std::min<qint64>(maxBytes, 4 << 20)));
    qint64 start = 0;
    for (int i = 0; i < m_parts.size() && maxBytes > 0; ++i) {
        const qint64 size = m_parts.at(i).size();
        if (offset < start + size) {
            const qint64 from = offset - start;
            const qint64 count = std::min(maxBytes, size - from);
            if (!readPart(i, from, count, &out))
                return {};
            offset += count;
            maxBytes -= count;
        }
        start += size;
    }
    if (maxBytes > 0 && offset >= start && offset < start + m_closing.size()) {
        const qint64 from = offset - start;
        out.append(m_closing.constData() + from,
                   qsizetype(std::min(maxBytes, m_closing.size() - from)));
    }
    return out;
}

} // namespace sightline
