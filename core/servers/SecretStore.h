#pragma once
// Stores secrets (client secrets, passwords, later tokens) in the OS keychain through QtKeychain,
// with the insecure plain-file fallback switched off: if no keychain is available the call fails
// with a clear error and nothing is written anywhere. Asynchronous; use from the GUI thread.

#include "common/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace sightline {

class SecretStore : public QObject {
    Q_OBJECT
public:
    using StatusCallback = std::function<void(const Status&)>;
    using SecretCallback = std::function<void(const Result<QByteArray>&)>;

    explicit SecretStore(QString service = QStringLiteral("Sightline"), QObject* parent = nullptr);

    void write(const QString& key, const QByteArray& secret, QObject* context,
               StatusCallback callback);
    void read(const QString& key, QObject* context, SecretCallback callback);
    void remove(const QString& key, QObject* context, StatusCallback callback);

    static QString unavailableMessage();

private:
    QString m_service;
};

} // namespace sightline
