#include "audit/AuditTimeline.h"

#include <QPainter>
#include <QTimeZone>

#include <algorithm>

namespace sightline {

namespace {
const QColor kSucceeded(0x2e, 0x7d, 0x32);
const QColor kFailed(0xc6, 0x28, 0x28);
} // namespace

AuditTimeline::AuditTimeline(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("auditTimeline"));
    setMinimumHeight(90);
}

QList<AuditTimeline::Bucket> AuditTimeline::bucketize(const QList<QPair<QDateTime, bool>>& events,
                                                      qint64* bucketSeconds) {
    QList<Bucket> out;
    if (events.isEmpty())
        return out;
    QDateTime first = events.first().first;
    QDateTime last = first;
    for (const auto& [time, ok] : events) {
        first = std::min(first, time);
        last = std::max(last, time);
    }
    // Pick the smallest readable bucket that keeps the chart under ~120 bars.
    const qint64 span = std::max<qint64>(1, first.secsTo(last));
    static const qint64 sizes[] = {1,    10,       60,    300,       900,
                                   3600, 6 * 3600, 86400, 7 * 86400, 30 * 86400};
    qint64 size = sizes[std::size(sizes) - 1];
    for (qint64 candidate : sizes) {
        if (span / candidate < 120) {
            size = candidate;
            break;
        }
    }
    *bucketSeconds = size;
    const qint64 origin = first.toSecsSinceEpoch() / size * size;
    const int count = int((last.toSecsSinceEpoch() - origin) / size) + 1;
    out.resize(count);
    for (int i = 0; i < count; ++i)
        out[i].startUtc =
            QDateTime::fromSecsSinceEpoch(origin + qint64(i) * size, QTimeZone::utc());
    for (const auto& [time, ok] : events) {
        Bucket& b = out[int((time.toSecsSinceEpoch() - origin) / size)];
        (ok ? b.successes : b.failures) += 1;
    }
    return out;
}

void AuditTimeline::setEvents(const QList<QPair<QDateTime, bool>>& events) {
    m_buckets = bucketize(events, &m_bucketSeconds);
    update();
}

void AuditTimeline::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QRect area = rect().adjusted(36, 8, -8, -22);
    p.setPen(palette().mid().color());
    p.drawRect(area);
    if (m_buckets.isEmpty()) {
        p.setPen(palette().text().color());
        p.drawText(area, Qt::AlignCenter, tr("No audit events in this range"));
        return;
    }
    int peak = 1;
    for (const Bucket& b : m_buckets)
        peak = std::max(peak, b.successes + b.failures);
    const double barWidth = double(area.width()) / m_buckets.size();
    for (int i = 0; i < m_buckets.size(); ++i) {
        const Bucket& b = m_buckets[i];
        const double x = area.left() + i * barWidth;
        const double hOk = double(area.height()) * b.successes / peak;
        const double hFail = double(area.height()) * b.failures / peak;
        const double w = std::max(1.0, barWidth - 1);
        p.fillRect(QRectF(x, area.bottom() - hOk, w, hOk), kSucceeded);
        p.fillRect(QRectF(x, area.bottom() - hOk - hFail, w, hFail), kFailed);
    }
    p.setPen(palette().text().color());
    p.drawText(QRect(0, area.top() - 4, 32, 16), Qt::AlignRight, QString::number(peak));
    p.drawText(QRect(0, area.bottom() - 8, 32, 16), Qt::AlignRight, QStringLiteral("0"));
    const QString format =
        m_bucketSeconds >= 86400 ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd HH:mm");
    p.drawText(QRect(area.left(), area.bottom() + 4, 200, 16), Qt::AlignLeft,
               m_buckets.first().startUtc.toLocalTime().toString(format));
    p.drawText(QRect(area.right() - 200, area.bottom() + 4, 200, 16), Qt::AlignRight,
               m_buckets.last().startUtc.toLocalTime().toString(format));
    // What the colours mean, centred under the chart.
    const QList<QPair<QColor, QString>> legend{{kSucceeded, tr("succeeded")},
                                               {kFailed, tr("failed")}};
    const QFontMetrics metrics(font());
    int width = 0;
    for (const auto& [colour, text] : legend)
        width += 14 + metrics.horizontalAdvance(text) + 12;
    int x = area.center().x() - width / 2;
    for (const auto& [colour, text] : legend) {
        p.fillRect(QRect(x, area.bottom() + 8, 10, 10), colour);
        x += 14;
        p.drawText(QRect(x, area.bottom() + 4, metrics.horizontalAdvance(text) + 2, 16),
                   Qt::AlignLeft, text);
        x += metrics.horizontalAdvance(text) + 12;
    }
}

} // namespace sightline
