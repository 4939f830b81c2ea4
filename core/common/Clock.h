#pragma once
// The time source behind expiry, retry delays and timestamps, replaceable in tests.

#include <QDateTime>

namespace sightline {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    // The process-wide wall clock; tests pass their own Clock instead of using this.
    static const Clock& system();
};

} // namespace sightline
