#pragma once
// Bytes that must not linger in memory (tokens, secrets): wiped when the last holder lets go.
// Never converts implicitly to text, so it cannot slip into a log line by accident.

#include <QByteArray>

namespace sightline {

class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes)
        : m_bytes(std::move(bytes)) {}
    SecretBytes(const SecretBytes&) = default;
    SecretBytes(SecretBytes&&) noexcept = default;
    SecretBytes& operator=(const SecretBytes& other);
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    ~SecretBytes();

    const QByteArray& reveal() const { return m_bytes; } // call sites that need the secret say so
    bool isEmpty() const { return m_bytes.isEmpty(); }
    void clear();
    bool operator==(const SecretBytes& other) const { return m_bytes == other.m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace sightline
