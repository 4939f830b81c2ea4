#pragma once
// A server's SMART App Launch configuration (/.well-known/smart-configuration, or the oauth-uris
// of an older server's CapabilityStatement), with the conformance problems Sightline cares
// about spelled out. Immutable value; thread-safe.

#include "capabilities/CapabilityStatement.h"
#include "common/Result.h"
#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace sightline {

class SmartConfiguration {
    Q_DECLARE_TR_FUNCTIONS(SmartConfiguration)

public:
    enum class Source { WellKnown, CapabilityStatement };

    static Result<SmartConfiguration> fromJson(const QJsonObject& json);
    static SmartConfiguration fromOAuthUris(const OAuthUris& uris);

    Source source = Source::WellKnown;
    QString issuer;
    QUrl jwksUri;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint;
    QUrl introspectionEndpoint;
    QUrl registrationEndpoint;
    QUrl managementEndpoint;
    QUrl userinfoEndpoint;
    QStringList capabilities;
    QStringList scopesSupported;
    QStringList codeChallengeMethods;
    QStringList grantTypes;
    QStringList tokenEndpointAuthMethods;
    QStringList tokenEndpointAuthSigningAlgs;
    QJsonArray associatedEndpoints;

    bool hasCapability(const QString& name) const { return capabilities.contains(name); }
    bool supportsS256() const { return codeChallengeMethods.contains(QLatin1String("S256")); }
    // SMART Imaging Access, at top level or on an associated endpoint.
    bool offersImagingAccess() const;
    // Deviations from SMART App Launch 2.x that matter to a client, one sentence each.
    QStringList problems() const;
};

} // namespace sightline
