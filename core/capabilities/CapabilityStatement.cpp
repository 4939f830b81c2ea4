#include "capabilities/CapabilityStatement.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sightline {

namespace {

QStringList stringArray(const QJsonValue& value) {
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out << item.toString();
    return out;
}

QStringList codes(const QJsonValue& value) {
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out << item.toObject().value(QLatin1String("code")).toString();
    return out;
}

QList<SearchParamInfo> searchParams(const QJsonValue& value) {
    QList<SearchParamInfo> out;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject o = item.toObject();
        out << SearchParamInfo{o.value(QLatin1String("name")).toString(),
                               o.value(QLatin1String("type")).toString(),
                               o.value(QLatin1String("definition")).toString()};
    }
    return out;
}

QList<OperationInfo> operations(const QJsonValue& value) {
    QList<OperationInfo> out;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject o = item.toObject();
        QString name = o.value(QLatin1String("name")).toString();
        if (name.startsWith(QLatin1Char('$')))
            name.remove(0, 1);
        out << OperationInfo{name, o.value(QLatin1String("definition")).toString()};
    }
    return out;
}

OAuthUris parseOAuthUris(const QJsonObject& security) {
    OAuthUris uris;
    for (const QJsonValue& ext : security.value(QLatin1String("extension")).toArray()) {
        const QJsonObject o = ext.toObject();
        if (o.value(QLatin1String("url")).toString() !=
            QLatin1String("http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris"))
            continue;
        for (const QJsonValue& sub : o.value(QLatin1String("extension")).toArray()) {
            const QJsonObject s = sub.toObject();
            const QUrl value(s.value(QLatin1String("valueUri")).toString());
            const QString which = s.value(QLatin1String("url")).toString();
            if (which == QLatin1String("authorize"))
                uris.authorize = value;
            else if (which == QLatin1String("token"))
                uris.token = value;
            else if (which == QLatin1String("revoke"))
                uris.revoke = value;
            else if (which == QLatin1String("introspect"))
                uris.introspect = value;
            else if (which == QLatin1String("register"))
                uris.registerUrl = value;
            else if (which == QLatin1String("manage"))
                uris.manage = value;
        }
    }
    return uris;
}

} // namespace

bool ResourceCapability::hasSearchParam(const QString& name) const {
    return std::any_of(searchParams.cbegin(), searchParams.cend(),
                       [&](const auto& p) { return p.name == name; });
}

bool ResourceCapability::hasOperation(const QString& name) const {
    return std::any_of(operations.cbegin(), operations.cend(),
                       [&](const auto& o) { return o.name == name; });
}

Result<CapabilityStatement> CapabilityStatement::fromJson(const QJsonObject& json) {
    const QString type = json.value(QLatin1String("resourceType")).toString();
    if (type != QLatin1String("CapabilityStatement")) {
        return Error::make(
            Error::Kind::MalformedData,
            QCoreApplication::translate("CapabilityStatement",
                                        "The server's /metadata is not a CapabilityStatement"),
            type.isEmpty() ? QStringLiteral("no resourceType")
                           : QStringLiteral("resourceType %1").arg(type));
    }
    CapabilityStatement cs;
    const QJsonObject software = json.value(QLatin1String("software")).toObject();
    cs.softwareName = software.value(QLatin1String("name")).toString();
    cs.softwareVersion = software.value(QLatin1String("version")).toString();
    cs.implementationDescription = json.value(QLatin1String("implementation"))
                                       .toObject()
                                       .value(QLatin1String("description"))
                                       .toString();
    cs.fhirVersion = json.value(QLatin1String("fhirVersion")).toString();
    cs.status = json.value(QLatin1String("status")).toString();
    cs.kind = json.value(QLatin1String("kind")).toString();
    cs.publisher = json.value(QLatin1String("publisher")).toString();
    cs.date = json.value(QLatin1String("date")).toString();
    cs.formats = stringArray(json.value(QLatin1String("format")));
    cs.patchFormats = stringArray(json.value(QLatin1String("patchFormat")));
    cs.implementationGuides = stringArray(json.value(QLatin1String("implementationGuide")));

    // A server may describe client and server modes; Sightline talks to the server part.
    QJsonObject rest;
    for (const QJsonValue& value : json.value(QLatin1String("rest")).toArray()) {
        const QJsonObject candidate = value.toObject();
        if (rest.isEmpty() ||
            candidate.value(QLatin1String("mode")).toString() == QLatin1String("server"))
            rest = candidate;
    }
    for (const QJsonValue& value : rest.value(QLatin1String("resource")).toArray()) {
        const QJsonObject r = value.toObject();
        ResourceCapability rc;
        rc.type = r.value(QLatin1String("type")).toString();
        if (rc.type.isEmpty())
            continue;
        rc.profile = r.value(QLatin1String("profile")).toString();
        rc.supportedProfiles = stringArray(r.value(QLatin1String("supportedProfile")));
        rc.interactions = codes(r.value(QLatin1String("interaction")));
        rc.searchParams = searchParams(r.value(QLatin1String("searchParam")));
        rc.operations = operations(r.value(QLatin1String("operation")));
        rc.searchInclude = stringArray(r.value(QLatin1String("searchInclude")));
        rc.searchRevInclude = stringArray(r.value(QLatin1String("searchRevInclude")));
        rc.conditionalCreate = r.value(QLatin1String("conditionalCreate")).toBool();
        rc.conditionalUpdate = r.value(QLatin1String("conditionalUpdate")).toBool();
        rc.conditionalDelete = r.value(QLatin1String("conditionalDelete")).toString();
        rc.versioning = r.value(QLatin1String("versioning")).toString();
        cs.m_index.insert(rc.type, cs.resources.size());
        cs.resources << rc;
    }
    cs.systemInteractions = codes(rest.value(QLatin1String("interaction")));
    cs.systemOperations = operations(rest.value(QLatin1String("operation")));
    cs.systemSearchParams = searchParams(rest.value(QLatin1String("searchParam")));

    const QJsonObject security = rest.value(QLatin1String("security")).toObject();
    cs.cors = security.value(QLatin1String("cors")).toBool();
    for (const QJsonValue& service : security.value(QLatin1String("service")).toArray()) {
        for (const QJsonValue& coding : service.toObject().value(QLatin1String("coding")).toArray())
            cs.securityServices << coding.toObject().value(QLatin1String("code")).toString();
    }
    cs.oauthUris = parseOAuthUris(security);
    return cs;
}

const ResourceCapability* CapabilityStatement::resource(const QString& type) const {
    const auto it = m_index.constFind(type);
    return it == m_index.cend() ? nullptr : &resources.at(*it);
}

bool CapabilityStatement::supportsJson() const {
    return std::any_of(formats.cbegin(), formats.cend(),
                       [](const QString& f) { return f.contains(QLatin1String("json")); });
}

bool CapabilityStatement::hasOperation(const QString& name, const QString& type) const {
    if (std::any_of(systemOperations.cbegin(), systemOperations.cend(),
                    [&](const auto& o) { return o.name == name; }))
        return true;
    if (type.isEmpty())
        return std::any_of(resources.cbegin(), resources.cend(),
                           [&](const auto& r) { return r.hasOperation(name); });
    const ResourceCapability* r = resource(type);
    return r && r->hasOperation(name);
}

} // namespace sightline
