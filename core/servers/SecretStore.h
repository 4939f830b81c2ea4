#pragma once
// Stores secrets (client secrets, passwords, later tokens) in the OS keychain through QtKeychain,
// with the insecure plain-file fallback switched off: if no keychain is available the call fails
// with a clear error and nothing is written anywhere. Asynchronous; use from the GUI thread.

#include "common/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace sightline {

class SecretStore : public QObject {
    Q_OBJECT
public:
    using StatusCallback = std::function<void(const Status&)>;
    using SecretCallback = std::function<void(const Result<QByteArray>&)>;

    explicit SecretStore(QString service = QStringLiteral("Sightline"), QObject* parent = nullptr);

    // How long an answer may take before the call fails with a Timeout. A locked keychain asks
    // its user for a password meanwhile; a hung Secret Service would otherwise never answer,
    // and a login would wait for ever.
    static constexpr int kDefaultTimeoutMs = 60000;
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void write(const QString& key, const QByteArray& secret, QObject* context,
               StatusCallback callback);
    void read(const QString& key, QObject* context, SecretCallback callback);
    void remove(const QString& key, QObject* context, StatusCallback callback);

    static QString unavailableMessage();

private:
    // Starts `job`, calling `answer` with its outcome or, after the timeout, with a Timeout
    // error; whichever comes first, once.
    void run(QKeychain::Job* job, QObject* context, std::function<void(QKeychain::Job*)> answer,
             std::function<void(const Error&)> timedOut);

    QString m_service;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace sightline
