#pragma once
// A streaming reader for multipart/related bodies (WADO-RS, RFC 2046): bytes go in as they
// arrive, in pieces of any size, and each part is handed on as soon as its closing delimiter
// has been seen. No Content-Length is needed; preamble, epilogue and transport padding after a
// delimiter are skipped. finish() tells a complete body from a truncated one. Not thread-safe:
// one reader per body, fed from one thread.

#include "common/Result.h"
#include "network/HttpExchange.h"

#include <QByteArray>

#include <functional>

class QIODevice;

namespace sightline {

struct MultipartPart {
    HeaderList headers;
    QByteArray body;
    QByteArray header(const QByteArray& name) const;
    // The media type without parameters, lower-case ("application/dicom").
    QByteArray mediaType() const;
};

class MultipartReader {
public:
    using PartHandler = std::function<Status(MultipartPart&& part)>;

    // The boundary parameter of a multipart Content-Type, quoted or not.
    static Result<QByteArray> boundaryOf(const QByteArray& contentType);

    MultipartReader(const QByteArray& boundary, PartHandler handler);

    // Consumes bytes; an error (malformed body, or the handler's own) ends the reading.
    Status feed(QByteArrayView data);
    // Consumes every byte `device` has available now, read straight into the reader's buffer
    // (one copy fewer than reading them out first). Bytes after the closing delimiter are read
    // and ignored; after an error the rest is left unread.
    Status feed(QIODevice& device);
    // The body has ended: an error unless the closing delimiter was read.
    Status finish();
    int partsDelivered() const { return m_parts; }
    bool complete() const { return m_state == State::Done; }

private:
    enum class State { Preamble, AfterDelimiter, Headers, Body, Done, Failed };
    Status fail(const QString& why);
    Status process();
    // Appends up to `room` bytes to m_buffer and says how many (0: none left; < 0: failed).
    using Filler = std::function<qint64(qsizetype room)>;
    Status feedSlices(const Filler& fill);
    qsizetype findDelimiter(qsizetype from) const;

    QByteArray m_boundary;
    QByteArray m_delimiter; // CRLF "--" boundary
    PartHandler m_handler;
    QByteArray m_buffer;
    qsizetype m_start = 0;   // unread data begins here (compacted now and then)
    qsizetype m_scanned = 0; // body bytes already known not to start a delimiter
    State m_state = State::Preamble;
    bool m_atBodyStart = true; // nothing of the body consumed yet
    MultipartPart m_part;
    int m_parts = 0;
    qsizetype m_lastPartSize = 0;
    Error m_error;
};

} // namespace sightline
