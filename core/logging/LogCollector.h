#pragma once
// Receives every Qt log message (it installs itself as the message handler), redacts secrets,
// keeps the most recent lines for the Log panel and forwards them to the previous handler
// (stderr). Thread-safe: messages from any thread are delivered to receivers queued.

#include "logging/LogEntry.h"

#include <QList>
#include <QMutex>
#include <QObject>

namespace sightline {

class LogCollector : public QObject {
    Q_OBJECT
public:
    explicit LogCollector(int capacity = 5000, QObject* parent = nullptr);
    ~LogCollector() override;

    // Routes qDebug/qCInfo/… through this collector until it is destroyed.
    void install();
    QList<LogEntry> entries() const;
    void append(const LogEntry& entry);

signals:
    void entryAdded(const sightline::LogEntry& entry);

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message);

    mutable QMutex m_mutex;
    QList<LogEntry> m_entries;
    int m_capacity;
    bool m_installed = false;
};

} // namespace sightline
