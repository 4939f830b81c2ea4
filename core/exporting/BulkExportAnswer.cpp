#include "exporting/BulkExportAnswer.h"

#include "fhir/OperationOutcome.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sightline::BulkExportAnswer {

QString httpText(int status, const QByteArray& reason, const QByteArray& body) {
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (const auto outcome = OperationOutcome::fromJson(json))
        return outcome->summary();
    return QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromLatin1(reason));
}

QString httpText(const HttpResponse& response) {
    return httpText(response.status, response.reasonPhrase, response.body);
}

QString httpText(QNetworkReply* reply, const QByteArray& body) {
    return httpText(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                    reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(),
                    body);
}

bool isTransient(int status, QNetworkReply::NetworkError error) {
    if (status == 429 || status >= 500)
        return true;
    if (status == 0 || status == 200 || status == 206)
        return error != QNetworkReply::NoError && error != QNetworkReply::OperationCanceledError &&
               error != QNetworkReply::SslHandshakeFailedError;
    return false;
}

bool isTransient(const Result<HttpResponse>& result) {
    if (!result)
        return result.error().kind == Error::Kind::Network ||
               result.error().kind == Error::Kind::Timeout;
    return result->status == 429 || result->status >= 500;
}

bool exportFailed(int status, const QByteArray& body) {
    if (status < 500)
        return false;
    const auto outcome = OperationOutcome::fromJson(QJsonDocument::fromJson(body).object());
    if (!outcome)
        return false;
    for (const OperationOutcomeIssue& issue : outcome->issues()) {
        if (issue.code == QLatin1String("transient") || issue.code == QLatin1String("throttled"))
            return false;
    }
    return true;
}

QString firstIssue(const QString& errorFilePath) {
    QFile file(errorFilePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject outcome = QJsonDocument::fromJson(file.readLine(1 << 20)).object();
    const QJsonObject issue = outcome.value(QLatin1String("issue")).toArray().first().toObject();
    const QString text = issue.value(QLatin1String("diagnostics")).toString();
    return (text.isEmpty() ? issue.value(QLatin1String("details"))
                                 .toObject()
                                 .value(QLatin1String("text"))
                                 .toString()
                           : text)
        .left(300);
}

} // namespace sightline::BulkExportAnswer
