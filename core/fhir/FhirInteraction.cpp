#include "fhir/FhirInteraction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace sightline {

FhirInteraction FhirInteraction::classify(const QByteArray& method, const QUrl& url,
                                          const QUrl& baseUrl, const QByteArray& body) {
    FhirInteraction i;
    i.method = method;
    i.url = url;
    QString path = url.path();
    const QString basePath = baseUrl.path();
    if (path.startsWith(basePath))
        path = path.mid(basePath.size());
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool post = method == "POST";
    QUrlQuery query(url);
    if (post && url.path().endsWith(QLatin1String("/_search")))
        query = QUrlQuery(QString::fromUtf8(body)); // the form body holds the search
    i.query = query.toString(QUrl::FullyDecoded).toUtf8();

    if (parts.isEmpty()) {
        if (post) {
            const QString type =
                QJsonDocument::fromJson(body).object().value(QLatin1String("type")).toString();
            i.code = type == QLatin1String("batch") ? QStringLiteral("batch")
                                                    : QStringLiteral("transaction");
        } else {
            i.code = QStringLiteral("search-system");
        }
    } else if (parts.first() == QLatin1String("metadata") ||
               parts.first() == QLatin1String(".well-known")) {
        i.code = QStringLiteral("capabilities");
    } else if (parts.last().startsWith(QLatin1Char('$'))) {
        i.code = QStringLiteral("operation");
        i.resourceType = parts.size() > 1 ? parts.first() : QString();
    } else {
        i.resourceType = parts.first();
        if (parts.size() == 1 || (parts.size() == 2 && parts[1] == QLatin1String("_search")))
            i.code = post ? QStringLiteral("create") : QStringLiteral("search-type");
        if (parts.size() == 2 && parts[1] == QLatin1String("_search"))
            i.code = QStringLiteral("search-type");
        else if (parts.size() == 2)
            i.code = method == "PUT"      ? QStringLiteral("update")
                     : method == "DELETE" ? QStringLiteral("delete")
                                          : QStringLiteral("read");
        else if (parts.size() == 4 && parts[2] == QLatin1String("_history"))
            i.code = QStringLiteral("vread");
        else if (i.code.isEmpty())
            i.code = QStringLiteral("read");
        if (parts.size() >= 2 && parts[1] != QLatin1String("_search"))
            i.resources << parts[0] + QLatin1Char('/') + parts[1];
    }

    // The patient concerned: the Patient read itself, or the search's patient/subject parameter.
    if (i.resourceType == QLatin1String("Patient") && parts.size() >= 2 &&
        !parts[1].startsWith(QLatin1Char('$')))
        i.patient = QStringLiteral("Patient/") + parts[1];
    for (const char* key : {"patient", "subject", "_id"}) {
        if (!i.patient.isEmpty())
            break;
        const QString value = query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
        if (value.isEmpty() || (QLatin1String(key) == QLatin1String("_id") &&
                                i.resourceType != QLatin1String("Patient")))
            continue;
        i.patient = value.contains(QLatin1Char('/')) ? value : QStringLiteral("Patient/") + value;
    }
    return i;
}

} // namespace sightline
