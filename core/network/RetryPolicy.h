#pragma once
// Decides whether and when to retry a request the server refused for load (429, 503), honouring
// Retry-After in seconds or as an HTTP date, with a bounded exponential backoff otherwise.

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace sightline {

class RetryPolicy {
public:
    int maxAttempts = 4;       // including the first
    qint64 baseDelayMs = 500;  // backoff without Retry-After: base * 2^(attempt-1)
    qint64 maxDelayMs = 30000; // never wait longer than this for one retry

    static RetryPolicy none() { return RetryPolicy{1, 0, 0}; }

    // The delay before attempt number `attempt + 1`, or nothing if the reply should stand.
    std::optional<qint64> delayAfter(int attempt, int httpStatus, const QByteArray& retryAfter,
                                     const QDateTime& nowUtc) const;

    // Parses a Retry-After value (delta-seconds or IMF-fixdate) into milliseconds from now.
    static std::optional<qint64> parseRetryAfter(const QByteArray& value, const QDateTime& nowUtc);
    static bool isRetryableStatus(int httpStatus) { return httpStatus == 429 || httpStatus == 503; }
};

} // namespace sightline
