#pragma once
// Removes secrets (tokens, passwords, client secrets, codes) from headers, URLs and bodies before
// anything is logged, recorded or shown. Thread-safe: pure functions.

#include "network/HttpExchange.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace sightline {

class Redactor {
public:
    static const QByteArray kMask;

    // True for header, query-parameter and JSON-field names that carry secrets.
    static bool isSensitiveName(QByteArrayView name);

    static QByteArray headerValue(const QByteArray& name, const QByteArray& value);
    static HeaderList headers(const HeaderList& headers);
    static QUrl url(const QUrl& url);
    // JSON or form bodies; other content is returned as a size note, never verbatim.
    static QByteArray body(const QByteArray& body, const QByteArray& contentType);
    // Free text such as log lines: masks bearer tokens, JWTs and key=value secrets.
    static QString text(const QString& text);
};

} // namespace sightline
