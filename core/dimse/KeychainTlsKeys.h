#pragma once
// The private keys of Sightline's DICOM TLS certificates, from the OS keychain, for associations
// that run on worker threads (the process's DicomTlsKeySource while this object lives). A key is
// read on this object's thread (SecretStore is asynchronous and lives there) while the asking
// thread waits, for at most the keychain's own timeout, and then kept in memory for the
// process's life: the keychain is asked once per key, and a key the user has just imported is
// used at once. Keys of the DICOM nodes in the server list are read when it is given, so that
// the first association does not wait. GUI-thread object.

#include <QObject>

#include <memory>

namespace sightline {

class SecretStore;
class ServerStore;

class KeychainTlsKeys : public QObject {
    Q_OBJECT
public:
    explicit KeychainTlsKeys(SecretStore* secrets, QObject* parent = nullptr);
    ~KeychainTlsKeys() override; // no longer the key source; waiting threads get an error

    // Reads, in the background, the key of every DICOM node in `servers` that has one.
    void preload(const ServerStore& servers);
    // A key the user has just imported (its keychain write may still be under way), or forgot.
    void remember(const QString& keyName, const QByteArray& key);
    void forget(const QString& keyName);
    // From now on associations get the keys already read and wait for no other (those waiting
    // get an error at once): before this thread blocks on something associations run in (the
    // gateway's stop as Sightline quits), which would otherwise hold them up to the keychain's
    // timeout.
    void stopReading();

private:
    class Source; // the thread-safe part, shared with associations
    void read(const QString& keyName, quint64 generation);

    SecretStore* m_secrets;
    std::shared_ptr<Source> m_source;
};

} // namespace sightline
