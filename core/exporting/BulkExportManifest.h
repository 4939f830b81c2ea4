#pragma once
// The manifest a completed Bulk Data export answers with: transactionTime, requiresAccessToken,
// and the output, error and deleted files (type, url, count). Parsing is strict where a wrong
// guess would lose data (no output list, a file without a URL). Pure value; thread-safe.

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace sightline {

struct BulkExportFile {
    QString type;
    QUrl url;
    qint64 count = -1; // -1 when the server did not say
};

struct BulkExportManifest {
    QDateTime transactionTime;
    QString request;
    bool requiresAccessToken = false;
    QList<BulkExportFile> output;
    QList<BulkExportFile> error;
    QList<BulkExportFile> deleted;
    QJsonObject json;

    static Result<BulkExportManifest> parse(const QByteArray& body, const QUrl& statusUrl);
};

} // namespace sightline
