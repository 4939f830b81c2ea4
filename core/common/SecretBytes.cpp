#include "common/SecretBytes.h"

#include <openssl/crypto.h>

namespace sightline {

void SecretBytes::clear() {
    // Only the last holder wipes: copies share the buffer until one of them changes it.
    if (!m_bytes.isEmpty() && m_bytes.isDetached())
        OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
    m_bytes = QByteArray();
}

SecretBytes::~SecretBytes() {
    clear();
}

SecretBytes& SecretBytes::operator=(const SecretBytes& other) {
    if (this != &other) {
        clear();
        m_bytes = other.m_bytes;
    }
    return *this;
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

} // namespace sightline
