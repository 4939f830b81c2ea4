#include "network/NetworkRecorder.h"

namespace sightline {

NetworkRecorder::NetworkRecorder(int capacity, QObject* parent)
    : QObject(parent)
    , m_capacity(capacity) {
    qRegisterMetaType<HttpExchange>();
}

quint64 NetworkRecorder::record(HttpExchange exchange) {
    {
        QMutexLocker lock(&m_mutex);
        exchange.id = m_nextId++;
        m_exchanges.append(exchange);
        if (m_exchanges.size() > m_capacity)
            m_exchanges.remove(0, m_exchanges.size() - m_capacity);
    }
    emit exchangeRecorded(exchange);
    return exchange.id;
}

QList<HttpExchange> NetworkRecorder::exchanges() const {
    QMutexLocker lock(&m_mutex);
    return m_exchanges;
}

void NetworkRecorder::clear() {
    {
        QMutexLocker lock(&m_mutex);
        m_exchanges.clear();
    }
    emit cleared();
}

} // namespace sightline
