#include "smart/TokenEndpointClient.h"

#include "network/NetworkRecorder.h"
#include "network/RestCall.h"

#include <QJsonDocument>

namespace sightline {

TokenEndpointClient::TokenEndpointClient(QNetworkAccessManager* network, NetworkRecorder* recorder,
                                         QString clientId, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_recorder(recorder)
    , m_client(ClientAuthentication::publicClient(std::move(clientId)))
    , m_clock(clock) {}

void TokenEndpointClient::post(
    const QUrl& endpoint, QUrlQuery form, QObject* context,
    std::function<void(const Result<QPair<int, QByteArray>>&)> callback) {
    HttpRequestSpec spec;
    spec.method = "POST";
    spec.url = endpoint;
    spec.setHeader("Content-Type", "application/x-www-form-urlencoded");
    spec.setHeader("Accept", "application/json");
    // A Backend Services request authenticates with its assertion alone.
    if (form.hasQueryItem(QStringLiteral("client_assertion")))
        form.addQueryItem(QStringLiteral("client_id"), m_client.clientId);
    else
        m_client.apply(spec, form, m_clock);
    // Token requests are never repeated automatically: a code is single-use. Nor redirected:
    // the body carries the code, the refresh token or the client secret, which must not follow
    // a redirect to another site.
    spec.retry = RetryPolicy::none();
    spec.maxRedirects = 0;
    // QUrlQuery leaves '+' alone; encode it so servers do not read it as a space.
    spec.body =
        form.query(QUrl::FullyEncoded).replace(QLatin1Char('+'), QStringLiteral("%2B")).toUtf8();
    auto* call = new RestCall(m_network, m_recorder, spec, m_clock);
    connect(call, &RestCall::finished, context,
            [callback = std::move(callback)](const Result<HttpResponse>& r) {
                if (!r)
                    callback(r.error());
                else
                    callback(QPair<int, QByteArray>(r->status, r->body));
            });
    call->start();
}

void TokenEndpointClient::postForTokens(const QUrl& endpoint, const QUrlQuery& form,
                                        QObject* context, TokenCallback callback) {
    post(endpoint, form, context,
         [this, callback = std::move(callback)](const Result<QPair<int, QByteArray>>& r) {
             if (!r)
                 return callback(r.error());
             if (r->first != 200)
                 return callback(TokenSet::fromErrorResponse(r->first, r->second));
             callback(TokenSet::fromTokenResponse(QJsonDocument::fromJson(r->second).object(),
                                                  m_clock.nowUtc()));
         });
}

void TokenEndpointClient::exchangeCode(const QUrl& tokenEndpoint, const QByteArray& code,
                                       const QUrl& redirectUri, const QByteArray& codeVerifier,
                                       QObject* context, TokenCallback callback) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"),
                      QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(code))));
    form.addQueryItem(QStringLiteral("redirect_uri"),
                      QString::fromUtf8(QUrl::toPercentEncoding(redirectUri.toString())));
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier));
    postForTokens(tokenEndpoint, form, context, std::move(callback));
}

void TokenEndpointClient::refresh(const QUrl& tokenEndpoint, const SecretBytes& refreshToken,
                                  const QString& scope, QObject* context, TokenCallback callback) {
    if (refreshToken.isEmpty()) {
        callback(Error::make(Error::Kind::Authorization,
                             tr("No refresh token was granted; log in again")));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(
        QStringLiteral("refresh_token"),
        QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(refreshToken.reveal()))));
    if (!scope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"),
                          QString::fromUtf8(QUrl::toPercentEncoding(scope)));
    postForTokens(tokenEndpoint, form, context, std::move(callback));
}

void TokenEndpointClient::clientCredentials(const QUrl& tokenEndpoint, const QByteArray& assertion,
                                            const QString& scope, QObject* context,
                                            TokenCallback callback) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("scope"), QString::fromUtf8(QUrl::toPercentEncoding(scope)));
    form.addQueryItem(QStringLiteral("client_assertion_type"),
                      QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral(
                          "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"))));
    form.addQueryItem(QStringLiteral("client_assertion"), QString::fromLatin1(assertion));
    postForTokens(tokenEndpoint, form, context, std::move(callback));
}

void TokenEndpointClient::revoke(const QUrl& revocationEndpoint, const SecretBytes& token,
                                 const QString& tokenTypeHint, QObject* context,
                                 std::function<void(const Status&)> callback) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), QString::fromUtf8(QUrl::toPercentEncoding(
                                                   QString::fromUtf8(token.reveal()))));
    form.addQueryItem(QStringLiteral("token_type_hint"), tokenTypeHint);
    post(revocationEndpoint, form, context,
         [callback = std::move(callback)](const Result<QPair<int, QByteArray>>& r) {
             if (!r)
                 return callback(r.error());
             if (r->first != 200)
                 return callback(TokenSet::fromErrorResponse(r->first, r->second));
             callback(Done{});
         });
}

} // namespace sightline
