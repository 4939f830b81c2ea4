#include "gateway/LoopbackPeer.h"

#include <QFile>
#include <QList>

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
    for (const char* path : kTables) {
        QFile file(QString::fromLatin1(path));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (const auto uid = ownerIn(file.readAll(), peerPort, localPort))
            return uid;
    }
    return std::nullopt;
}

bool LoopbackPeer::canTell() {
    return QFile::exists(QString::fromLatin1(kTables[0]));
}

} // namespace sightline
