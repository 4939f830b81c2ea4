#include "ServerResolver.h"

#include "servers/ConnectionString.h"
#include "servers/ServerStore.h"

#include <QUrlQuery>

#include <algorithm>

namespace sightline {

Result<ServerResolver::Resolved> ServerResolver::resolve(const QString& text,
                                                         const ServerStore& store) {
    if (const auto saved = store.find(text))
        return Resolved{*saved, {}, false};
    const auto parsed = ConnectionString::parse(text);
    if (!parsed) {
        return Error::make(
            Error::Kind::InvalidInput,
            QObject::tr("\"%1\" is neither a configured server nor a URL or connection string")
                .arg(text),
            parsed.error().toString());
    }
    // The same address saved earlier under another name is the same server.
    // A DICOM node's string may set what its address does not name (the calling AE title,
    // timeouts): they apply to this use, and the saved node stays as it is.
    if (auto byUrl = store.find(parsed->profile.fhirBase.toString())) {
        if (byUrl->isDicomNode() && parsed->profile.isDicomNode())
            byUrl->dicomNode = parsed->profile.dicomNode;
        return Resolved{*byUrl, parsed->clientSecret, false};
    }
    // A server saved under the name the string gives has moved (a sandbox restarted on another
    // port): update that entry rather than piling up copies. The string merges into it: the
    // new address, and the login settings only when the string gives any (a bare address once
    // reset a SMART profile to no login).
    if (const auto byName = store.find(parsed->profile.name);
        byName && byName->kind == parsed->profile.kind && text.contains(QLatin1String("name="))) {
        ServerProfile moved = *byName;
        moved.fhirBase = parsed->profile.fhirBase;
        moved.kind = parsed->profile.kind;
        moved.dicomNode = parsed->profile.dicomNode;
        const QUrlQuery given(QUrl(text.trimmed()));
        static const QStringList loginKeys{
            QStringLiteral("auth"),          QStringLiteral("client_id"),
            QStringLiteral("client_secret"), QStringLiteral("client_secret_path"),
            QStringLiteral("token_url"),     QStringLiteral("use_jwt_assertion"),
            QStringLiteral("user"),          QStringLiteral("scope"),
            QStringLiteral("audience"),      QStringLiteral("token_endpoint_auth_method")};
        const bool givesLogin =
            std::any_of(loginKeys.cbegin(), loginKeys.cend(),
                        [&](const QString& k) { return given.hasQueryItem(k); });
        if (givesLogin) {
            const ServerProfile& p = parsed->profile;
            moved.authKind = p.authKind;
            moved.clientId = p.clientId;
            moved.userName = p.userName;
            moved.scopes = p.scopes;
            moved.tokenUrl = p.tokenUrl;
            moved.audience = p.audience;
            moved.useJwtAssertion = p.useJwtAssertion;
            moved.clientSecretPath = p.clientSecretPath;
            moved.tokenEndpointAuthMethod = p.tokenEndpointAuthMethod;
        }
        return Resolved{moved, parsed->clientSecret, true};
    }
    return Resolved{parsed->profile, parsed->clientSecret, true};
}

} // namespace sightline
