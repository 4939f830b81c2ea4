#include "exporting/PushRequest.h"

#include <QFileInfo>
#include <QJsonArray>

namespace sightline {

namespace {

QJsonObject serverJson(const PushServer& server) {
    return {{QStringLiteral("id"), server.id},
            {QStringLiteral("name"), server.name},
            {QStringLiteral("fhirBase"), server.fhirBase.toString()},
            {QStringLiteral("caCertificatePath"), server.caCertificatePath}};
}

PushServer serverFrom(const QJsonObject& json) {
    return {json.value(QLatin1String("id")).toString(),
            json.value(QLatin1String("name")).toString(),
            QUrl(json.value(QLatin1String("fhirBase")).toString()),
            json.value(QLatin1String("caCertificatePath")).toString()};
}

} // namespace

QString PushRequest::problem() const {
    if (!target.fhirBase.isValid() || target.fhirBase.host().isEmpty())
        return tr("Choose the server to push to.");
    if (options.identifierSystem.trimmed().isEmpty())
        return tr("Name the identifier system that recognises resources already on the target.");
    if (options.chunkSize < 1)
        return tr("A transaction needs at least one resource.");
    if (fromFiles())
        return {};
    if (!source.fhirBase.isValid() || source.fhirBase.host().isEmpty())
        return tr("Choose NDJSON files or a server to push from.");
    if (type.trimmed().isEmpty())
        return tr("Name the resource type to search for on the source server.");
    return {};
}

QString PushRequest::describe() const {
    const QString to = target.name.isEmpty() ? target.fhirBase.host() : target.name;
    QString what;
    if (fromFiles()) {
        what = files.size() == 1 ? QFileInfo(files.first()).fileName()
                                 : tr("%1 files").arg(files.size());
    } else {
        const QString from = source.name.isEmpty() ? source.fhirBase.host() : source.name;
        what = patient.isEmpty() ? tr("%1 from %2").arg(type, from)
                                 : tr("%1 of patient %2 from %3").arg(type, patient, from);
    }
    return (options.dryRun ? tr("Dry run: push %1 to %2") : tr("Push %1 to %2")).arg(what, to);
}

QJsonObject PushRequest::toJson() const {
    return {{QStringLiteral("files"), QJsonArray::fromStringList(files)},
            {QStringLiteral("source"), serverJson(source)},
            {QStringLiteral("type"), type},
            {QStringLiteral("patient"), patient},
            {QStringLiteral("target"), serverJson(target)},
            {QStringLiteral("identifierSystem"), options.identifierSystem},
            {QStringLiteral("chunkSize"), options.chunkSize},
            {QStringLiteral("dryRun"), options.dryRun},
            {QStringLiteral("provenance"), options.provenance}};
}

PushRequest PushRequest::fromJson(const QJsonObject& json) {
    PushRequest r;
    for (const QJsonValue file : json.value(QLatin1String("files")).toArray())
        r.files << file.toString();
    r.source = serverFrom(json.value(QLatin1String("source")).toObject());
    r.type = json.value(QLatin1String("type")).toString();
    r.patient = json.value(QLatin1String("patient")).toString();
    r.target = serverFrom(json.value(QLatin1String("target")).toObject());
    r.options.identifierSystem = json.value(QLatin1String("identifierSystem")).toString();
    r.options.chunkSize = json.value(QLatin1String("chunkSize")).toInt(100);
    r.options.dryRun = json.value(QLatin1String("dryRun")).toBool();
    r.options.provenance = json.value(QLatin1String("provenance")).toBool(true);
    return r;
}

} // namespace sightline
