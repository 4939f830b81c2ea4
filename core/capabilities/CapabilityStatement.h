#pragma once
// The parts of a FHIR CapabilityStatement that Sightline reasons about: per-resource
// interactions, search parameters, operations and profiles, system-level abilities, formats and
// the security block (including the SMART oauth-uris extension). Immutable value; thread-safe.

#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace sightline {

struct SearchParamInfo {
    QString name;
    QString type;
    QString definition;
};

struct OperationInfo {
    QString name; // without the leading '$'
    QString definition;
};

struct ResourceCapability {
    QString type;
    QString profile;
    QStringList supportedProfiles;
    QStringList interactions;
    QList<SearchParamInfo> searchParams;
    QList<OperationInfo> operations;
    QStringList searchInclude;
    QStringList searchRevInclude;
    bool conditionalCreate = false;
    bool conditionalUpdate = false;
    QString conditionalDelete;
    QString versioning;

    bool hasInteraction(const QString& code) const { return interactions.contains(code); }
    bool hasSearchParam(const QString& name) const;
    bool hasOperation(const QString& name) const;
};

struct OAuthUris {
    QUrl authorize;
    QUrl token;
    QUrl revoke;
    QUrl introspect;
    QUrl registerUrl;
    QUrl manage;
    bool isEmpty() const { return authorize.isEmpty() && token.isEmpty(); }
};

class CapabilityStatement {
public:
    static Result<CapabilityStatement> fromJson(const QJsonObject& json);

    QString softwareName;
    QString softwareVersion;
    QString implementationDescription;
    QString fhirVersion;
    QString status;
    QString kind;
    QString publisher;
    QString date;
    QStringList formats;
    QStringList patchFormats;
    QStringList implementationGuides;

    QList<ResourceCapability> resources;
    QStringList systemInteractions;
    QList<OperationInfo> systemOperations;
    QList<SearchParamInfo> systemSearchParams;

    QStringList securityServices; // codes, e.g. SMART-on-FHIR
    bool cors = false;
    OAuthUris oauthUris;

    const ResourceCapability* resource(const QString& type) const;
    bool supportsJson() const;
    // True when an operation is offered at system level or on the given type.
    bool hasOperation(const QString& name, const QString& type = {}) const;

private:
    QHash<QString, qsizetype> m_index;
};

} // namespace sightline
