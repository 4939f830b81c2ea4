#include "network/LowSpeedWatch.h"

#include <QCoreApplication>

namespace sightline {

QString LowSpeedLimit::describe() const {
    return QCoreApplication::translate("LowSpeedLimit", "under %1 bytes/s for %2 s")
        .arg(bytesPerSecond)
        .arg(windowMs / 1000.0);
}

LowSpeedWatch::LowSpeedWatch(const LowSpeedLimit& limit, QObject* parent)
    : QObject(parent)
    , m_limit(limit) {
    connect(&m_window, &QTimer::timeout, this, &LowSpeedWatch::windowEnded);
}

void LowSpeedWatch::start() {
    if (!m_limit.enabled() || m_window.isActive() || m_tooSlow)
        return;
    m_receivedAtWindowStart = m_received;
    m_excused = false;
    m_window.start(m_limit.windowMs);
}

void LowSpeedWatch::stop() {
    m_window.stop();
}

void LowSpeedWatch::windowEnded() {
    const qint64 delivered = m_received - m_receivedAtWindowStart;
    const bool excused = m_excused || (m_heldByReader && m_heldByReader());
    m_receivedAtWindowStart = m_received;
    m_excused = false;
    if (excused || delivered * 1000 >= qint64(m_limit.bytesPerSecond) * m_limit.windowMs)
        return;
    m_tooSlow = true;
    m_window.stop();
    emit tooSlow();
}

} // namespace sightline
