#pragma once
// Keeps the most recent HTTP exchanges (already redacted) for the Network panel and emits each
// new one. Thread-safe: record() may be called from any thread; signals are queued to receivers.

#include "network/HttpExchange.h"

#include <QList>
#include <QMutex>
#include <QObject>

namespace sightline {

class NetworkRecorder : public QObject {
    Q_OBJECT
public:
    explicit NetworkRecorder(int capacity = 2000, QObject* parent = nullptr);

    // Assigns the exchange its id and stores it; returns the id.
    quint64 record(HttpExchange exchange);
    QList<HttpExchange> exchanges() const;
    int capacity() const { return m_capacity; }
    void clear();

signals:
    void exchangeRecorded(const sightline::HttpExchange& exchange);
    void cleared();

private:
    mutable QMutex m_mutex;
    QList<HttpExchange> m_exchanges;
    quint64 m_nextId = 1;
    int m_capacity;
};

} // namespace sightline
