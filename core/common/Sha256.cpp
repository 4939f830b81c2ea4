#include "common/Sha256.h"

#include "common/DeviceChunks.h"

#include <openssl/evp.h>

namespace sightline {

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new()) {
    EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(m_context), EVP_sha256(), nullptr);
}

Sha256::~Sha256() {
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(m_context));
}

void Sha256::add(QByteArrayView bytes) {
    EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(m_context), bytes.data(), size_t(bytes.size()));
}

bool Sha256::addDevice(QIODevice* device) {
    return forEachChunk(device, [this](QByteArrayView bytes) { add(bytes); });
}

QByteArray Sha256::hex() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(m_context), digest, &length);
    return QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex();
}

QByteArray Sha256::hexOf(QByteArrayView bytes) {
    Sha256 hash;
    hash.add(bytes);
    return hash.hex();
}

} // namespace sightline
