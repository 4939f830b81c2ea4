#pragma once
// The Authorization header value for one server, shared between the thread that knows the
// session (the JobManager's, which renews the value whenever the session's token changes) and a
// worker thread that sends requests (a job's, which reads it for every request). A job that
// outlives its first token therefore keeps going with the session's next one. Thread-safe.

#include <QByteArray>
#include <QMutex>
#include <QMutexLocker>

#include <memory>

namespace sightline {

class SharedAuthorization {
public:
    explicit SharedAuthorization(QByteArray value = {})
        : m_value(std::move(value)) {}

    QByteArray value() const {
        const QMutexLocker lock(&m_mutex);
        return m_value;
    }
    void set(const QByteArray& value) {
        const QMutexLocker lock(&m_mutex);
        m_value = value;
    }

private:
    mutable QMutex m_mutex;
    QByteArray m_value;
};

using SharedAuthorizationPtr = std::shared_ptr<SharedAuthorization>;

} // namespace sightline
