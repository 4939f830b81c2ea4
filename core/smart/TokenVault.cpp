#include "smart/TokenVault.h"

#include "servers/SecretStore.h"

#include <QJsonDocument>

namespace sightline {

namespace {
constexpr int kFormatVersion = 1;
}

TokenVault::TokenVault(SecretStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store) {}

QString TokenVault::keyFor(const QString& serverId) {
    return QStringLiteral("server/%1/smart-session").arg(serverId);
}

QByteArray TokenVault::serialise(const TokenSet& tokens) {
    QJsonObject json{
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("refresh_token"), QString::fromLatin1(tokens.refreshToken.reveal())},
        {QStringLiteral("scope"), tokens.scopes.all().join(QLatin1Char(' '))},
        {QStringLiteral("patient"), tokens.patient},
        {QStringLiteral("encounter"), tokens.encounter},
        {QStringLiteral("fhirContext"), tokens.fhirContext},
        {QStringLiteral("need_patient_banner"), tokens.needPatientBanner},
        {QStringLiteral("intent"), tokens.intent},
        {QStringLiteral("tenant"), tokens.tenant},
        {QStringLiteral("fhirUser"), tokens.fhirUser},
        {QStringLiteral("sub"), tokens.subject},
        {QStringLiteral("hub.url"), tokens.fhircastHub},
        {QStringLiteral("hub.topic"), tokens.fhircastTopic},
    };
    QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    // The QJsonObject's copy of the refresh token goes with it; `bytes` is handed to the keychain.
    return bytes;
}

Result<TokenSet> TokenVault::deserialise(const QByteArray& stored) {
    const QJsonObject json = QJsonDocument::fromJson(stored).object();
    if (json.value(QStringLiteral("version")).toInt() != kFormatVersion ||
        json.value(QStringLiteral("refresh_token")).toString().isEmpty())
        return Error::make(Error::Kind::MalformedData,
                           tr("The stored session in the keychain is unreadable; log in again"));
    TokenSet tokens;
    tokens.refreshToken =
        SecretBytes(json.value(QStringLiteral("refresh_token")).toString().toLatin1());
    tokens.scopes = SmartScopeSet::parse(json.value(QStringLiteral("scope")).toString());
    tokens.patient = json.value(QStringLiteral("patient")).toString();
    tokens.encounter = json.value(QStringLiteral("encounter")).toString();
    tokens.fhirContext = json.value(QStringLiteral("fhirContext")).toArray();
    tokens.needPatientBanner = json.value(QStringLiteral("need_patient_banner")).toBool();
    tokens.intent = json.value(QStringLiteral("intent")).toString();
    tokens.tenant = json.value(QStringLiteral("tenant")).toString();
    tokens.fhirUser = json.value(QStringLiteral("fhirUser")).toString();
    tokens.subject = json.value(QStringLiteral("sub")).toString();
    tokens.fhircastHub = json.value(QStringLiteral("hub.url")).toString();
    tokens.fhircastTopic = json.value(QStringLiteral("hub.topic")).toString();
    return tokens;
}

void TokenVault::keep(const QString& serverId, const TokenSet& tokens, QObject* context,
                      StatusCallback callback) {
    if (tokens.refreshToken.isEmpty())
        return forget(serverId, context, std::move(callback));
    SecretBytes stored(serialise(tokens));
    m_store->write(keyFor(serverId), stored.reveal(), context, std::move(callback));
}

void TokenVault::restore(const QString& serverId, QObject* context, TokensCallback callback) {
    m_store->read(keyFor(serverId), context,
                  [callback = std::move(callback)](const Result<QByteArray>& stored) {
                      if (!stored)
                          return callback(stored.error());
                      const SecretBytes bytes(stored.value());
                      callback(deserialise(bytes.reveal()));
                  });
}

void TokenVault::forget(const QString& serverId, QObject* context, StatusCallback callback) {
    m_store->remove(keyFor(serverId), context, std::move(callback));
}

} // namespace sightline
