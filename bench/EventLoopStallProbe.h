#pragma once
// Measures how long the thread's event loop goes without turning: a precise 5 ms timer notes
// how late each tick comes. A tick 60 ms late means the loop (in the app: the GUI) was stuck
// for 60 ms, whatever blocked it. Run it on the thread whose responsiveness matters.

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace sightline::bench {

class EventLoopStallProbe {
public:
    static constexpr int kIntervalMs = 5;

    EventLoopStallProbe() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }

    void start() {
        m_maxStallMs = 0;
        m_stallsOver50 = 0;
        m_ticks = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() {
        tick();
        m_timer.stop();
    }

    // The longest the loop stood still beyond the timer's own interval.
    qint64 maxStallMs() const { return m_maxStallMs; }
    int stallsOver50Ms() const { return m_stallsOver50; }
    qint64 ticks() const { return m_ticks; }
    // When the longest stall ended, in ms since start() (to tell what caused it).
    qint64 maxStallEndedAtMs() const { return m_maxStallAt; }

private:
    void tick() {
        const qint64 now = m_clock.elapsed();
        const qint64 stall = std::max<qint64>(0, now - m_last - kIntervalMs);
        m_last = now;
        ++m_ticks;
        if (stall > m_maxStallMs) {
            m_maxStallMs = stall;
            m_maxStallAt = now;
        }
        if (stall > 50)
            ++m_stallsOver50;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxStallMs = 0;
    qint64 m_maxStallAt = 0;
    int m_stallsOver50 = 0;
    qint64 m_ticks = 0;
};

} // namespace sightline::bench
