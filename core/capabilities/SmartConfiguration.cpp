#include "capabilities/SmartConfiguration.h"

#include <QCoreApplication>

namespace sightline {

namespace {
QStringList strings(const QJsonObject& json, const char* key) {
    QStringList out;
    for (const QJsonValue& v : json.value(QLatin1String(key)).toArray())
        out << v.toString();
    return out;
}

QUrl url(const QJsonObject& json, const char* key) {
    return QUrl(json.value(QLatin1String(key)).toString());
}
} // namespace

Result<SmartConfiguration> SmartConfiguration::fromJson(const QJsonObject& json) {
    if (json.contains(QLatin1String("resourceType"))) {
        return Error::make(
            Error::Kind::MalformedData,
            tr("The smart-configuration document is a FHIR resource, not SMART JSON"),
            json.value(QLatin1String("resourceType")).toString());
    }
    SmartConfiguration c;
    c.issuer = json.value(QLatin1String("issuer")).toString();
    c.jwksUri = url(json, "jwks_uri");
    c.authorizationEndpoint = url(json, "authorization_endpoint");
    c.tokenEndpoint = url(json, "token_endpoint");
    c.revocationEndpoint = url(json, "revocation_endpoint");
    c.introspectionEndpoint = url(json, "introspection_endpoint");
    c.registrationEndpoint = url(json, "registration_endpoint");
    c.managementEndpoint = url(json, "management_endpoint");
    c.userinfoEndpoint = url(json, "userinfo_endpoint");
    c.capabilities = strings(json, "capabilities");
    c.scopesSupported = strings(json, "scopes_supported");
    c.codeChallengeMethods = strings(json, "code_challenge_methods_supported");
    c.grantTypes = strings(json, "grant_types_supported");
    c.tokenEndpointAuthMethods = strings(json, "token_endpoint_auth_methods_supported");
    c.tokenEndpointAuthSigningAlgs =
        strings(json, "token_endpoint_auth_signing_alg_values_supported");
    c.associatedEndpoints = json.value(QLatin1String("associated_endpoints")).toArray();
    if (c.tokenEndpoint.isEmpty() && c.authorizationEndpoint.isEmpty() && c.capabilities.isEmpty())
        return Error::make(
            Error::Kind::MalformedData,
            tr("The smart-configuration document names no endpoints and no capabilities"));
    return c;
}

SmartConfiguration SmartConfiguration::fromOAuthUris(const OAuthUris& uris) {
    SmartConfiguration c;
    c.source = Source::CapabilityStatement;
    c.authorizationEndpoint = uris.authorize;
    c.tokenEndpoint = uris.token;
    c.revocationEndpoint = uris.revoke;
    c.introspectionEndpoint = uris.introspect;
    c.registrationEndpoint = uris.registerUrl;
    c.managementEndpoint = uris.manage;
    return c;
}

bool SmartConfiguration::offersImagingAccess() const {
    if (hasCapability(QStringLiteral("smart-imaging-access")))
        return true;
    for (const QJsonValue& endpoint : associatedEndpoints) {
        for (const QJsonValue& cap :
             endpoint.toObject().value(QLatin1String("capabilities")).toArray()) {
            if (cap.toString() == QLatin1String("smart-imaging-access"))
                return true;
        }
    }
    return false;
}

QStringList SmartConfiguration::problems() const {
    QStringList out;
    if (source == Source::CapabilityStatement)
        out << tr("No /.well-known/smart-configuration; endpoints come from the "
                  "CapabilityStatement (pre-SMART 2.0 server)");
    if (authorizationEndpoint.isEmpty() && hasCapability(QStringLiteral("launch-standalone")))
        out << tr("authorization_endpoint is missing");
    if (tokenEndpoint.isEmpty())
        out << tr("token_endpoint is missing");
    if (source == Source::WellKnown && capabilities.isEmpty())
        out << tr("capabilities is missing or empty");
    if (source == Source::WellKnown && !supportsS256())
        out << tr("code_challenge_methods_supported lacks S256: PKCE cannot be used, Sightline "
                  "will not log in");
    if (codeChallengeMethods.contains(QLatin1String("plain")))
        out << tr("code_challenge_methods_supported offers 'plain', which SMART forbids");
    if (hasCapability(QStringLiteral("sso-openid-connect")) &&
        (issuer.isEmpty() || jwksUri.isEmpty()))
        out << tr("sso-openid-connect is claimed but issuer or jwks_uri is missing");
    for (const QUrl& endpoint : {authorizationEndpoint, tokenEndpoint}) {
        if (!endpoint.isEmpty() && endpoint.scheme() != QLatin1String("https") &&
            endpoint.host() != QLatin1String("127.0.0.1") &&
            endpoint.host() != QLatin1String("localhost") &&
            endpoint.host() != QLatin1String("::1"))
            out << tr("%1 is not https").arg(endpoint.toDisplayString());
    }
    return out;
}

} // namespace sightline
