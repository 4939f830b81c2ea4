#pragma once
// One recorded HTTP request/response pair, already stripped of secrets, for the Network panel.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

namespace sightline {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpExchange {
    quint64 id = 0;
    QString method;
    QUrl url;
    HeaderList requestHeaders;
    QByteArray requestBody; // kept only for small JSON and form bodies
    int status = 0;         // 0 when no answer was received
    QString reasonPhrase;
    HeaderList responseHeaders;
    QByteArray responseBody; // kept only for JSON replies up to a size limit
    QDateTime startedUtc;
    qint64 elapsedMs = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    int attempt = 1; // > 1 for retries
    QString error;   // transport error, if any
    QString note;    // e.g. "redirect to other origin: Authorization dropped"
};

} // namespace sightline

Q_DECLARE_METATYPE(sightline::HttpExchange)
