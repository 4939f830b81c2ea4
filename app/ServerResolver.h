#pragma once
// Turns what the user typed for a server (saved name or id, URL, connection string) into a
// profile, saving new ones when asked so they appear in the server list.

#include "common/Result.h"
#include "servers/ServerProfile.h"

namespace sightline {

class ServerStore;

class ServerResolver {
public:
    struct Resolved {
        ServerProfile profile;
        QByteArray secret;      // from a connection string; for the keychain
        bool needsSave = false; // new, or a saved server whose address changed
    };
    static Result<Resolved> resolve(const QString& text, const ServerStore& store);
};

} // namespace sightline
