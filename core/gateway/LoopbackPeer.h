#pragma once
// Who is on the other end of a loopback TCP connection: the user id that owns the peer's
// socket. The gateway serves only the user who runs Sightline: on a shared desktop (a terminal
// server) another user who learns a viewer's URL, from `ps` say, is still refused.
//
// On Linux the kernel is asked for the one socket with the connection's addresses and ports
// (sock_diag over netlink, as `ss` does): an exact lookup that a busy socket table cannot
// disturb. Where netlink is not available (some sandboxes), the text socket tables in
// /proc/net are read instead. Thread-safe (no state).

#include <QByteArray>
#include <QString>

#include <optional>

namespace sightline {

class LoopbackPeer {
public:
    // The uid owning the socket at `peerPort` connected to our `localPort` (both on a loopback
    // address); empty when it cannot be told (no such connection, or no way to ask).
    static std::optional<uint> ownerOf(quint16 peerPort, quint16 localPort);
    // The same, from the text of socket tables (for tests, and the fallback).
    static std::optional<uint> ownerIn(const QByteArray& table, quint16 peerPort,
                                       quint16 localPort);
    // Whether this system can tell socket owners at all.
    static bool canTell();
};

} // namespace sightline
