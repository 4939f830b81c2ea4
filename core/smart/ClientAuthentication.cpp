#include "smart/ClientAuthentication.h"

#include "network/HttpRequestSpec.h"
#include "smart/ClientAssertion.h"

#include <QDateTime>

#include <QUrl>
#include <QUrlQuery>

namespace sightline {

namespace {
constexpr auto kBasic = "client_secret_basic";
constexpr auto kPost = "client_secret_post";
constexpr auto kPrivateKeyJwt = "private_key_jwt";
constexpr auto kAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
} // namespace

ClientAuthentication ClientAuthentication::publicClient(QString clientId) {
    ClientAuthentication auth;
    auth.clientId = std::move(clientId);
    return auth;
}

QString ClientAuthentication::methodName(Method method) {
    switch (method) {
    case Method::SecretBasic:
        return QLatin1String(kBasic);
    case Method::SecretPost:
        return QLatin1String(kPost);
    case Method::PrivateKeyJwt:
        return QLatin1String(kPrivateKeyJwt);
    case Method::None:
        break;
    }
    return QStringLiteral("none");
}

Result<ClientAuthentication::Method>
ClientAuthentication::chooseMethod(const QString& registered, const QStringList& serverMethods) {
    if (registered == QLatin1String(kBasic))
        return Method::SecretBasic;
    if (registered == QLatin1String(kPost))
        return Method::SecretPost;
    if (registered == QLatin1String(kPrivateKeyJwt)) {
        if (!serverMethods.isEmpty() && !serverMethods.contains(QLatin1String(kPrivateKeyJwt)))
            return Error::make(Error::Kind::Unsupported,
                               tr("The server accepts no signed client assertion "
                                  "(private_key_jwt) at its token endpoint"),
                               tr("It accepts: %1").arg(serverMethods.join(QLatin1String(", "))));
        return Method::PrivateKeyJwt;
    }
    if (!registered.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           tr("Unknown client authentication method: %1").arg(registered));
    if (serverMethods.isEmpty() || serverMethods.contains(QLatin1String(kBasic)))
        return Method::SecretBasic;
    if (serverMethods.contains(QLatin1String(kPost)))
        return Method::SecretPost;
    return Error::make(Error::Kind::Unsupported,
                       tr("The server accepts no client secret at its token endpoint"),
                       tr("It accepts: %1").arg(serverMethods.join(QLatin1String(", "))));
}

void ClientAuthentication::apply(HttpRequestSpec& request, QUrlQuery& form,
                                 const Clock& clock) const {
    auto encoded = [](const QString& text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    switch (method) {
    case Method::SecretBasic: {
        // RFC 6749 §2.3.1: both parts form-encoded before Base64; no client_id in the body
        // (one means of authentication per request).
        const QByteArray pair = QUrl::toPercentEncoding(clientId) + ':' +
                                QUrl::toPercentEncoding(QString::fromUtf8(secret.reveal()));
        request.setHeader("Authorization", "Basic " + pair.toBase64());
        return;
    }
    case Method::SecretPost:
        form.addQueryItem(QStringLiteral("client_id"), encoded(clientId));
        form.addQueryItem(QStringLiteral("client_secret"),
                          encoded(QString::fromUtf8(secret.reveal())));
        return;
    case Method::PrivateKeyJwt: {
        // A new assertion for every request (its jti is single-use), addressed to the endpoint
        // it goes to. Without a usable key the request goes without one and the server refuses
        // it with its reason.
        form.addQueryItem(QStringLiteral("client_id"), encoded(clientId));
        const auto assertion =
            key ? ClientAssertion::create(*key, clientId, request.url, clock.nowUtc())
                : Result<QByteArray>(Error::make(Error::Kind::InvalidInput, QString()));
        if (assertion) {
            form.addQueryItem(QStringLiteral("client_assertion_type"),
                              encoded(QLatin1String(kAssertionType)));
            form.addQueryItem(QStringLiteral("client_assertion"),
                              QString::fromLatin1(assertion.value()));
        }
        return;
    }
    case Method::None:
        form.addQueryItem(QStringLiteral("client_id"), encoded(clientId));
        return;
    }
}

} // namespace sightline
