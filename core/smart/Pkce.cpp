#include "smart/Pkce.h"

#include <QCryptographicHash>

#include <openssl/rand.h>

#include <stdexcept>

namespace sightline {

QByteArray OAuthRandom::urlSafe(int bytes) {
    QByteArray raw(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), bytes) != 1)
        throw std::runtime_error(
            "OpenSSL could not produce random bytes"); // never continue with weak state
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray PkcePair::challengeFor(const QByteArray& verifier) {
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

PkcePair PkcePair::generate() {
    PkcePair pair;
    pair.verifier = OAuthRandom::urlSafe(32);
    pair.challenge = challengeFor(pair.verifier);
    return pair;
}

} // namespace sightline
