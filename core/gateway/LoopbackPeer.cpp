#include "gateway/LoopbackPeer.h"

#include <QFile>
#include <QList>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#endif

#include <array>
#include <cerrno>

namespace sightline {

namespace {

const char* const kTables[] = {"/proc/net/tcp", "/proc/net/tcp6"};

// "0100007F:C350" → 0xC350.
std::optional<quint16> portOf(const QByteArray& endpoint) {
    const qsizetype colon = endpoint.lastIndexOf(':');
    bool ok = false;
    const uint port = endpoint.mid(colon + 1).toUInt(&ok, 16);
    return colon > 0 && ok && port <= 0xFFFF ? std::optional<quint16>(quint16(port)) : std::nullopt;
}

// 127.0.0.1 as /proc/net/tcp writes it (0100007F), or ::1 and ::ffff:127.0.0.1 in tcp6.
bool isLoopback(const QByteArray& endpoint) {
    const QByteArray address = endpoint.left(endpoint.lastIndexOf(':')).toUpper();
    return address == "0100007F" || address == "00000000000000000000000001000000" ||
           address == "0000000000000000FFFF00000100007F";
}

std::optional<uint> ownerFromTables(quint16 peerPort, quint16 localPort) {
    for (const char* path : kTables) {
        QFile file(QString::fromLatin1(path));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (const auto uid = LoopbackPeer::ownerIn(file.readAll(), peerPort, localPort))
            return uid;
    }
    return std::nullopt;
}

#ifdef Q_OS_LINUX

// The kernel's answer to one exact sock_diag lookup.
struct DiagAnswer {
    bool asked = false; // false: netlink could not be used here
    std::optional<uint> owner;
};

// Asks the kernel for the TCP socket whose own end is `peerPort` and whose remote end is
// `localPort`, both at `loopback` (an AF_INET or AF_INET6 address). One request, one answer,
// bounded by a receive timeout.
DiagAnswer askSockDiag(int family, quint16 peerPort, quint16 localPort) {
    DiagAnswer answer;
    const int fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (fd < 0)
        return answer;
    const timeval timeout{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    struct {
        nlmsghdr header;
        inet_diag_req_v2 body;
    } request{};
    request.header.nlmsg_len = sizeof request;
    request.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    request.header.nlmsg_flags = NLM_F_REQUEST;
    request.header.nlmsg_seq = 1;
    request.body.sdiag_family = quint8(family);
    request.body.sdiag_protocol = IPPROTO_TCP;
    request.body.idiag_states = ~0U;
    request.body.id.idiag_sport = htons(peerPort);
    request.body.id.idiag_dport = htons(localPort);
    if (family == AF_INET) {
        request.body.id.idiag_src[0] = htonl(INADDR_LOOPBACK);
        request.body.id.idiag_dst[0] = htonl(INADDR_LOOPBACK);
    } else {
        request.body.id.idiag_src[3] = htonl(1);
        request.body.id.idiag_dst[3] = htonl(1);
    }
    request.body.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
    request.body.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    if (::sendto(fd, &request, sizeof request, 0, reinterpret_cast<sockaddr*>(&kernel),
                 sizeof kernel) != ssize_t(sizeof request)) {
        ::close(fd);
        return answer;
    }
    alignas(nlmsghdr) std::array<char, 8192> buffer;
    const ssize_t received = ::recv(fd, buffer.data(), buffer.size(), 0);
    ::close(fd);
    if (received <= 0)
        return answer;
    answer.asked = true;
    auto length = int(received);
    for (auto* header = static_cast<nlmsghdr*>(static_cast<void*>(buffer.data()));
         NLMSG_OK(header, length); header = NLMSG_NEXT(header, length)) {
        if (header->nlmsg_type == NLMSG_ERROR) {
            // ENOENT: no such socket. Anything else (EPERM, EOPNOTSUPP): netlink is of no use.
            const auto* error = static_cast<const nlmsgerr*>(NLMSG_DATA(header));
            answer.asked = error->error == -ENOENT;
            return answer;
        }
        if (header->nlmsg_type != SOCK_DIAG_BY_FAMILY)
            continue;
        const auto* socket = static_cast<const inet_diag_msg*>(NLMSG_DATA(header));
        // The kernel's lookup falls back to a listener on the port; only the connection itself
        // counts, and only while a process holds it. A connection its program has closed lives
        // on as a placeholder without an inode that reads as uid 0 (and as FIN_WAIT2, not
        // TIME_WAIT, with the default fin timeout): under root it would pass for Sightline's own.
        const bool thisConnection =
            socket->id.idiag_sport == htons(peerPort) && socket->id.idiag_dport == htons(localPort);
        const bool held =
            socket->idiag_inode != 0 &&
            (socket->idiag_state == TCP_ESTABLISHED || socket->idiag_state == TCP_FIN_WAIT1 ||
             socket->idiag_state == TCP_FIN_WAIT2 || socket->idiag_state == TCP_CLOSE_WAIT);
        if (thisConnection && held)
            answer.owner = socket->idiag_uid;
        return answer;
    }
    return answer;
}

#endif

} // namespace

std::optional<uint> LoopbackPeer::ownerIn(const QByteArray& table, quint16 peerPort,
                                          quint16 localPort) {
    // Columns: sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode …
    // The peer's own socket has the peer's port as its local end and ours as its remote one,
    // both on a loopback address, and is established. Anything else, or two such rows, is no
    // answer: a table row is never taken on its ports alone.
    std::optional<uint> owner;
    int matches = 0;
    for (const QByteArray& line : table.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 8 || !fields.at(0).endsWith(':'))
            continue;
        if (portOf(fields.at(1)) != peerPort || portOf(fields.at(2)) != localPort ||
            !isLoopback(fields.at(1)) || !isLoopback(fields.at(2)) || fields.at(3) != "01")
            continue;
        bool ok = false;
        const uint uid = fields.at(7).toUInt(&ok);
        if (!ok)
            return std::nullopt;
        owner = uid;
        ++matches;
    }
    return matches == 1 ? owner : std::nullopt;
}

std::optional<uint> LoopbackPeer::ownerOf(quint16 peerPort, quint16 localPort) {
#ifdef Q_OS_LINUX
    // A connection the kernel does not list is not taken on trust: the gateway refuses it.
    const DiagAnswer v4 = askSockDiag(AF_INET, peerPort, localPort);
    if (v4.owner)
        return v4.owner;
    if (v4.asked) {
        // Not an IPv4 connection (a v4-mapped one is found by the IPv4 lookup); perhaps ::1.
        const DiagAnswer v6 = askSockDiag(AF_INET6, peerPort, localPort);
        if (v6.asked || v6.owner)
            return v6.owner;
    }
#endif
    return ownerFromTables(peerPort, localPort);
}

bool LoopbackPeer::canTell() {
    return QFile::exists(QString::fromLatin1(kTables[0]));
}

} // namespace sightline
