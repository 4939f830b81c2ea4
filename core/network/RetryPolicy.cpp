#include "network/RetryPolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace sightline {

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray& value,
                                                   const QDateTime& nowUtc) {
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);

    // RFC 9110 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT"; also the obsolete RFC 850 form.
    // The weekday is dropped before parsing: it is redundant, and a two-digit year would make
    // Qt check it against the wrong century.
    QString text = QString::fromLatin1(trimmed);
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma > 0)
        text = text.mid(comma + 1).trimmed();
    const QLocale c = QLocale::c();
    QDateTime when = c.toDateTime(text, QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid()) {
        when = c.toDateTime(text, QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"));
        if (when.isValid() && when.date().year() < 1970) // two-digit years are this century
            when = when.addYears(100);
    }
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, nowUtc.msecsTo(when));
}

std::optional<qint64> RetryPolicy::delayAfter(int attempt, int httpStatus,
                                              const QByteArray& retryAfter,
                                              const QDateTime& nowUtc) const {
    if (!isRetryableStatus(httpStatus) || attempt >= maxAttempts)
        return std::nullopt;
    if (const auto requested = parseRetryAfter(retryAfter, nowUtc)) {
        // A server asking for longer than we are willing to wait gets its answer as it stands.
        if (*requested > maxDelayMs)
            return std::nullopt;
        return *requested;
    }
    const qint64 backoff = baseDelayMs << std::min(attempt - 1, 16);
    return std::min(backoff, maxDelayMs);
}

} // namespace sightline
