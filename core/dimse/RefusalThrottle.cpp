#include "dimse/RefusalThrottle.h"

#include <QElapsedTimer>

namespace sightline {

RefusalThrottle::RefusalThrottle(std::function<qint64()> now)
    : m_now(std::move(now)) {
    if (!m_now) {
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        m_now = [started] { return started->elapsed(); };
    }
}

RefusalThrottle::Verdict RefusalThrottle::next(const QString& host) {
    const qint64 now = m_now();
    std::lock_guard lock(m_mutex);
    // Windows that ended long ago are forgotten, so that many hosts cannot grow the table.
    if (m_hosts.size() > 1024) {
        for (auto it = m_hosts.begin(); it != m_hosts.end();)
            it = now - it->start >= kWindowMs && it->leftOut == 0 ? m_hosts.erase(it) : ++it;
    }
    Window& window = m_hosts[host];
    if (window.seen == 0 || now - window.start >= kWindowMs) {
        const int leftOut = std::exchange(window.leftOut, 0);
        window.start = now;
        window.seen = 1;
        return {true, leftOut};
    }
    if (++window.seen <= kPerWindow)
        return {true, 0};
    ++window.leftOut;
    return {false, 0};
}

} // namespace sightline
