#include "dicom/StorageScp.h"

#include "dicom/DcmtkSupport.h"
#include "dicom/DimseStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmnet/dimse.h>
#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmnet/dul.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <list>
#include <mutex>
#include <thread>

namespace sightline {

namespace {

// DCMTK takes an accepted connection through a process-wide handle (its inetd mode), so that
// Sightline does the listening itself and can bind 127.0.0.1: one hand-over at a time.
std::mutex& handOverMutex() {
    static std::mutex mutex;
    return mutex;
}

QString trimmedTitle(const char* title) {
    return QString::fromLatin1(title).trimmed();
}

// Waits, without reading, until the connection holds a whole A-ASSOCIATE-RQ (PS3.8 9.3.2: type
// 01, a 4-byte length), so that DCMTK, once it has the socket, never waits on the network while
// the hand-over is held: a quiet or slow caller keeps nobody else out. Empty when it arrived;
// else why the connection is dropped.
QString awaitAssociateRequest(int fd, int timeoutSeconds, const std::atomic_bool& stopping) {
    constexpr qsizetype kLargestRequest = 65536; // proposals of every SOP class fit easily
    QByteArray peeked(6 + kLargestRequest, Qt::Uninitialized);
    QElapsedTimer waited;
    waited.start();
    qsizetype needed = 6;
    for (;;) {
        if (stopping)
            return StorageScp::tr("Sightline's receiving node stopped");
        const ssize_t got = ::recv(fd, peeked.data(), size_t(needed), MSG_PEEK | MSG_DONTWAIT);
        if (got == 0)
            return StorageScp::tr("The caller closed the connection before asking for anything");
        if (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            return StorageScp::tr("The connection failed: %1")
                .arg(QString::fromLocal8Bit(::strerror(errno)));
        if (got >= 6 && needed == 6) {
            if (quint8(peeked.at(0)) != 0x01)
                return StorageScp::tr("The caller sent something that is not a DICOM "
                                      "association request");
            const quint32 length = (quint32(quint8(peeked.at(2))) << 24) |
                                   (quint32(quint8(peeked.at(3))) << 16) |
                                   (quint32(quint8(peeked.at(4))) << 8) | quint8(peeked.at(5));
            if (length > kLargestRequest)
                return StorageScp::tr("The caller's association request is too large (%1 "
                                      "bytes)")
                    .arg(length);
            needed = 6 + qsizetype(length);
        }
        if (got >= needed)
            return {};
        const qint64 left = qint64(timeoutSeconds) * 1000 - waited.elapsed();
        if (left <= 0)
            return StorageScp::tr("The caller asked for nothing within %n second(s)", nullptr,
                                  timeoutSeconds);
        if (got > 0) {
            // Part of it is here, and poll() would say so at once: wait for the rest instead
            // of spinning — unless the caller has already closed its side, when the rest can
            // never come (peeking never sees the end of the stream behind the data).
            pollfd hangup{fd, POLLRDHUP, 0};
            if (::poll(&hangup, 1, 0) > 0 && (hangup.revents & (POLLRDHUP | POLLHUP)))
                return StorageScp::tr("The caller closed the connection before its association "
                                      "request was complete");
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        } else {
            pollfd waiting{fd, POLLIN, 0};
            (void)::poll(&waiting, 1, int(std::min<qint64>(left, 200)));
        }
    }
}

} // namespace

struct StorageScp::Private {
    StorageScpSettings settings;
    ReceiverFactory receivers;
    RefusedHandler onRefused;
    int listenFd = -1;
    quint16 port = 0;
    std::atomic_bool stopping = false;
    std::thread listener;
    std::mutex mutex; // guards associations
    // An accepted connection: stop() shuts it down (so no association thread waits out its
    // timeouts) while it is still open, never after it was closed and its number reused.
    struct Connection {
        int fd = -1;
        bool open = true; // guarded by `mutex`
    };
    struct Running {
        std::thread thread;
        std::shared_ptr<std::atomic_bool> done;
        std::shared_ptr<Connection> connection;
    };
    std::list<Running> associations;

    void listen();
    void serve(const std::shared_ptr<Connection>& connection, const QString& host);
    void closing(Connection& connection); // before the descriptor is closed
    // One association's exchange after it was accepted; the problem that ended it, if any.
    // False (and the association refused) when the caller may not send here.
    bool admit(T_ASC_Association* association, Ended& ended);
    QString exchange(T_ASC_Association* association, Receiver& receiver, Ended& ended);
    bool store(T_ASC_Association* association, T_ASC_PresentationContextID context,
               const T_DIMSE_C_StoreRQ& request, Receiver& receiver, Ended& ended,
               QString* problem);
    void joinFinished(bool all);
};

StorageScp::StorageScp(StorageScpSettings settings, ReceiverFactory receivers,
                       RefusedHandler onRefused)
    : d(std::make_unique<Private>()) {
    dcmtk::configureOnce();
    // DCMTK would look up each caller's name while the hand-over is held, so a slow DNS would
    // keep every other caller waiting; the address is known from accept().
    dcmDisableGethostbyaddr.set(OFTrue);
    d->settings = std::move(settings);
    d->receivers = std::move(receivers);
    d->onRefused = std::move(onRefused);
}

StorageScp::~StorageScp() {
    stop();
}

quint16 StorageScp::port() const {
    return d->port;
}

bool StorageScp::isRunning() const {
    return d->listenFd >= 0;
}

Status StorageScp::start() {
    if (d->listenFd >= 0)
        return Done{};
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return Error::make(Error::Kind::Network, tr("No network socket could be made"),
                           QString::fromLocal8Bit(::strerror(errno)));
    const int reuse = 1;
    (void)::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof reuse);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(d->settings.acceptRemote ? INADDR_ANY : INADDR_LOOPBACK);
    address.sin_port = htons(d->settings.port);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(fd, 16) != 0) {
        const int error = errno;
        ::close(fd);
        const QString detail = QString::fromLocal8Bit(::strerror(error));
        if (error == EADDRINUSE)
            return Error::make(Error::Kind::Network,
                               tr("Port %1 is in use by another program: choose another port "
                                  "for Sightline's receiving node.")
                                   .arg(d->settings.port),
                               detail);
        if (error == EACCES)
            return Error::make(Error::Kind::Network,
                               tr("Port %1 may only be opened by the administrator: choose a "
                                  "port above 1023 for Sightline's receiving node.")
                                   .arg(d->settings.port),
                               detail);
        return Error::make(
            Error::Kind::Network,
            tr("Sightline's receiving node cannot listen on port %1").arg(d->settings.port),
            detail);
    }
    socklen_t length = sizeof address;
    (void)::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    d->port = ntohs(address.sin_port);
    d->listenFd = fd;
    d->stopping = false;
    d->listener = std::thread([this] { d->listen(); });
    return Done{};
}

void StorageScp::stop() {
    if (d->listenFd < 0)
        return;
    d->stopping = true;
    if (d->listener.joinable())
        d->listener.join();
    {
        std::lock_guard lock(d->mutex);
        for (const Private::Running& r : d->associations) {
            if (r.connection->open)
                ::shutdown(r.connection->fd, SHUT_RDWR);
        }
    }
    ::close(d->listenFd);
    d->listenFd = -1;
    d->joinFinished(true);
}

void StorageScp::Private::joinFinished(bool all) {
    std::list<Running> finished;
    {
        std::lock_guard lock(mutex);
        for (auto it = associations.begin(); it != associations.end();) {
            if (all || it->done->load()) {
                finished.push_back(std::move(*it));
                it = associations.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (Running& r : finished)
        r.thread.join();
}

void StorageScp::Private::listen() {
    while (!stopping) {
        pollfd waiting{listenFd, POLLIN, 0};
        if (::poll(&waiting, 1, 200) <= 0)
            continue;
        sockaddr_in from{};
        socklen_t length = sizeof from;
        const int fd =
            ::accept4(listenFd, reinterpret_cast<sockaddr*>(&from), &length, SOCK_CLOEXEC);
        if (fd < 0) {
            // Out of descriptors (or the like): the connection waits in the queue; so do we.
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            continue;
        }
        joinFinished(false);
        char host[INET_ADDRSTRLEN] = {};
        ::inet_ntop(AF_INET, &from.sin_addr, host, sizeof host);
        std::lock_guard lock(mutex);
        if (int(associations.size()) >= std::max(1, settings.maxAssociations)) {
            ::close(fd); // busy: the sender tries again later
            continue;
        }
        auto done = std::make_shared<std::atomic_bool>(false);
        auto connection = std::make_shared<Connection>();
        connection->fd = fd;
        associations.push_back(
            {std::thread([this, connection, done, peer = QString::fromLatin1(host)] {
                 serve(connection, peer);
                 *done = true;
             }),
             done, connection});
    }
}

void StorageScp::Private::closing(Connection& connection) {
    std::lock_guard lock(mutex);
    connection.open = false;
}

void StorageScp::Private::serve(const std::shared_ptr<Connection>& connection,
                                const QString& host) {
    const int fd = connection->fd;
    const int timeout = std::max(1, settings.timeoutSeconds);
    if (const QString dropped = awaitAssociateRequest(fd, timeout, stopping); !dropped.isEmpty()) {
        closing(*connection);
        ::close(fd);
        if (onRefused)
            onRefused(Ended{{QString(), QString(), host}, 0, 0, dropped});
        return;
    }
    T_ASC_Network* network = nullptr;
    T_ASC_Association* association = nullptr;
    OFCondition received;
    {
        std::lock_guard lock(handOverMutex());
        dcmExternalSocketHandle.set(fd);
        received = ASC_initializeNetwork(NET_ACCEPTOR, 0, timeout, &network);
        if (received.good())
            received = ASC_receiveAssociation(network, &association, long(settings.maxPdu), nullptr,
                                              nullptr, OFFalse, DUL_NOBLOCK, timeout);
        dcmExternalSocketHandle.set(DCMNET_INVALID_SOCKET);
    }
    Ended ended;
    ended.peer.host = host;
    bool admitted = false;
    if (received.bad()) {
        ended.problem = tr("The sender's association request could not be read: %1")
                            .arg(QString::fromLocal8Bit(received.text()));
    } else {
        dcmtk::sendAtOnce(association);
        char calling[17] = {}, called[17] = {};
        ASC_getAPTitles(association->params, calling, sizeof calling, called, sizeof called,
                        nullptr, 0);
        ended.peer.callingAeTitle = trimmedTitle(calling);
        ended.peer.calledAeTitle = trimmedTitle(called);
        if (admit(association, ended)) {
            admitted = true;
            const std::unique_ptr<Receiver> receiver = receivers(ended.peer);
            ended.problem = exchange(association, *receiver, ended);
            receiver->finish(ended);
        }
    }
    closing(*connection);
    // DCMTK owns the descriptor once its association holds the connection; before that (it may
    // fail first, e.g. when the caller has already reset the connection) it is still ours.
    const bool dcmtkOwnsSocket = association && association->DULassociation;
    if (dcmtkOwnsSocket)
        ASC_dropSCPAssociation(association);
    if (association)
        ASC_destroyAssociation(&association);
    if (!dcmtkOwnsSocket)
        ::close(fd);
    if (network)
        ASC_dropNetwork(&network);
    if (!admitted && onRefused)
        onRefused(ended);
}

bool StorageScp::Private::admit(T_ASC_Association* association, Ended& ended) {
    T_ASC_RejectParameters reject{ASC_RESULT_REJECTEDPERMANENT, ASC_SOURCE_SERVICEUSER,
                                  ASC_REASON_SU_NOREASON};
    if (ended.peer.calledAeTitle != settings.aeTitle) {
        reject.reason = ASC_REASON_SU_CALLEDAETITLENOTRECOGNIZED;
        ASC_rejectAssociation(association, &reject);
        ended.problem = tr("Refused: it called the AE title %1, and Sightline's is %2")
                            .arg(ended.peer.calledAeTitle, settings.aeTitle);
        return false;
    }
    if (!settings.allowedCallers.isEmpty() &&
        !settings.allowedCallers.contains(ended.peer.callingAeTitle)) {
        reject.reason = ASC_REASON_SU_CALLINGAETITLENOTRECOGNIZED;
        ASC_rejectAssociation(association, &reject);
        ended.problem = tr("Refused: %1 is not among the callers Sightline lets in")
                            .arg(ended.peer.callingAeTitle);
        return false;
    }
    return true;
}

QString StorageScp::Private::exchange(T_ASC_Association* association, Receiver& receiver,
                                      Ended& ended) {
    const char* uncompressed[] = {UID_LittleEndianExplicitTransferSyntax,
                                  UID_BigEndianExplicitTransferSyntax,
                                  UID_LittleEndianImplicitTransferSyntax};
    const char* verification[] = {UID_VerificationSOPClass};
    ASC_acceptContextsWithPreferredTransferSyntaxes(association->params, verification, 1,
                                                    uncompressed, 3);
    int keptCount = 0;
    const char* const* kept = dcmtk::keptTransferSyntaxes(&keptCount);
    ASC_acceptContextsWithPreferredTransferSyntaxes(association->params, dcmAllStorageSOPClassUIDs,
                                                    numberOfDcmAllStorageSOPClassUIDs,
                                                    const_cast<const char**>(kept), keptCount);
    if (OFCondition c = ASC_acknowledgeAssociation(association); c.bad())
        return tr("The association could not be accepted: %1")
            .arg(QString::fromLocal8Bit(c.text()));

    const int timeout = std::max(1, settings.timeoutSeconds);
    int idle = 0;
    while (!stopping) {
        T_DIMSE_Message message{};
        T_ASC_PresentationContextID context = 0;
        // A second at a time, so that stop() is not kept waiting by a quiet sender.
        const OFCondition c =
            DIMSE_receiveCommand(association, DIMSE_NONBLOCKING, 1, &context, &message, nullptr);
        if (c == DIMSE_NODATAAVAILABLE) {
            if (++idle < timeout)
                continue;
            ASC_abortAssociation(association);
            return tr("The sender said nothing for %n second(s); the association was aborted",
                      nullptr, timeout);
        }
        idle = 0;
        if (c == DUL_PEERREQUESTEDRELEASE) {
            ASC_acknowledgeRelease(association);
            return {};
        }
        if (c == DUL_PEERABORTEDASSOCIATION)
            return tr("The sender aborted the association");
        if (c.bad()) {
            ASC_abortAssociation(association);
            return tr("The association broke off: %1").arg(QString::fromLocal8Bit(c.text()));
        }
        if (message.CommandField == DIMSE_C_ECHO_RQ) {
            DIMSE_sendEchoResponse(association, context, &message.msg.CEchoRQ, STATUS_Success,
                                   nullptr);
            continue;
        }
        if (message.CommandField == DIMSE_C_STORE_RQ) {
            QString problem;
            if (!store(association, context, message.msg.CStoreRQ, receiver, ended, &problem)) {
                ASC_abortAssociation(association);
                return problem;
            }
            continue;
        }
        ASC_abortAssociation(association);
        return tr("The sender asked for a service a receiving node does not offer (command "
                  "%1); the association was aborted")
            .arg(message.CommandField, 4, 16, QLatin1Char('0'));
    }
    ASC_abortAssociation(association);
    return tr("Sightline's receiving node stopped");
}

bool StorageScp::Private::store(T_ASC_Association* association, T_ASC_PresentationContextID context,
                                const T_DIMSE_C_StoreRQ& request, Receiver& receiver, Ended& ended,
                                QString* problem) {
    T_ASC_PresentationContextID on = context;
    ReceivedFile received;
    OFCondition c;
    QString notKept;
    const dcmtk::Receipt receipt = dcmtk::receiveStoredObject(
        association, std::max(1, settings.timeoutSeconds), request, &on, receiver.receiveFolder(),
        settings.maxObjectBytes, &received, &c, &notKept);
    if (receipt == dcmtk::Receipt::TooLarge) {
        ++ended.received;
        *problem = tr("An image larger than %1 was refused and the association ended: "
                      "Sightline's receiving node keeps objects of up to that size")
                       .arg(QLocale().formattedDataSize(qint64(settings.maxObjectBytes)));
        return false;
    }
    if (receipt == dcmtk::Receipt::BrokeOff) {
        *problem = tr("An image broke off while it was received: %1")
                       .arg(QString::fromLocal8Bit(c.text()));
        return false;
    }
    ++ended.received;
    const Status kept = receipt == dcmtk::Receipt::Received
                            ? receiver.take(received)
                            : receiver.take(Error::make(receipt == dcmtk::Receipt::NotWritten
                                                            ? Error::Kind::Storage
                                                            : Error::Kind::MalformedData,
                                                        notKept));
    if (receipt == dcmtk::Receipt::Received)
        QFile::remove(received.path); // still there: not taken
    ended.stored += kept ? 1 : 0;
    const DIC_US status = kept ? STATUS_Success
                          : kept.error().kind == Error::Kind::Storage
                              ? STATUS_STORE_Refused_OutOfResources
                              : STATUS_STORE_Error_CannotUnderstand;
    if (dcmtk::sendStoreResponse(association, on, request, status).bad()) {
        *problem = tr("The sender went away before it was told what was kept");
        return false;
    }
    return true;
}

} // namespace sightline
