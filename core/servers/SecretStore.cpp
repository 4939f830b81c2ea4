#include "servers/SecretStore.h"

#include "common/LogCategories.h"

#include <qt6keychain/keychain.h>

namespace sightline {

namespace {

// QtKeychain reports an unreachable Secret Service (no D-Bus session, no daemon) as OtherError.
bool serviceUnreachable(QKeychain::Job* job) {
    const QString text = job->errorString().toLower();
    return job->error() == QKeychain::OtherError &&
           (text.contains(QLatin1String("connect")) || text.contains(QLatin1String("dbus")) ||
            text.contains(QLatin1String("secret")) || text.contains(QLatin1String("no such file")));
}

Error keychainError(QKeychain::Job* job) {
    if (serviceUnreachable(job))
        return Error::make(Error::Kind::Storage, SecretStore::unavailableMessage(),
                           job->errorString());
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error::make(Error::Kind::Storage, SecretStore::unavailableMessage(),
                           job->errorString());
    case QKeychain::EntryNotFound:
        return Error::make(Error::Kind::NotFound,
                           QObject::tr("No secret is stored for this server"), job->errorString());
    default:
        return Error::make(Error::Kind::Storage, QObject::tr("The OS keychain reported an error"),
                           job->errorString());
    }
}

template <typename JobType> JobType* makeJob(const QString& service, const QString& key) {
    auto* job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // secrets never go to a plain file
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service)) {}

QString SecretStore::unavailableMessage() {
    return tr("No OS keychain is available (is a Secret Service such as GNOME Keyring or KWallet "
              "running and unlocked?). Sightline does not store secrets in plain files.");
}

void SecretStore::write(const QString& key, const QByteArray& secret, QObject* context,
                        StatusCallback callback) {
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, context,
            [callback = std::move(callback)](QKeychain::Job* done) {
                if (done->error() != QKeychain::NoError) {
                    qCWarning(lcServers) << "Keychain write failed:" << done->errorString();
                    callback(keychainError(done));
                } else {
                    callback(Done{});
                }
            });
    job->start();
}

void SecretStore::read(const QString& key, QObject* context, SecretCallback callback) {
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context,
            [callback = std::move(callback)](QKeychain::Job* done) {
                if (done->error() != QKeychain::NoError)
                    callback(keychainError(done));
                else
                    callback(static_cast<QKeychain::ReadPasswordJob*>(done)->binaryData());
            });
    job->start();
}

void SecretStore::remove(const QString& key, QObject* context, StatusCallback callback) {
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context,
            [callback = std::move(callback)](QKeychain::Job* done) {
                if (done->error() != QKeychain::NoError &&
                    done->error() != QKeychain::EntryNotFound)
                    callback(keychainError(done));
                else
                    callback(Done{});
            });
    job->start();
}

} // namespace sightline
