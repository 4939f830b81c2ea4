#pragma once
// Hands an upstream response from the gateway's network thread (producer) to the HTTP worker
// that answers the viewer (consumer): first the status and headers, then the body in chunks.
// Bounded: the producer stops reading from the network while the pipe is full and resumes when
// the viewer has caught up, so a slow viewer never makes Sightline buffer a whole study.
// Thread-safe; the callbacks run on the thread that triggers them, outside the lock.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>

namespace sightline {

struct UpstreamHead {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray& name) const;
};

class UpstreamPipe {
public:
    explicit UpstreamPipe(qsizetype capacity = 8 << 20);

    // Producer side.
    void setHead(UpstreamHead head);
    void push(QByteArray chunk);
    void finish();
    // Before the head: the request failed (`transport` true: the server could not be reached).
    void fail(const QString& reason, bool transport);
    bool hasRoom() const;
    bool isCancelled() const;
    void setOnDrained(std::function<void()> callback);
    void setOnCancelled(std::function<void()> callback);

    // Consumer side.
    struct Failure {
        QString reason;
        bool transport = false;
    };
    // The head, or the failure, or nullopt after `timeout`.
    std::optional<UpstreamHead> waitHead(std::chrono::milliseconds timeout, Failure* failure);
    enum class Read { Data, End, Failed, TimedOut };
    Read read(QByteArray* chunk, std::chrono::milliseconds idleTimeout);
    // The whole body (for small JSON answers that are rewritten); Failed/TimedOut on error.
    Read readAll(QByteArray* body, std::chrono::milliseconds idleTimeout, qsizetype limit);
    void cancel();
    // Why the producer failed (empty while it has not).
    QString failureReason() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    qsizetype m_capacity;
    qsizetype m_buffered = 0;
    std::optional<UpstreamHead> m_head;
    std::deque<QByteArray> m_chunks;
    bool m_finished = false;
    bool m_cancelled = false;
    std::optional<Failure> m_failure;
    std::function<void()> m_onDrained;
    std::function<void()> m_onCancelled;
};

} // namespace sightline
