#pragma once
// How many refused connections from one host the audit trail records one by one: the first ten
// in a minute, then none until the minute is over, when the next one is recorded with the count
// of those left out. Anyone who can reach the receiving node's port could otherwise fill the
// audit trail (and the disk) with refusals. Thread-safe: associations' threads ask it.

#include <QHash>
#include <QString>

#include <functional>
#include <mutex>

namespace sightline {

class RefusalThrottle {
public:
    static constexpr int kPerWindow = 10;
    static constexpr qint64 kWindowMs = 60000;

    // `now`: a monotonic clock in milliseconds (tests give their own).
    explicit RefusalThrottle(std::function<qint64()> now = {});

    struct Verdict {
        bool record = false; // audit this refusal
        int leftOut = 0;     // refusals from the host not recorded before this one
    };
    Verdict next(const QString& host);

private:
    struct Window {
        qint64 start = 0;
        int seen = 0;
        int leftOut = 0;
    };
    std::function<qint64()> m_now;
    std::mutex m_mutex;
    QHash<QString, Window> m_hosts;
};

} // namespace sightline
