#pragma once
// Who is on the other end of a loopback TCP connection: the user id that owns the peer's
// socket, read from the kernel's socket tables (/proc/net/tcp and tcp6 on Linux). The gateway
// serves only the user who runs Sightline: on a shared desktop (a terminal server) another user
// who learns a viewer's URL, from `ps` say, is still refused. Thread-safe (no state).

#include <QByteArray>
#include <QString>

#include <optional>

namespace sightline {

class LoopbackPeer {
public:
    // The uid owning the socket at `peerPort` connected to our `localPort`; empty when it cannot
    // be told (no such table on this system, or no such connection).
    static std::optional<uint> ownerOf(quint16 peerPort, quint16 localPort);
    // The same, from the text of socket tables (for tests).
    static std::optional<uint> ownerIn(const QByteArray& table, quint16 peerPort,
                                       quint16 localPort);
    // Whether this system has socket tables to read at all.
    static bool canTell();
};

} // namespace sightline
