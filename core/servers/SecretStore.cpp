#include "servers/SecretStore.h"

#include "common/LogCategories.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

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

void SecretStore::run(QKeychain::Job* job, QObject* context,
                      std::function<void(QKeychain::Job*)> answer,
                      std::function<void(const Error&)> timedOut) {
    auto answered = std::make_shared<bool>(false);
    connect(job, &QKeychain::Job::finished, context,
            [answered, answer = std::move(answer)](QKeychain::Job* done) {
                if (!std::exchange(*answered, true))
                    answer(done);
            });
    QTimer::singleShot(
        m_timeoutMs, context,
        [answered, timedOut = std::move(timedOut), seconds = m_timeoutMs / 1000] {
            if (std::exchange(*answered, true))
                return;
            qCWarning(lcServers) << "The keychain did not answer within" << seconds << "s";
            timedOut(Error::make(Error::Kind::Timeout,
                                 tr("The OS keychain did not answer within %n second(s). Is it "
                                    "waiting for its password, or has its service hung?",
                                    nullptr, std::max(1, seconds))));
        });
    job->start();
}

void SecretStore::write(const QString& key, const QByteArray& secret, QObject* context,
                        StatusCallback callback) {
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(secret);
    run(
        job, context,
        [callback](QKeychain::Job* done) {
            if (done->error() != QKeychain::NoError) {
                qCWarning(lcServers) << "Keychain write failed:" << done->errorString();
                callback(keychainError(done));
            } else {
                callback(Done{});
            }
        },
        [callback](const Error& error) { callback(error); });
}

void SecretStore::read(const QString& key, QObject* context, SecretCallback callback) {
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    run(
        job, context,
        [callback](QKeychain::Job* done) {
            if (done->error() != QKeychain::NoError)
                callback(keychainError(done));
            else
                callback(static_cast<QKeychain::ReadPasswordJob*>(done)->binaryData());
        },
        [callback](const Error& error) { callback(error); });
}

void SecretStore::remove(const QString& key, QObject* context, StatusCallback callback) {
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    run(
        job, context,
        [callback](QKeychain::Job* done) {
            if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound)
                callback(keychainError(done));
            else
                callback(Done{});
        },
        [callback](const Error& error) { callback(error); });
}

} // namespace sightline
