#pragma once
// PKCE (RFC 7636, S256 only) and the random values of an OAuth flow: the code verifier and its
// challenge, and the `state`. Randomness comes from OpenSSL's CSPRNG. Pure functions; thread-safe.

#include <QByteArray>

namespace sightline {

struct PkcePair {
    QByteArray verifier;  // 43 characters of base64url (32 random bytes)
    QByteArray challenge; // BASE64URL(SHA256(verifier))

    static PkcePair generate();
    static QByteArray challengeFor(const QByteArray& verifier);
};

class OAuthRandom {
public:
    // base64url without padding of `bytes` random bytes; 16 bytes = 128 bits for `state`.
    static QByteArray urlSafe(int bytes);
};

} // namespace sightline
