#include "gateway/LoopbackPeer.h"

#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace sightline;

namespace {

// A listening socket on 127.0.0.1 and an ephemeral port.
int listenOnLoopback(quint16& port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
        ::listen(fd, 1024) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return -1;
    port = ntohs(address.sin_port);
    return fd;
}

// A connected client socket and its own port; -1 when it cannot connect.
int connectTo(quint16 port, quint16& ownPort) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ownPort = ntohs(address.sin_port);
    return fd;
}

} // namespace

// Who owns the other end of a loopback connection, asked of the kernel itself.
class TestLoopbackPeer : public QObject {
    Q_OBJECT

private slots:
    void ownerOfAConnectedPeerIsThisUser() {
        if (!LoopbackPeer::canTell())
            QSKIP("This system has no socket tables");
        quint16 serverPort = 0, clientPort = 0;
        const int listener = listenOnLoopback(serverPort);
        QVERIFY(listener >= 0);
        const int client = connectTo(serverPort, clientPort);
        QVERIFY(client >= 0);
        const int accepted = ::accept(listener, nullptr, nullptr);
        QVERIFY(accepted >= 0);
        QCOMPARE(LoopbackPeer::ownerOf(clientPort, serverPort), std::optional<uint>(::getuid()));
        // No such connection: no answer, never a guess.
        QCOMPARE(LoopbackPeer::ownerOf(quint16(clientPort + 1), serverPort), std::nullopt);
        // A client that sent its request and closed: the kernel keeps a placeholder without an
        // owner, which reads as uid 0. It is no answer (under root it once passed as this user).
        QCOMPARE(::write(client, "GET / HTTP/1.0\r\n\r\n", 18), ssize_t(18));
        ::close(client);
        QTest::qWait(50);
        QCOMPARE(LoopbackPeer::ownerOf(clientPort, serverPort), std::nullopt);
        ::close(accepted);
        ::close(listener);
    }

    // A busy computer: hundreds of connections open and others opened and closed all the while
    // (a browser loading a viewer, connections left in TIME_WAIT by earlier work). Every lookup
    // of a live peer is answered, and rightly: a peer refused because the table changed while it
    // was read is a viewer that draws nothing.
    void everyLivePeerIsFoundWhileOthersComeAndGo() {
        if (!LoopbackPeer::canTell())
            QSKIP("This system has no socket tables");
        quint16 serverPort = 0;
        const int listener = listenOnLoopback(serverPort);
        QVERIFY(listener >= 0);
        std::vector<std::pair<int, quint16>> held;
        std::vector<int> accepted;
        for (int i = 0; i < 300; ++i) {
            quint16 port = 0;
            const int fd = connectTo(serverPort, port);
            QVERIFY(fd >= 0);
            held.emplace_back(fd, port);
            accepted.push_back(::accept(listener, nullptr, nullptr));
        }
        std::atomic<bool> stop{false};
        std::thread churn([&] {
            quint16 churnPort = 0;
            const int churnListener = listenOnLoopback(churnPort);
            while (!stop) {
                quint16 port = 0;
                const int fd = connectTo(churnPort, port);
                const int other = ::accept(churnListener, nullptr, nullptr);
                ::close(fd);
                ::close(other);
            }
            ::close(churnListener);
        });
        int unanswered = 0, lookups = 0;
        for (int round = 0; round < 5; ++round) {
            for (const auto& [fd, port] : held) {
                ++lookups;
                if (LoopbackPeer::ownerOf(port, serverPort) != std::optional<uint>(::getuid()))
                    ++unanswered;
            }
        }
        stop = true;
        churn.join();
        for (const auto& [fd, port] : held)
            ::close(fd);
        for (int fd : accepted)
            ::close(fd);
        ::close(listener);
        QVERIFY2(unanswered == 0, qPrintable(QStringLiteral("%1 of %2 lookups of a live peer "
                                                            "went unanswered")
                                                 .arg(unanswered)
                                                 .arg(lookups)));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackPeer)
#include "TestLoopbackPeer.moc"
