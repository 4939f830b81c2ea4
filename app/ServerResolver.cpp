#include "ServerResolver.h"

#include "servers/ConnectionString.h"
#include "servers/ServerStore.h"

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
    if (const auto byUrl = store.find(parsed->profile.fhirBase.toString()))
        return Resolved{*byUrl, parsed->clientSecret, false};
    // A server saved under the name the string gives has moved (a sandbox restarted on another
    // port): update that entry rather than piling up copies.
    if (const auto byName = store.find(parsed->profile.name);
        byName && text.contains(QLatin1String("name="))) {
        ServerProfile moved = parsed->profile;
        moved.id = byName->id;
        return Resolved{moved, parsed->clientSecret, true};
    }
    return Resolved{parsed->profile, parsed->clientSecret, true};
}

} // namespace sightline
