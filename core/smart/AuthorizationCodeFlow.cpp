#include "smart/AuthorizationCodeFlow.h"

#include "common/LogCategories.h"
#include "smart/LoopbackListener.h"
#include "smart/TokenEndpointClient.h"

#include <QUrlQuery>

namespace sightline {

AuthorizationCodeFlow::AuthorizationCodeFlow(QNetworkAccessManager* network,
                                             NetworkRecorder* recorder, SmartConfiguration smart,
                                             AuthorizationRequest request, UrlOpener opener,
                                             QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_recorder(recorder)
    , m_smart(std::move(smart))
    , m_request(std::move(request))
    , m_opener(std::move(opener))
    , m_listener(new LoopbackListener(this))
    , m_tokens(
          new TokenEndpointClient(network, recorder, m_request.clientId, Clock::system(), this)) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(Error::make(Error::Kind::Timeout, tr("The login was not completed in time")));
    });
}

AuthorizationCodeFlow::~AuthorizationCodeFlow() = default;

QUrl AuthorizationCodeFlow::authorizeUrl(const SmartConfiguration& smart,
                                         const AuthorizationRequest& request,
                                         const QUrl& redirectUri, const QByteArray& state,
                                         const QByteArray& codeChallenge) {
    QUrl url = smart.authorizationEndpoint;
    QUrlQuery query(url);
    auto add = [&](const QString& key, const QString& value) {
        query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), request.clientId);
    add(QStringLiteral("redirect_uri"), redirectUri.toString());
    QStringList scopes = request.scopes;
    if (!request.launch.isEmpty() && !scopes.contains(QLatin1String("launch")))
        scopes << QStringLiteral("launch");
    add(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    add(QStringLiteral("state"), QString::fromLatin1(state));
    add(QStringLiteral("aud"), request.fhirBase.toString());
    add(QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!request.launch.isEmpty())
        add(QStringLiteral("launch"), request.launch);
    url.setQuery(query);
    return url;
}

void AuthorizationCodeFlow::setClientAuthentication(const ClientAuthentication& client) {
    m_tokens->setClientAuthentication(client);
}

void AuthorizationCodeFlow::start() {
    if (m_smart.authorizationEndpoint.isEmpty() || m_smart.tokenEndpoint.isEmpty())
        return finish(Error::make(Error::Kind::Unsupported,
                                  tr("The server publishes no authorization or token endpoint")));
    if (m_smart.source == SmartConfiguration::Source::WellKnown && !m_smart.supportsS256())
        return finish(Error::make(
            Error::Kind::Unsupported,
            tr("The server does not offer PKCE with S256; Sightline will not log in without it")));
    if (const Status s = m_listener->listen(m_request.redirectPort); !s)
        return finish(s.error());
    m_pkce = PkcePair::generate();
    m_state = OAuthRandom::urlSafe(16); // 128 bits
    m_listener->expect(m_state, m_smart.issuer);
    connect(m_listener, &LoopbackListener::received, this,
            [this](const Result<AuthorizationResponse>& response) {
                if (!response)
                    return finish(response.error());
                m_tokens->exchangeCode(m_smart.tokenEndpoint, response->code,
                                       m_listener->redirectUri(), m_pkce.verifier, this,
                                       [this](const Result<TokenSet>& tokens) { finish(tokens); });
            });
    const QUrl url =
        authorizeUrl(m_smart, m_request, m_listener->redirectUri(), m_state, m_pkce.challenge);
    m_timeout.start(m_request.timeoutMs);
    qCInfo(lcSmart) << "Opening the login page of" << m_smart.authorizationEndpoint.host();
    const bool opened = m_opener(url);
    if (!opened)
        qCInfo(lcSmart) << "No browser could be opened; waiting for the login page to be opened "
                           "elsewhere";
    emit loginPageReady(url, opened);
}

void AuthorizationCodeFlow::cancel() {
    finish(Error::make(Error::Kind::Cancelled, tr("Login cancelled")));
}

void AuthorizationCodeFlow::finish(const Result<TokenSet>& result) {
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_listener->close();
    m_pkce = PkcePair{};
    emit finished(result);
}

} // namespace sightline
