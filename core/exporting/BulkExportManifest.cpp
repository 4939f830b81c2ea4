#include "exporting/BulkExportManifest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace sightline {

namespace {

Result<QList<BulkExportFile>> files(const QJsonValue& value, const QUrl& base, const char* what) {
    QList<BulkExportFile> list;
    if (value.isUndefined() || value.isNull())
        return list;
    if (!value.isArray())
        return Error::make(Error::Kind::MalformedData,
                           QCoreApplication::translate("BulkExportManifest",
                                                       "The export manifest's %1 is not a list.")
                               .arg(QLatin1String(what)));
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject o = item.toObject();
        BulkExportFile f;
        f.type = o.value(QLatin1String("type")).toString();
        f.url = base.resolved(QUrl(o.value(QLatin1String("url")).toString()));
        f.count = o.contains(QLatin1String("count"))
                      ? qint64(o.value(QLatin1String("count")).toDouble())
                      : -1;
        if (o.value(QLatin1String("url")).toString().isEmpty() || !f.url.isValid() ||
            (f.url.scheme() != QLatin1String("https") && f.url.scheme() != QLatin1String("http")))
            return Error::make(
                Error::Kind::MalformedData,
                QCoreApplication::translate(
                    "BulkExportManifest", "An export file in the manifest's %1 has no usable URL.")
                    .arg(QLatin1String(what)));
        list << f;
    }
    return list;
}

} // namespace

Result<BulkExportManifest> BulkExportManifest::parse(const QByteArray& body,
                                                     const QUrl& statusUrl) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(
            Error::Kind::MalformedData,
            QCoreApplication::translate("BulkExportManifest", "The export manifest is not JSON."),
            error.errorString());
    const QJsonObject json = doc.object();
    if (!json.value(QLatin1String("output")).isArray())
        return Error::make(Error::Kind::MalformedData,
                           QCoreApplication::translate("BulkExportManifest",
                                                       "The export manifest has no output list."));
    BulkExportManifest m;
    m.json = json;
    m.transactionTime = QDateTime::fromString(
        json.value(QLatin1String("transactionTime")).toString(), Qt::ISODateWithMs);
    m.request = json.value(QLatin1String("request")).toString();
    m.requiresAccessToken = json.value(QLatin1String("requiresAccessToken")).toBool();
    auto output = files(json.value(QLatin1String("output")), statusUrl, "output");
    if (!output)
        return output.error();
    auto errors = files(json.value(QLatin1String("error")), statusUrl, "error");
    if (!errors)
        return errors.error();
    auto deleted = files(json.value(QLatin1String("deleted")), statusUrl, "deleted");
    if (!deleted)
        return deleted.error();
    m.output = output.value();
    m.error = errors.value();
    m.deleted = deleted.value();
    return m;
}

} // namespace sightline
