#include "fhir/OperationOutcome.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace sightline {

std::optional<OperationOutcome> OperationOutcome::fromJson(const QJsonObject& json) {
    if (json.value(QLatin1String("resourceType")).toString() != QLatin1String("OperationOutcome"))
        return std::nullopt;
    OperationOutcome outcome;
    const QJsonArray issues = json.value(QLatin1String("issue")).toArray();
    for (const QJsonValue& value : issues) {
        const QJsonObject issue = value.toObject();
        OperationOutcomeIssue item;
        item.severity = issue.value(QLatin1String("severity")).toString();
        item.code = issue.value(QLatin1String("code")).toString();
        const QJsonObject details = issue.value(QLatin1String("details")).toObject();
        item.details = details.value(QLatin1String("text")).toString();
        if (item.details.isEmpty()) {
            const QJsonArray codings = details.value(QLatin1String("coding")).toArray();
            if (!codings.isEmpty())
                item.details =
                    codings.first().toObject().value(QLatin1String("display")).toString();
        }
        item.diagnostics = issue.value(QLatin1String("diagnostics")).toString();
        for (const QJsonValue& expr : issue.value(QLatin1String("expression")).toArray())
            item.expression << expr.toString();
        outcome.m_issues << item;
    }
    return outcome;
}

bool OperationOutcome::hasErrors() const {
    for (const auto& issue : m_issues) {
        if (issue.severity == QLatin1String("error") || issue.severity == QLatin1String("fatal"))
            return true;
    }
    return false;
}

QString OperationOutcome::summary() const {
    QStringList lines;
    for (const auto& issue : m_issues) {
        QString line = QStringLiteral("%1 (%2)").arg(issue.severity, issue.code);
        if (!issue.expression.isEmpty())
            line += QLatin1Char(' ') + issue.expression.join(QStringLiteral(", "));
        const QString text = !issue.details.isEmpty() ? issue.details : issue.diagnostics;
        if (!text.isEmpty())
            line += QStringLiteral(": ") + text;
        if (!issue.diagnostics.isEmpty() && issue.diagnostics != text)
            line += QStringLiteral(" [") + issue.diagnostics + QLatin1Char(']');
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

Error OperationOutcome::errorFromResponse(const HttpResponse& response) {
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (const auto outcome = fromJson(doc.object()); outcome && !outcome->issues().isEmpty()) {
        const auto& first = outcome->issues().first();
        const QString text = !first.details.isEmpty()       ? first.details
                             : !first.diagnostics.isEmpty() ? first.diagnostics
                                                            : first.code;
        return Error::make(
            Error::Kind::Fhir,
            QCoreApplication::translate("OperationOutcome", "The server refused the request: %1")
                .arg(text),
            outcome->summary(), response.status);
    }
    QString snippet = QString::fromUtf8(response.body.left(300)).simplified();
    const QString reason = QString::fromLatin1(response.reasonPhrase);
    return Error::make(Error::Kind::Http,
                       QCoreApplication::translate("OperationOutcome", "The server answered %1 %2")
                           .arg(response.status)
                           .arg(reason),
                       snippet, response.status);
}

} // namespace sightline
