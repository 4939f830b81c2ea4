#include "smart/TokenSet.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace sightline {

QJsonObject TokenSet::jwtClaims(const QByteArray& jwt) {
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
        .object();
}

Result<TokenSet> TokenSet::fromTokenResponse(const QJsonObject& json, const QDateTime& nowUtc) {
    const QString access = json.value(QLatin1String("access_token")).toString();
    if (access.isEmpty()) {
        return Error::make(Error::Kind::MalformedData,
                           QCoreApplication::translate(
                               "TokenSet", "The token endpoint answered without an access token"));
    }
    const QString type = json.value(QLatin1String("token_type")).toString();
    if (type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
        return Error::make(
            Error::Kind::Unsupported,
            QCoreApplication::translate(
                "TokenSet", "Unsupported token type \"%1\" (Sightline uses Bearer tokens)")
                .arg(type));
    }
    TokenSet t;
    t.accessToken = SecretBytes(access.toUtf8());
    t.refreshToken = SecretBytes(json.value(QLatin1String("refresh_token")).toString().toUtf8());
    t.idToken = SecretBytes(json.value(QLatin1String("id_token")).toString().toUtf8());
    t.tokenType = QStringLiteral("Bearer");
    const int expiresIn = json.value(QLatin1String("expires_in")).toInt(-1);
    if (expiresIn >= 0)
        t.expiresUtc = nowUtc.addSecs(expiresIn);
    t.scopes = SmartScopeSet::parse(json.value(QLatin1String("scope")).toString());
    t.patient = json.value(QLatin1String("patient")).toString();
    t.encounter = json.value(QLatin1String("encounter")).toString();
    t.fhirContext = json.value(QLatin1String("fhirContext")).toArray();
    t.needPatientBanner = json.value(QLatin1String("need_patient_banner")).toBool();
    t.intent = json.value(QLatin1String("intent")).toString();
    t.tenant = json.value(QLatin1String("tenant")).toString();
    t.smartStyleUrl = json.value(QLatin1String("smart_style_url")).toString();
    t.fhircastHub = json.value(QLatin1String("hub.url")).toString();
    t.fhircastTopic = json.value(QLatin1String("hub.topic")).toString();
    const QJsonObject idClaims = jwtClaims(t.idToken.reveal());
    t.fhirUser = idClaims.value(QLatin1String("fhirUser")).toString();
    t.subject = idClaims.value(QLatin1String("sub")).toString();
    const QString jti = jwtClaims(t.accessToken.reveal()).value(QLatin1String("jti")).toString();
    // Opaque tokens have no jti: a one-way fingerprint identifies them without revealing them.
    t.tokenId = !jti.isEmpty()
                    ? jti
                    : QStringLiteral("sha256:") +
                          QString::fromLatin1(QCryptographicHash::hash(t.accessToken.reveal(),
                                                                       QCryptographicHash::Sha256)
                                                  .toHex()
                                                  .left(16));
    return t;
}

Error TokenSet::fromErrorResponse(int httpStatus, const QByteArray& body) {
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString code = json.value(QLatin1String("error")).toString();
    const QString description = json.value(QLatin1String("error_description")).toString();
    if (code.isEmpty()) {
        return Error::make(Error::Kind::Http,
                           QCoreApplication::translate("TokenSet", "The token endpoint answered %1")
                               .arg(httpStatus),
                           QString::fromUtf8(body.left(300)), httpStatus);
    }
    QString message;
    if (code == QLatin1String("invalid_grant"))
        message = QCoreApplication::translate(
            "TokenSet", "The server no longer accepts this login (invalid_grant); log in again");
    else if (code == QLatin1String("invalid_client"))
        message = QCoreApplication::translate(
            "TokenSet",
            "The server does not accept Sightline's client credentials (invalid_client)");
    else
        message =
            QCoreApplication::translate("TokenSet", "The token endpoint refused: %1").arg(code);
    return Error::make(Error::Kind::Authorization, message, description, httpStatus);
}

void TokenSet::mergeRefresh(const TokenSet& refreshed) {
    accessToken = refreshed.accessToken;
    if (!refreshed.refreshToken.isEmpty())
        refreshToken = refreshed.refreshToken; // else keep the old one (SMART App Launch)
    if (!refreshed.idToken.isEmpty()) {
        idToken = refreshed.idToken;
        fhirUser = refreshed.fhirUser.isEmpty() ? fhirUser : refreshed.fhirUser;
    }
    expiresUtc = refreshed.expiresUtc;
    if (!refreshed.scopes.all().isEmpty())
        scopes = refreshed.scopes;
    tokenId = refreshed.tokenId;
    if (!refreshed.fhircastTopic.isEmpty()) {
        fhircastHub = refreshed.fhircastHub;
        fhircastTopic = refreshed.fhircastTopic;
    }
}

bool TokenSet::expiresWithin(qint64 seconds, const QDateTime& nowUtc) const {
    return expiresUtc.isValid() && nowUtc.secsTo(expiresUtc) <= seconds;
}

} // namespace sightline
