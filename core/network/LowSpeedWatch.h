#pragma once
// curl's low-speed rule (--speed-limit / --speed-time) for one streamed transfer: a body that
// delivers fewer than `bytesPerSecond` on average over a whole window is too slow. A server
// trickling bytes (slow-loris) would otherwise hold the transfer open forever, as an idle
// timeout restarts with every byte. Used by REST calls, the gateway's upstream fetch and
// Bulk Data downloads.

#include <QObject>
#include <QTimer>

#include <functional>

namespace sightline {

struct LowSpeedLimit {
    int bytesPerSecond = 1024;
    int windowMs = 60000;

    bool enabled() const { return bytesPerSecond > 0 && windowMs > 0; } // 0 turns the rule off
    // "under 1024 bytes/s for 60 s", for messages.
    QString describe() const;
    bool operator==(const LowSpeedLimit&) const = default;
};

class LowSpeedWatch : public QObject {
    Q_OBJECT
public:
    LowSpeedWatch(const LowSpeedLimit& limit, QObject* parent);

    // Starts the first window (once; later calls do nothing). Nothing happens when disabled.
    void start();
    void stop();
    void received(qint64 bytes) { m_received += bytes; }
    // This window does not count against the sender: the reader, not the server, held the
    // transfer up (a viewer keeping the gateway's pipe full). `heldByReader`, if set, is asked
    // at the end of every window as well.
    void excuseThisWindow() { m_excused = true; }
    void setHeldByReader(std::function<bool()> heldByReader) {
        m_heldByReader = std::move(heldByReader);
    }
    const LowSpeedLimit& limit() const { return m_limit; }
    bool wasTooSlow() const { return m_tooSlow; }

signals:
    // Once: the window that just ended delivered too little. The owner stops the transfer.
    void tooSlow();

private:
    void windowEnded();

    LowSpeedLimit m_limit;
    QTimer m_window;
    qint64 m_received = 0;
    qint64 m_receivedAtWindowStart = 0;
    bool m_excused = false;
    bool m_tooSlow = false;
    std::function<bool()> m_heldByReader;
};

} // namespace sightline
