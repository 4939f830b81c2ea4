#include "exporting/BulkExportRequest.h"

#include <QJsonArray>

namespace sightline {

QUrlQuery BulkExportRequest::query() const {
    // Values are percent-encoded here: QUrlQuery would leave '+' (in fhir+ndjson, in time
    // zones) for servers to read as a space.
    struct EncodingQuery : QUrlQuery {
        void addQueryItem(const QString& name, const QString& value) {
            QUrlQuery::addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
        }
    } q;
    if (!outputFormat.isEmpty())
        q.addQueryItem(QStringLiteral("_outputFormat"), outputFormat);
    if (!types.isEmpty())
        q.addQueryItem(QStringLiteral("_type"), types.join(u','));
    if (since.isValid())
        q.addQueryItem(QStringLiteral("_since"), since.toUTC().toString(Qt::ISODateWithMs));
    for (const QString& filter : typeFilters)
        q.addQueryItem(QStringLiteral("_typeFilter"), filter);
    if (!elements.isEmpty())
        q.addQueryItem(QStringLiteral("_elements"), elements.join(u','));
    if (!includeAssociatedData.isEmpty())
        q.addQueryItem(QStringLiteral("includeAssociatedData"), includeAssociatedData.join(u','));
    for (const auto& [name, value] : extraParameters)
        q.addQueryItem(name, value);
    return q;
}

QUrl BulkExportRequest::kickoffUrl(const QUrl& fhirBase) const {
    QUrl url = fhirBase;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    path += level == Level::System    ? QStringLiteral("$export")
            : level == Level::Patient ? QStringLiteral("Patient/$export")
                                      : QStringLiteral("Group/%1/$export").arg(groupId);
    url.setPath(path);
    if (!usePost)
        url.setQuery(query());
    return url;
}

QJsonObject BulkExportRequest::parameters() const {
    QJsonArray list;
    auto add = [&list](const QString& name, const QString& value,
                       const char* type = "valueString") {
        list.append(QJsonObject{{QStringLiteral("name"), name}, {QLatin1String(type), value}});
    };
    if (!outputFormat.isEmpty())
        add(QStringLiteral("_outputFormat"), outputFormat);
    if (!types.isEmpty())
        add(QStringLiteral("_type"), types.join(u','));
    if (since.isValid())
        add(QStringLiteral("_since"), since.toUTC().toString(Qt::ISODateWithMs), "valueInstant");
    for (const QString& filter : typeFilters)
        add(QStringLiteral("_typeFilter"), filter);
    if (!elements.isEmpty())
        add(QStringLiteral("_elements"), elements.join(u','));
    for (const QString& associated : includeAssociatedData)
        add(QStringLiteral("includeAssociatedData"), associated, "valueCode");
    for (const auto& [name, value] : extraParameters)
        add(name, value);
    return {{QStringLiteral("resourceType"), QStringLiteral("Parameters")},
            {QStringLiteral("parameter"), list}};
}

QString BulkExportRequest::describe() const {
    // In the user's language: the Jobs panel shows it as the job's title.
    const QString scope = level == Level::System    ? tr("System")
                          : level == Level::Patient ? tr("All patients")
                                                    : QStringLiteral("Group/") + groupId;
    QString what = tr("%1: %2").arg(scope, types.isEmpty() ? tr("all types")
                                                           : types.join(QStringLiteral(", ")));
    if (since.isValid())
        what = tr("%1 since %2").arg(what, since.toUTC().toString(Qt::ISODate));
    if (deidentify)
        what = tr("%1, de-identified").arg(what);
    return what;
}

QJsonObject BulkExportRequest::toJson() const {
    static const char* const levels[] = {"system", "patient", "group"};
    return {{QStringLiteral("level"), QLatin1String(levels[int(level)])},
            {QStringLiteral("groupId"), groupId},
            {QStringLiteral("types"), QJsonArray::fromStringList(types)},
            {QStringLiteral("since"),
             since.isValid() ? since.toUTC().toString(Qt::ISODateWithMs) : QString()},
            {QStringLiteral("typeFilters"), QJsonArray::fromStringList(typeFilters)},
            {QStringLiteral("elements"), QJsonArray::fromStringList(elements)},
            {QStringLiteral("outputFormat"), outputFormat},
            {QStringLiteral("includeAssociatedData"),
             QJsonArray::fromStringList(includeAssociatedData)},
            {QStringLiteral("lenient"), lenient},
            {QStringLiteral("usePost"), usePost},
            {QStringLiteral("deidentify"), deidentify},
            {QStringLiteral("keyFile"), keyFile},
            {QStringLiteral("extraParameters"), [this] {
                 QJsonArray list;
                 for (const auto& [name, value] : extraParameters)
                     list.append(QJsonArray{name, value});
                 return list;
             }()}};
}

BulkExportRequest BulkExportRequest::fromJson(const QJsonObject& json) {
    auto strings = [&json](const char* key) {
        QStringList list;
        for (const QJsonValue& v : json.value(QLatin1String(key)).toArray())
            list << v.toString();
        return list;
    };
    BulkExportRequest r;
    const QString level = json.value(QLatin1String("level")).toString();
    r.level = level == QLatin1String("group")     ? Level::Group
              : level == QLatin1String("patient") ? Level::Patient
                                                  : Level::System;
    r.groupId = json.value(QLatin1String("groupId")).toString();
    r.types = strings("types");
    r.since =
        QDateTime::fromString(json.value(QLatin1String("since")).toString(), Qt::ISODateWithMs);
    r.typeFilters = strings("typeFilters");
    r.elements = strings("elements");
    r.outputFormat = json.value(QLatin1String("outputFormat")).toString();
    r.includeAssociatedData = strings("includeAssociatedData");
    r.lenient = json.value(QLatin1String("lenient")).toBool();
    r.usePost = json.value(QLatin1String("usePost")).toBool();
    r.deidentify = json.value(QLatin1String("deidentify")).toBool();
    r.keyFile = json.value(QLatin1String("keyFile")).toString();
    for (const QJsonValue& pair : json.value(QLatin1String("extraParameters")).toArray())
        r.extraParameters << qMakePair(pair.toArray().at(0).toString(),
                                       pair.toArray().at(1).toString());
    return r;
}

} // namespace sightline
