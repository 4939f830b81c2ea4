#include "gateway/UpstreamPipe.h"

namespace sightline {

QByteArray UpstreamHead::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

UpstreamPipe::UpstreamPipe(qsizetype capacity)
    : m_capacity(capacity) {}

void UpstreamPipe::setHead(UpstreamHead head) {
    {
        std::lock_guard lock(m_mutex);
        m_head = std::move(head);
    }
    m_changed.notify_all();
}

void UpstreamPipe::push(QByteArray chunk) {
    if (chunk.isEmpty())
        return;
    {
        std::lock_guard lock(m_mutex);
        if (m_cancelled)
            return;
        m_buffered += chunk.size();
        m_chunks.push_back(std::move(chunk));
    }
    m_changed.notify_all();
}

void UpstreamPipe::finish() {
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

void UpstreamPipe::fail(const QString& reason, bool transport) {
    {
        std::lock_guard lock(m_mutex);
        m_failure = Failure{reason, transport};
    }
    m_changed.notify_all();
}

bool UpstreamPipe::hasRoom() const {
    std::lock_guard lock(m_mutex);
    return m_buffered < m_capacity;
}

bool UpstreamPipe::isCancelled() const {
    std::lock_guard lock(m_mutex);
    return m_cancelled;
}

void UpstreamPipe::setOnDrained(std::function<void()> callback) {
    std::lock_guard lock(m_mutex);
    m_onDrained = std::move(callback);
}

void UpstreamPipe::setOnCancelled(std::function<void()> callback) {
    std::lock_guard lock(m_mutex);
    m_onCancelled = std::move(callback);
}

std::optional<UpstreamHead> UpstreamPipe::waitHead(std::chrono::milliseconds timeout,
                                                   Failure* failure) {
    std::unique_lock lock(m_mutex);
    m_changed.wait_for(lock, timeout, [this] { return m_head || m_failure; });
    if (m_head)
        return m_head;
    if (failure)
        *failure = m_failure.value_or(Failure{QStringLiteral("timeout"), true});
    return std::nullopt;
}

UpstreamPipe::Read UpstreamPipe::read(QByteArray* chunk, std::chrono::milliseconds idleTimeout) {
    std::function<void()> drained;
    {
        std::unique_lock lock(m_mutex);
        if (!m_changed.wait_for(lock, idleTimeout, [this] {
                return !m_chunks.empty() || m_finished || m_failure.has_value();
            }))
            return Read::TimedOut;
        if (m_chunks.empty())
            return m_failure ? Read::Failed : Read::End;
        const bool wasFull = m_buffered >= m_capacity;
        *chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_buffered -= chunk->size();
        if (wasFull && m_buffered < m_capacity)
            drained = m_onDrained;
    }
    if (drained)
        drained();
    return Read::Data;
}

UpstreamPipe::Read UpstreamPipe::readAll(QByteArray* body, std::chrono::milliseconds idleTimeout,
                                         qsizetype limit) {
    for (;;) {
        QByteArray chunk;
        const Read r = read(&chunk, idleTimeout);
        if (r != Read::Data)
            return r;
        body->append(chunk);
        if (body->size() > limit)
            return Read::Failed;
    }
}

void UpstreamPipe::cancel() {
    std::function<void()> cancelled;
    {
        std::lock_guard lock(m_mutex);
        if (m_cancelled)
            return;
        m_cancelled = true;
        m_chunks.clear();
        m_buffered = 0;
        cancelled = m_onCancelled;
    }
    m_changed.notify_all();
    if (cancelled)
        cancelled();
}

QString UpstreamPipe::failureReason() const {
    std::lock_guard lock(m_mutex);
    return m_failure ? m_failure->reason : QString();
}

} // namespace sightline
