#pragma once
// How Sightline proves who it is at a SMART token endpoint (RFC 6749 §2.3, RFC 7591 names): a
// public client sends its client_id; a confidential symmetric client adds its secret, in an
// HTTP Basic header (client_secret_basic) or in the form (client_secret_post); a confidential
// asymmetric client signs a fresh assertion for each request (private_key_jwt, RFC 7523, as
// SMART's client-confidential-asymmetric). The method is the one the client is registered with
// when the profile says so, else chosen from the server's token_endpoint_auth_methods_supported.
// Value type; the secret never reaches logs.

#include "common/Clock.h"
#include "common/Result.h"
#include "common/SecretBytes.h"
#include "smart/SigningKey.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QUrlQuery;

namespace sightline {

struct HttpRequestSpec;

struct ClientAuthentication {
    Q_DECLARE_TR_FUNCTIONS(ClientAuthentication)

public:
    enum class Method { None, SecretBasic, SecretPost, PrivateKeyJwt };

    QString clientId;
    Method method = Method::None;
    SecretBytes secret;            // for SecretBasic and SecretPost
    std::optional<SigningKey> key; // for PrivateKeyJwt

    static ClientAuthentication publicClient(QString clientId);
    // `registered`: "client_secret_basic", "client_secret_post", "private_key_jwt", or empty to
    // choose a secret method from
    // `serverMethods`: Basic when the server lists it or lists nothing (RFC 8414 §2), Post when
    // it lists only that. Anything else is refused with the reason.
    static Result<Method> chooseMethod(const QString& registered, const QStringList& serverMethods);
    static QString methodName(Method method);

    // Puts the client's identity on a token, refresh or revocation request; `clock` dates a
    // signed assertion.
    void apply(HttpRequestSpec& request, QUrlQuery& form,
               const Clock& clock = Clock::system()) const;
};

} // namespace sightline
