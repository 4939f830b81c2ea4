#include "common/ConstantTime.h"

#include <openssl/crypto.h>

namespace sightline {

bool constantTimeEquals(QByteArrayView a, QByteArrayView b) {
    // The length is not secret; the contents are compared in time independent of where they differ.
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace sightline
