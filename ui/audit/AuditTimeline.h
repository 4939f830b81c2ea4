#pragma once
// A bar chart of audit events over time (own painting, no chart library): the range is split
// into buckets of a readable size (minutes, hours or days), successes stacked under failures.

#include <QDateTime>
#include <QList>
#include <QWidget>

namespace sightline {

class AuditTimeline : public QWidget {
    Q_OBJECT
public:
    struct Bucket {
        QDateTime startUtc;
        int successes = 0;
        int failures = 0;
    };

    explicit AuditTimeline(QWidget* parent = nullptr);

    // Events as (time, succeeded) pairs; the chart spans their range.
    void setEvents(const QList<QPair<QDateTime, bool>>& events);
    const QList<Bucket>& buckets() const { return m_buckets; }
    qint64 bucketSeconds() const { return m_bucketSeconds; }
    QSize sizeHint() const override { return {600, 120}; }

    static QList<Bucket> bucketize(const QList<QPair<QDateTime, bool>>& events,
                                   qint64* bucketSeconds);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<Bucket> m_buckets;
    qint64 m_bucketSeconds = 60;
};

} // namespace sightline
