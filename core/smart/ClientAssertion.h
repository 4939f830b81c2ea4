#pragma once
// The signed JWT a SMART Backend Services client sends instead of a secret (RFC 7523,
// SMART App Launch "client-confidential-asymmetric"): header alg/kid/typ, claims iss = sub =
// client id, aud = token URL, exp at most five minutes ahead, a unique jti. Pure function.

#include "common/Result.h"
#include "smart/SigningKey.h"

#include <QDateTime>
#include <QUrl>

namespace sightline {

class ClientAssertion {
public:
    static constexpr int kMaxLifetimeSeconds = 300;

    static Result<QByteArray> create(const SigningKey& key, const QString& clientId,
                                     const QUrl& tokenUrl, const QDateTime& nowUtc,
                                     int lifetimeSeconds = kMaxLifetimeSeconds,
                                     const QString& jti = {});
};

} // namespace sightline
