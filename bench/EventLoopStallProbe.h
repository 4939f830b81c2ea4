#pragma once
// Measures how long the thread's event loop goes without turning: a precise 5 ms timer notes
// how late each tick comes. A tick 60 ms late means the loop (in the app: the GUI) was stuck
// for 60 ms, whatever blocked it. Run it on the thread whose responsiveness matters.

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

#include <time.h>

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
        m_lastCpu = threadCpuMs();
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
    // How much of the longest stall the thread spent computing: far less than the stall means
    // it was waiting for a CPU (other processes), not blocked by its own work.
    qint64 maxStallCpuMs() const { return m_maxStallCpu; }

private:
    static qint64 threadCpuMs() {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
    }

    void tick() {
        const qint64 now = m_clock.elapsed();
        const qint64 cpu = threadCpuMs();
        const qint64 stall = std::max<qint64>(0, now - m_last - kIntervalMs);
        const qint64 stallCpu = cpu - m_lastCpu;
        m_last = now;
        m_lastCpu = cpu;
        ++m_ticks;
        if (stall > m_maxStallMs) {
            m_maxStallMs = stall;
            m_maxStallAt = now;
            m_maxStallCpu = stallCpu;
        }
        if (stall > 50)
            ++m_stallsOver50;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxStallMs = 0;
    qint64 m_maxStallAt = 0;
    qint64 m_lastCpu = 0;
    qint64 m_maxStallCpu = 0;
    int m_stallsOver50 = 0;
    qint64 m_ticks = 0;
};

} // namespace sightline::bench
