#include "smart/ClientAssertion.h"

#include "smart/Pkce.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sightline {

namespace {
QByteArray b64url(const QByteArray& bytes) {
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

Result<QByteArray> ClientAssertion::create(const SigningKey& key, const QString& clientId,
                                           const QUrl& tokenUrl, const QDateTime& nowUtc,
                                           int lifetimeSeconds, const QString& jti) {
    const QJsonObject header{{QStringLiteral("alg"), key.algorithmName()},
                             {QStringLiteral("kid"), key.keyId()},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const qint64 now = nowUtc.toSecsSinceEpoch();
    const QJsonObject claims{
        {QStringLiteral("iss"), clientId},
        {QStringLiteral("sub"), clientId},
        {QStringLiteral("aud"), tokenUrl.toString()},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + std::min(lifetimeSeconds, kMaxLifetimeSeconds)},
        {QStringLiteral("jti"),
         jti.isEmpty() ? QString::fromLatin1(OAuthRandom::urlSafe(24)) : jti}};
    const QByteArray input = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const auto signature = key.sign(input);
    if (!signature)
        return signature.error();
    return input + '.' + b64url(signature.value());
}

} // namespace sightline
