#pragma once
// Sightline's receiving node on the network (a Storage SCP, PS3.4 B): accepts associations
// called by its AE title, answers C-ECHO, and hands every instance sent with C-STORE to its
// handler as a Part-10 file, telling the sender whether it was kept. Listens on 127.0.0.1 unless
// told to accept connections from other computers; refuses callers whose AE title it is not
// given when given a list; every common storage SOP class in every transfer syntax Sightline
// keeps. Each association runs on a thread of its own (at most `maxAssociations` at once), with
// a Receiver of its own made for it. Through DCMTK's dcmnet, whose network calls block with bounded
// timeouts: never on the GUI thread.

#include "common/Result.h"
#include "dicom/ReceivedFile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace sightline {

struct StorageScpSettings {
    QString aeTitle = QStringLiteral("SIGHTLINE");
    quint16 port = 11112;       // 0: any free port (tests)
    bool acceptRemote = false;  // listen on every interface, not only 127.0.0.1
    QStringList allowedCallers; // calling AE titles let in; empty: any
    int maxAssociations = 8;
    int timeoutSeconds = 30; // per DIMSE message, and for an association's request
    quint32 maxPdu = 65536;
    quint64 maxObjectBytes = quint64(2) << 30; // a larger object ends its association

    bool operator==(const StorageScpSettings&) const = default;
};

class StorageScp {
    Q_DECLARE_TR_FUNCTIONS(StorageScp)
public:
    // Who sent, as the association said.
    struct Peer {
        QString callingAeTitle;
        QString calledAeTitle;
        QString host;
    };
    // How an association ended: how many instances were received and kept, and why it ended
    // when that was not a release (refused, aborted, the connection broke off).
    struct Ended {
        Peer peer;
        int received = 0;
        int stored = 0;
        QString problem; // empty: released normally
    };
    // What takes one association's instances, on that association's thread: each one streamed
    // into a file in receiveFolder() (Part 10, as the sender encoded it; removed after take()
    // unless moved away), kept (Done) or not (the sender is told so), then the end. One that
    // arrived whole but could not be written comes as the disk's error (Error::Kind::Storage).
    class Receiver {
    public:
        virtual ~Receiver() = default;
        virtual QString receiveFolder() const = 0;
        virtual Status take(const Result<ReceivedFile>& received) = 0;
        virtual void finish(const Ended& ended) = 0;
    };
    // Called for each association that is let in (refused ones reach `onRefused`).
    using ReceiverFactory = std::function<std::unique_ptr<Receiver>(const Peer& peer)>;
    using RefusedHandler = std::function<void(const Ended& refused)>;

    StorageScp(StorageScpSettings settings, ReceiverFactory receivers,
               RefusedHandler onRefused = {});
    ~StorageScp(); // stop()
    StorageScp(const StorageScp&) = delete;
    StorageScp& operator=(const StorageScp&) = delete;

    // Binds and starts listening; an error a person can act on when the port is taken or not
    // allowed.
    Status start();
    // Stops listening, aborts running associations and waits for their threads.
    void stop();
    // The port listened on (the one chosen when asked for 0).
    quint16 port() const;
    bool isRunning() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sightline
