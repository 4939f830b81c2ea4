#include "smart/SigningKey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace sightline {

namespace {

QString opensslError() {
    const unsigned long code = ERR_get_error();
    char buffer[256] = {};
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QByteArray b64url(const QByteArray& bytes) {
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray bnParam(EVP_PKEY* key, const char* name, int padTo = 0) {
    BIGNUM* bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray out(padTo > 0 ? padTo : BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), int(out.size()));
    BN_free(bn);
    return out;
}

} // namespace

Result<SigningKey> SigningKey::generate(Algorithm algorithm) {
    EVP_PKEY* raw = algorithm == Algorithm::RS384
                        ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(3072))
                        : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
    if (!raw)
        return Error::make(Error::Kind::Storage, tr("Could not create a key pair"), opensslError());
    SigningKey key;
    key.m_key.reset(raw, &EVP_PKEY_free);
    key.m_algorithm = algorithm;
    if (const Status s = key.describe(); !s)
        return s.error();
    return key;
}

Result<SigningKey> SigningKey::fromPem(const QByteArray& pem) {
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY* raw = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!raw)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The file holds no readable private key (PEM)"), opensslError());
    SigningKey key;
    key.m_key.reset(raw, &EVP_PKEY_free);
    if (EVP_PKEY_is_a(raw, "RSA")) {
        key.m_algorithm = Algorithm::RS384;
    } else if (EVP_PKEY_is_a(raw, "EC")) {
        char group[64] = {};
        size_t length = 0;
        EVP_PKEY_get_utf8_string_param(raw, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       &length);
        if (QByteArray(group) != "secp384r1")
            return Error::make(Error::Kind::Unsupported, tr("EC keys must be on P-384 for ES384"),
                               QString::fromLatin1(group));
        key.m_algorithm = Algorithm::ES384;
    } else {
        return Error::make(Error::Kind::Unsupported,
                           tr("Only RSA (RS384) and P-384 (ES384) keys are supported"));
    }
    if (const Status s = key.describe(); !s)
        return s.error();
    return key;
}

Result<SigningKey> SigningKey::fromFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Storage, tr("Cannot read the key file %1").arg(path),
                           file.errorString());
    return fromPem(file.readAll());
}

Status SigningKey::describe() {
    EVP_PKEY* key = m_key.get();
    QJsonObject thumbprintInput;
    if (m_algorithm == Algorithm::RS384) {
        m_jwk = {
            {QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("n"), QString::fromLatin1(b64url(bnParam(key, OSSL_PKEY_PARAM_RSA_N)))},
            {QStringLiteral("e"),
             QString::fromLatin1(b64url(bnParam(key, OSSL_PKEY_PARAM_RSA_E)))}};
    } else {
        m_jwk = {{QStringLiteral("kty"), QStringLiteral("EC")},
                 {QStringLiteral("crv"), QStringLiteral("P-384")},
                 {QStringLiteral("x"),
                  QString::fromLatin1(b64url(bnParam(key, OSSL_PKEY_PARAM_EC_PUB_X, 48)))},
                 {QStringLiteral("y"),
                  QString::fromLatin1(b64url(bnParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, 48)))}};
    }
    // RFC 7638: the required members only, sorted, no whitespace (QJsonObject keeps keys sorted).
    const QByteArray canonical = QJsonDocument(m_jwk).toJson(QJsonDocument::Compact);
    m_kid = QString::fromLatin1(
        b64url(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
    m_jwk.insert(QStringLiteral("kid"), m_kid);
    m_jwk.insert(QStringLiteral("alg"), algorithmName());
    m_jwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
    return Done{};
}

QJsonObject SigningKey::publicJwk() const {
    return m_jwk;
}

QJsonObject SigningKey::jwks(const QList<SigningKey>& keys) {
    QJsonArray array;
    for (const SigningKey& k : keys)
        array.append(k.publicJwk());
    return {{QStringLiteral("keys"), array}};
}

QByteArray SigningKey::privatePem() const {
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, m_key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(length));
    BIO_free(bio);
    return pem;
}

Status SigningKey::writePrivateKey(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Storage, tr("Cannot write the key file %1").arg(path),
                           file.errorString());
    // Restrict before any key byte is written.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(privatePem());
    if (!file.commit())
        return Error::make(Error::Kind::Storage, tr("Cannot write the key file %1").arg(path),
                           file.errorString());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Done{};
}

Result<QByteArray> SigningKey::sign(const QByteArray& input) const {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    &EVP_MD_CTX_free);
    size_t length = 0;
    if (EVP_DigestSignInit(context.get(), nullptr, EVP_sha384(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char*>(input.constData()),
                       size_t(input.size())) != 1)
        return Error::make(Error::Kind::InvalidInput, tr("Could not sign the assertion"),
                           opensslError());
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(input.constData()),
                       size_t(input.size())) != 1)
        return Error::make(Error::Kind::InvalidInput, tr("Could not sign the assertion"),
                           opensslError());
    signature.resize(qsizetype(length));
    if (m_algorithm == Algorithm::RS384)
        return signature;
    // OpenSSL gives ECDSA signatures as DER; JWS wants the two 48-byte integers side by side.
    const unsigned char* der = reinterpret_cast<const unsigned char*>(signature.constData());
    ECDSA_SIG* ecdsa = d2i_ECDSA_SIG(nullptr, &der, long(signature.size()));
    if (!ecdsa)
        return Error::make(Error::Kind::InvalidInput, tr("Could not read the ECDSA signature"),
                           opensslError());
    QByteArray raw(96, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(ecdsa), reinterpret_cast<unsigned char*>(raw.data()), 48);
    BN_bn2binpad(ECDSA_SIG_get0_s(ecdsa), reinterpret_cast<unsigned char*>(raw.data()) + 48, 48);
    ECDSA_SIG_free(ecdsa);
    return raw;
}

} // namespace sightline
