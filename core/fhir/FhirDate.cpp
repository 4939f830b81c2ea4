#include "fhir/FhirDate.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace sightline {

std::optional<FhirDate> FhirDate::parse(QStringView text) {
    // Year, optional month, optional day, optional time with mandatory zone (FHIR's regex).
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)"
        R"((Z|[+-]\d{2}:\d{2}))?)?)?$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.capturedView(1).toInt();
    const bool hasMonth = m.hasCaptured(2);
    const bool hasDay = m.hasCaptured(3);
    const bool hasTime = m.hasCaptured(4);
    if (hasTime && !m.hasCaptured(8))
        return std::nullopt; // a time without a zone is ambiguous
    const int month = hasMonth ? m.capturedView(2).toInt() : 1;
    const int day = hasDay ? m.capturedView(3).toInt() : 1;
    const QDate first(year, month, day);
    if (!first.isValid() || (hasMonth && (month < 1 || month > 12)))
        return std::nullopt;

    FhirDate date;
    if (hasTime) {
        const int hour = m.capturedView(4).toInt();
        const int minute = m.capturedView(5).toInt();
        const int second = m.hasCaptured(6) ? m.capturedView(6).toInt() : 0;
        const QTime time(hour, minute, second);
        if (!time.isValid())
            return std::nullopt;
        int offsetSeconds = 0;
        const QStringView zone = m.capturedView(8);
        if (zone != QLatin1String("Z")) {
            const int hours = zone.mid(1, 2).toInt();
            const int minutes = zone.mid(4, 2).toInt();
            if (hours > 14 || minutes > 59)
                return std::nullopt;
            offsetSeconds = (hours * 3600 + minutes * 60) * (zone.front() == u'-' ? -1 : 1);
        }
        const QDateTime at(first, time, QTimeZone(offsetSeconds));
        qint64 ms = at.toMSecsSinceEpoch();
        if (m.hasCaptured(7))
            ms += m.capturedView(7).left(3).toString().leftJustified(3, u'0').toInt();
        // Seconds given → that second; only minutes → that minute.
        date.firstMs = ms;
        date.lastMs = ms + (m.hasCaptured(7) ? 0 : m.hasCaptured(6) ? 999 : 59999);
        return date;
    }
    const QDate last = hasDay     ? first
                       : hasMonth ? first.addMonths(1).addDays(-1)
                                  : QDate(year, 12, 31);
    date.firstMs = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    date.lastMs = QDateTime(last.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - 1;
    return date;
}

} // namespace sightline
