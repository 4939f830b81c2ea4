// What a sender's connection brings Sightline's receiving node: the bytes of one connection —
// an association request, DIMSE commands, data sets in fragments, a release — sent over loopback
// to a real receiving node (StorageScp → ReceivingNode → the image cache), without waiting for
// its answers, then the sending side closed. Seeds are connections of DCMTK's storescu and
// echoscu recorded on their way to Sightline. Invariants beyond "no crash": the node closes
// every connection within its timeout, whatever arrived, and keeps listening.

#include "FuzzSupport.h"

#include "cache/CacheConnections.h"
#include "dimse/ReceivingNode.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace sightline;

namespace {

struct Fixture {
    QTemporaryDir dir;
    CacheConnections cache{dir.filePath(QStringLiteral("cache"))};
    ReceivingNode node{cache};

    Fixture() {
        StorageScpSettings settings;
        settings.port = 0;
        settings.timeoutSeconds = 1;
        settings.maxObjectBytes = 32 << 10; // within reach of the inputs (150,000 bytes at most)
        FUZZ_CHECK(node.start(settings).ok());
    }
};

// Sends `bytes` on a new connection to `port`, closes the sending side, and waits for the node
// to close its side; false when it has not within `deadlineMs`.
bool sendAndAwaitClose(quint16 port, const QByteArray& bytes, int deadlineMs) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    // Under load a connection may be turned away for a moment (a full backlog): a few tries,
    // each on a new socket.
    int fd = -1;
    for (int attempt = 0; attempt < 50 && fd < 0; ++attempt) {
        fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        FUZZ_CHECK(fd >= 0);
        if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
            std::fprintf(stderr, "connect: %s\n", std::strerror(errno));
            ::close(fd);
            fd = -1;
            usleep(20000);
        }
    }
    FUZZ_CHECK(fd >= 0);
    QElapsedTimer waited;
    waited.start();
    qsizetype sent = 0;
    bool closed = false;
    char sink[65536];
    while (waited.elapsed() < deadlineMs) {
        if (sent < bytes.size()) {
            const ssize_t n = ::send(fd, bytes.constData() + sent, size_t(bytes.size() - sent),
                                     MSG_DONTWAIT | MSG_NOSIGNAL);
            if (n > 0)
                sent += n;
            else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                sent = bytes.size(); // the node closed the connection: nothing more to send
            if (sent == bytes.size())
                ::shutdown(fd, SHUT_WR);
        }
        // Whatever the node answers is read, so that it is never blocked writing to us.
        const ssize_t got = ::recv(fd, sink, sizeof sink, MSG_DONTWAIT);
        if (got == 0 || (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
            closed = true;
            break;
        }
        if (got < 0) {
            pollfd waiting{fd, short(POLLIN | (sent < bytes.size() ? POLLOUT : 0)), 0};
            (void)::poll(&waiting, 1, 50);
        }
    }
    ::close(fd);
    return closed;
}

int threadCount() {
    return int(QDir(QStringLiteral("/proc/self/task"))
                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                   .size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    sightline::fuzz::setUp();
    static Fixture* fixture = new Fixture; // lives as long as the process
    const int threadsBefore = threadCount();
    // The node's timeout is 1 s per message; the whole connection gets ample slack.
    FUZZ_CHECK(
        sendAndAwaitClose(fixture->node.port(), sightline::fuzz::bytesOf(data, size), 10000));
    // The association's thread tidies up after closing the connection: waited for, so that
    // libFuzzer's leak check never sees memory halfway through being freed.
    QElapsedTimer tidying;
    tidying.start();
    while (threadCount() > threadsBefore && tidying.elapsed() < 2000)
        usleep(1000);
    FUZZ_CHECK(fixture->node.isRunning());
    QCoreApplication::processEvents(); // the summaries of associations that ended
    return 0;
}
