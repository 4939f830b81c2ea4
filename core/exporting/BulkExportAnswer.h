#pragma once
// What an answer of a Bulk Data server means for an export: its words for the user (the
// OperationOutcome's, else the status line), whether asking again may help (throttling, server
// errors, dropped connections), and whether the server says the export itself failed (a 5xx
// with an OperationOutcome not marked transient, which retrying would only wait longer for).

#include "common/Result.h"
#include "network/HttpRequestSpec.h"

#include <QNetworkReply>

namespace sightline::BulkExportAnswer {

QString httpText(int status, const QByteArray& reason, const QByteArray& body);
QString httpText(const HttpResponse& response);
QString httpText(QNetworkReply* reply, const QByteArray& body);

// A streamed download's end: TLS failures and cancellations are final; dropped connections,
// also after a 200 or 206 began, are worth another try.
bool isTransient(int status, QNetworkReply::NetworkError error);
// A request RestCall carried: its transport errors are dropped connections and timeouts
// (transient) or TLS failures and cancellations (not).
bool isTransient(const Result<HttpResponse>& result);

bool exportFailed(int status, const QByteArray& body);

// What the first OperationOutcome of a downloaded error file says (at most 300 characters).
QString firstIssue(const QString& errorFilePath);

} // namespace sightline::BulkExportAnswer
