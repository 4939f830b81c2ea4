#pragma once
// One running Sightline per user and settings folder. The first start listens on a local socket
// in the user's runtime folder (readable by that user only); a later start — typically the
// desktop's sightline:// URL handler — hands its arguments to the running one and exits, so an
// EHR link reaches the window the user already has open.
//
// Protocol: the later start writes one JSON line {"arguments": [...]} and waits for "ok\n".
// Messages over 64 KiB or not of that form are dropped. Blocking calls are made only by the
// later start, before it has an event loop; the first start answers from its event loop.

#include "common/Result.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLocalSocket;

namespace sightline {

class SingleInstance : public QObject {
    Q_OBJECT
public:
    enum class Role { Primary, Secondary };

    explicit SingleInstance(QString socketPath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The socket of this user's Sightline with these settings: $XDG_RUNTIME_DIR/sightline-<hash
    // of the settings folder>, so two setups (or test homes) never meet.
    static QString defaultSocketPath();

    // Primary when no Sightline answers (a stale socket left by a crash is replaced);
    // Secondary when one does.
    Result<Role> claim();
    // Secondary only: gives the arguments to the primary and waits for its acknowledgement.
    Status handOver(const QStringList& arguments, int timeoutMs = 5000);
    QString socketPath() const { return m_path; }

signals:
    // Primary only: a later start's arguments (its program name first, as in QCoreApplication).
    void argumentsReceived(const QStringList& arguments);

private:
    void accept();
    void read(QLocalSocket* socket);

    QString m_path;
    QLocalServer* m_server = nullptr;
    std::unique_ptr<QLocalSocket> m_peer; // Secondary: the connection to the primary
};

} // namespace sightline
