#pragma once
// A private key for SMART Backend Services (RS384 with RSA 3072, or ES384 with P-384): made
// here or read from PEM, written as PEM to a file only its owner can read, and published as a
// JWK (with an RFC 7638 thumbprint as `kid`) for registration. Signs JWS payloads; ES384
// signatures are raw r||s as JWS requires. Immutable after creation; thread-safe.

#include "common/Result.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QJsonObject>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace sightline {

class SigningKey {
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    enum class Algorithm { RS384, ES384 };

    static Result<SigningKey> generate(Algorithm algorithm);
    static Result<SigningKey> fromPem(const QByteArray& pem);
    static Result<SigningKey> fromFile(const QString& path);

    Algorithm algorithm() const { return m_algorithm; }
    QString algorithmName() const {
        return m_algorithm == Algorithm::RS384 ? QStringLiteral("RS384") : QStringLiteral("ES384");
    }
    QString keyId() const { return m_kid; }
    QJsonObject publicJwk() const;
    QByteArray privatePem() const;
    // Writes the private key with permissions 0600 (atomically: temp file, then rename).
    Status writePrivateKey(const QString& path) const;
    Result<QByteArray> sign(const QByteArray& signingInput) const;

    static QJsonObject jwks(const QList<SigningKey>& keys);

private:
    SigningKey() = default;
    Status describe();

    std::shared_ptr<EVP_PKEY> m_key;
    Algorithm m_algorithm = Algorithm::RS384;
    QJsonObject m_jwk;
    QString m_kid;
};

} // namespace sightline
