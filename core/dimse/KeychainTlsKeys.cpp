#include "dimse/KeychainTlsKeys.h"

#include "dicom/DicomTlsIdentity.h"
#include "servers/SecretStore.h"
#include "servers/ServerStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QThread>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace sightline {

class KeychainTlsKeys::Source : public DicomTlsKeySource {
public:
    explicit Source(KeychainTlsKeys* owner)
        : m_owner(owner)
        , m_thread(owner->thread()) {}

    Result<QByteArray> privateKey(const QString& keyName) override {
        std::unique_lock lock(m_mutex);
        Entry& entry = m_entries[keyName];
        if (entry.answer && entry.answer->ok())
            return *entry.answer;
        if (QThread::currentThread() == m_thread) // it would wait on itself
            return entry.answer && !entry.inFlight
                       ? *entry.answer
                       : Error::make(Error::Kind::Storage,
                                     tr("The private key is still being read from the OS "
                                        "keychain: try again in a moment."));
        if (!entry.inFlight)
            startRead(keyName, entry);
        const auto deadline = std::chrono::steady_clock::now() +
                              std::chrono::milliseconds(SecretStore::kDefaultTimeoutMs + 5000);
        const bool answered = m_changed.wait_until(
            lock, deadline, [&] { return m_closed || !m_entries[keyName].inFlight; });
        const Entry& now = m_entries[keyName];
        if (m_closed && !(now.answer && now.answer->ok()))
            return Error::make(Error::Kind::Cancelled,
                               tr("Sightline stopped waiting for the OS keychain."));
        if (!answered || !now.answer)
            return Error::make(Error::Kind::Timeout,
                               tr("The OS keychain did not give the private key in time."));
        return *now.answer;
    }

    // From the owner's thread: a keychain read started for `generation` has ended (ignored
    // when the key was imported or forgotten meanwhile).
    void answer(const QString& keyName, quint64 generation, const Result<QByteArray>& key) {
        const std::lock_guard lock(m_mutex);
        Entry& entry = m_entries[keyName];
        if (entry.generation != generation)
            return;
        entry.inFlight = false;
        entry.answer = key;
        m_changed.notify_all();
    }
    void remember(const QString& keyName, const QByteArray& key) {
        const std::lock_guard lock(m_mutex);
        Entry& entry = m_entries[keyName];
        ++entry.generation;
        entry.inFlight = false;
        entry.answer = key;
        m_changed.notify_all();
    }
    void forget(const QString& keyName) {
        const std::lock_guard lock(m_mutex);
        Entry& entry = m_entries[keyName];
        ++entry.generation;
        entry.inFlight = false;
        entry.answer.reset();
        m_changed.notify_all();
    }
    // Claims a read on the owner's thread unless one is under way or the key is known; the
    // read's generation, or nothing.
    std::optional<quint64> claimRead(const QString& keyName) {
        const std::lock_guard lock(m_mutex);
        Entry& entry = m_entries[keyName];
        if (entry.inFlight || (entry.answer && entry.answer->ok()))
            return std::nullopt;
        entry.inFlight = true;
        return entry.generation;
    }
    void close() {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_owner = nullptr;
        m_changed.notify_all();
    }

private:
    struct Entry {
        bool inFlight = false;
        quint64 generation = 0; // bumped when the key is imported or forgotten
        std::optional<Result<QByteArray>> answer;
    };
    static QString tr(const char* text) {
        return QCoreApplication::translate("sightline::KeychainTlsKeys", text);
    }
    // Under m_mutex: asks the owner's thread to read the key.
    void startRead(const QString& keyName, Entry& entry) {
        if (!m_owner)
            return;
        entry.inFlight = true;
        QMetaObject::invokeMethod(
            m_owner,
            [owner = QPointer<KeychainTlsKeys>(m_owner), keyName, generation = entry.generation] {
                if (owner)
                    owner->read(keyName, generation);
            },
            Qt::QueuedConnection);
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    QHash<QString, Entry> m_entries;
    KeychainTlsKeys* m_owner;
    QThread* m_thread;
    bool m_closed = false;
};

KeychainTlsKeys::KeychainTlsKeys(SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_source(std::make_shared<Source>(this)) {
    DicomTlsIdentity::setKeySource(m_source);
}

KeychainTlsKeys::~KeychainTlsKeys() {
    if (DicomTlsIdentity::keySource() == m_source)
        DicomTlsIdentity::setKeySource(nullptr);
    m_source->close();
}

void KeychainTlsKeys::preload(const ServerStore& servers) {
    for (const ServerProfile& profile : servers.profiles()) {
        if (!profile.isDicomNode() || profile.dicomNode.tlsKeyName.isEmpty())
            continue;
        if (const auto generation = m_source->claimRead(profile.dicomNode.tlsKeyName))
            read(profile.dicomNode.tlsKeyName, *generation);
    }
}

void KeychainTlsKeys::stopReading() {
    m_source->close();
}

void KeychainTlsKeys::remember(const QString& keyName, const QByteArray& key) {
    m_source->remember(keyName, key);
}

void KeychainTlsKeys::forget(const QString& keyName) {
    m_source->forget(keyName);
}

void KeychainTlsKeys::read(const QString& keyName, quint64 generation) {
    const std::weak_ptr<Source> source = m_source;
    m_secrets->read(keyName, this, [source, keyName, generation](const Result<QByteArray>& key) {
        if (const auto alive = source.lock())
            alive->answer(keyName, generation, key);
    });
}

} // namespace sightline
