#pragma once
// The time source behind expiry, retry delays, cache ages and timestamps, replaceable in tests.
// Every read of the wall clock in Sightline goes through a Clock: services that decide by time
// take one (tests pass a ManualClock and never sleep), plain timestamps use Clock::system().

#include <QDateTime>

namespace sightline {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    qint64 nowMs() const { return nowUtc().toMSecsSinceEpoch(); }

    // The process-wide wall clock; tests pass their own Clock instead of using this.
    static const Clock& system();
};

} // namespace sightline
