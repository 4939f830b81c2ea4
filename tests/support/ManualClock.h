#pragma once
// A clock the test moves by hand, so time-driven behaviour (expiry, LRU order, TTL, back-off)
// is tested without sleeping. Thread-safe: services may read it from their worker threads.

#include "common/Clock.h"

#include <QMutex>

namespace sightline::test {

class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start)) {}
    QDateTime nowUtc() const override {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void set(const QDateTime& nowUtc) {
        QMutexLocker lock(&m_mutex);
        m_now = nowUtc;
    }
    void advanceMs(qint64 ms) {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addMSecs(ms);
    }
    void advanceDays(int days) {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addDays(days);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace sightline::test
