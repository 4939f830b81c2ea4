#include "imaging/MultipartReader.h"

#include <QIODevice>
#include <QObject>

#include <cstring>

namespace sightline {

namespace {
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kCompactAbove = 4 * 1024 * 1024;
// Input is taken this much at a time. When a part ends, the bytes after it in the buffer are
// copied to start the next part; without slices, a chunk of many parts (the network hands over
// megabytes at once when the reader has fallen behind) was copied once per part in it, so the
// work grew with the square of the chunk and the reader fell further behind.
constexpr qsizetype kFeedSlice = 64 * 1024;

QByteArray parameter(const QByteArray& contentType, const QByteArray& name) {
    // Parameters after ';', names case-insensitive, values quoted (with \-escapes) or tokens.
    const QList<QByteArray> pieces = contentType.split(';');
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const QByteArray piece = pieces[i].trimmed();
        const qsizetype eq = piece.indexOf('=');
        if (eq <= 0 || piece.left(eq).trimmed().toLower() != name)
            continue;
        QByteArray value = piece.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
            value = value.mid(1, value.size() - 2);
            value.replace("\\\"", "\"");
        }
        return value;
    }
    return {};
}
} // namespace

QByteArray MultipartPart::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray MultipartPart::mediaType() const {
    QByteArray type = header("Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

Result<QByteArray> MultipartReader::boundaryOf(const QByteArray& contentType) {
    if (!contentType.trimmed().toLower().startsWith("multipart/"))
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("The server did not answer with a multipart body"),
                           QString::fromLatin1(contentType));
    // A semicolon inside a quoted boundary would confuse the split: boundaries rarely have one,
    // and RFC 2046 allows it only quoted; handle the common forms.
    QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty() || boundary.size() > 70)
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("The multipart body names no usable boundary"),
                           QString::fromLatin1(contentType));
    return boundary;
}

MultipartReader::MultipartReader(const QByteArray& boundary, PartHandler handler)
    : m_boundary(boundary)
    , m_delimiter("\r\n--" + boundary)
    , m_handler(std::move(handler)) {}

qsizetype MultipartReader::findDelimiter(qsizetype from) const {
    // glibc's memmem (two-way search) is several times faster than a byte-wise matcher here.
    if (from >= m_buffer.size())
        return -1;
    const void* hit = ::memmem(m_buffer.constData() + from, size_t(m_buffer.size() - from),
                               m_delimiter.constData(), size_t(m_delimiter.size()));
    return hit ? static_cast<const char*>(hit) - m_buffer.constData() : -1;
}

Status MultipartReader::fail(const QString& why) {
    m_state = State::Failed;
    m_error = Error::make(Error::Kind::MalformedData, why,
                          QObject::tr("after %n complete part(s)", nullptr, m_parts));
    m_buffer.clear();
    return m_error;
}

Status MultipartReader::feed(QByteArrayView data) {
    return feedSlices([&data, this](qsizetype room) -> qint64 {
        const qsizetype n = std::min(data.size(), room);
        m_buffer.append(data.first(n));
        data = data.sliced(n);
        return n;
    });
}

Status MultipartReader::feed(QIODevice& device) {
    const Status status = feedSlices([&device, this](qsizetype room) -> qint64 {
        const qsizetype n = qsizetype(std::min<qint64>(device.bytesAvailable(), room));
        if (n <= 0)
            return 0;
        const qsizetype before = m_buffer.size();
        m_buffer.resize(before + n);
        const qint64 read = device.read(m_buffer.data() + before, n);
        m_buffer.resize(before + std::max<qint64>(read, 0));
        return read;
    });
    if (status && m_state == State::Done)
        device.skip(device.bytesAvailable()); // the epilogue
    return status;
}

Status MultipartReader::feedSlices(const Filler& fill) {
    for (;;) {
        if (m_state == State::Failed)
            return m_error;
        if (m_state == State::Done)
            return Done{}; // the epilogue is ignored
        // A slice at a time: a part that ends copies at most one slice of what follows it.
        const qint64 added = fill(kFeedSlice);
        if (added < 0)
            return fail(QObject::tr("The multipart body could not be read"));
        if (added == 0)
            return Done{};
        const Status status = process();
        if (m_start > kCompactAbove || (m_start > 0 && m_start * 2 > m_buffer.size())) {
            m_buffer.remove(0, m_start);
            m_scanned = std::max<qsizetype>(0, m_scanned - m_start);
            m_start = 0;
        }
        if (!status)
            return status;
    }
}

Status MultipartReader::process() {
    for (;;) {
        const qsizetype available = m_buffer.size() - m_start;
        switch (m_state) {
        case State::Preamble: {
            // The first delimiter may open the body directly, without the leading CRLF. Only at
            // the body's very start: the buffer is compacted, so its start says nothing.
            const QByteArray dashBoundary = m_delimiter.mid(2);
            if (m_atBodyStart && m_buffer.startsWith(dashBoundary)) {
                m_start = dashBoundary.size();
                m_atBodyStart = false;
                m_state = State::AfterDelimiter;
                continue;
            }
            if (m_atBodyStart && available < dashBoundary.size() &&
                dashBoundary.startsWith(m_buffer))
                return Done{};
            m_atBodyStart = false;
            const qsizetype at = findDelimiter(m_start);
            if (at < 0) {
                m_start = std::max(m_start, m_buffer.size() - m_delimiter.size() + 1);
                return Done{};
            }
            m_start = at + m_delimiter.size();
            m_state = State::AfterDelimiter;
            continue;
        }
        case State::AfterDelimiter: {
            if (available < 2)
                return Done{};
            if (m_buffer.at(m_start) == '-' && m_buffer.at(m_start + 1) == '-') {
                m_state = State::Done;
                m_buffer.clear();
                m_start = 0;
                return Done{};
            }
            qsizetype i = m_start;
            while (i < m_buffer.size() && (m_buffer.at(i) == ' ' || m_buffer.at(i) == '\t'))
                ++i; // transport padding
            if (i + 1 >= m_buffer.size())
                return Done{};
            if (m_buffer.at(i) == '\r' && m_buffer.at(i + 1) == '\n')
                m_start = i + 2;
            else if (m_buffer.at(i) == '\n')
                m_start = i + 1;
            else
                return fail(QObject::tr("The multipart body has text after a boundary"));
            m_part = {};
            m_state = State::Headers;
            continue;
        }
        case State::Headers: {
            const qsizetype newline = m_buffer.indexOf('\n', m_start);
            if (newline < 0) {
                if (available > kMaxHeaderBytes)
                    return fail(QObject::tr("A multipart part's headers are too long"));
                return Done{};
            }
            QByteArray line = m_buffer.mid(m_start, newline - m_start);
            if (line.endsWith('\r'))
                line.chop(1);
            m_start = newline + 1;
            if (line.isEmpty()) {
                // The body starts here: drop what is before it now, while that is cheap, so the
                // finished body can be handed on without copying it.
                m_buffer.remove(0, m_start);
                m_start = 0;
                // Parts of a series are usually alike: room for one up front saves the copies
                // (and page faults) of growing the buffer piece by piece.
                if (m_lastPartSize > 0)
                    m_buffer.reserve(m_lastPartSize + m_delimiter.size() + 64 * 1024);
                m_state = State::Body;
                m_scanned = 0;
                continue;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return fail(QObject::tr("A multipart part has a malformed header line"));
            m_part.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            continue;
        }
        case State::Body: {
            // Only bytes not scanned before are searched (minus a delimiter's length of overlap).
            const qsizetype at = findDelimiter(std::max(m_start, m_scanned));
            if (at < 0) {
                m_scanned = std::max(m_start, m_buffer.size() - m_delimiter.size() + 1);
                return Done{};
            }
            // m_start is 0 here (see Headers): the buffer up to the delimiter is the body.
            QByteArray rest = m_buffer.mid(at + m_delimiter.size());
            m_buffer.truncate(at);
            m_part.body = std::move(m_buffer);
            m_lastPartSize = at;
            m_buffer = std::move(rest);
            m_start = 0;
            m_state = State::AfterDelimiter;
            ++m_parts;
            if (const Status taken = m_handler(std::move(m_part)); !taken) {
                m_state = State::Failed;
                m_error = taken.error();
                return taken;
            }
            m_part = {};
            continue;
        }
        case State::Done:
            return Done{};
        case State::Failed:
            return m_error;
        }
    }
}

Status MultipartReader::finish() {
    if (m_state == State::Done)
        return Done{};
    if (m_state == State::Failed)
        return m_error;
    return fail(m_parts == 0 && m_state == State::Preamble
                    ? QObject::tr("The multipart body holds no part (boundary not found)")
                    : QObject::tr("The multipart body ended before its closing boundary "
                                  "(the transfer was cut short)"));
}

} // namespace sightline
