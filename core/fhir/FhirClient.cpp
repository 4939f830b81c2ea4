#include "fhir/FhirClient.h"

#include "common/Clock.h"
#include "common/LogCategories.h"
#include "fhir/OperationOutcome.h"
#include "network/RestCall.h"

#include <QJsonArray>

#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>
#include <memory>
#include <optional>

namespace sightline {

namespace {
const QByteArray kFhirJson = QByteArrayLiteral("application/fhir+json");
const QByteArray kFhirJsonUtf8 = QByteArrayLiteral("application/fhir+json; charset=utf-8");

QUrlQuery toQuery(const QueryParams& params) {
    QUrlQuery query;
    for (const auto& [key, value] : params) {
        // Encode every reserved character ourselves: FHIR values contain '|', ',' and ':'.
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return query;
}
} // namespace

FhirClient::FhirClient(QNetworkAccessManager* network, NetworkRecorder* recorder, QUrl baseUrl,
                       QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_recorder(recorder)
    , m_baseUrl(std::move(baseUrl)) {
    // A base URL without a trailing slash resolves "Patient" relative to its parent; normalise.
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_baseUrl.setPath(path);
}

QUrl FhirClient::resolve(const QString& relativePath, const QueryParams& params) const {
    QUrl url = m_baseUrl;
    // relativePath arrives percent-encoded (ids are encoded by the callers); keep it so.
    QString path = url.path(QUrl::FullyEncoded);
    if (!relativePath.isEmpty())
        path += QLatin1Char('/') + relativePath;
    url.setPath(path, QUrl::TolerantMode);
    if (!params.isEmpty())
        url.setQuery(toQuery(params).query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QUrl FhirClient::nextLink(const QJsonObject& bundle) {
    for (const QJsonValue& value : bundle.value(QLatin1String("link")).toArray()) {
        const QJsonObject link = value.toObject();
        if (link.value(QLatin1String("relation")).toString() == QLatin1String("next"))
            return QUrl(link.value(QLatin1String("url")).toString());
    }
    return {};
}

HttpRequestSpec FhirClient::makeSpec(const QByteArray& method, const QUrl& url) const {
    HttpRequestSpec spec;
    spec.method = method;
    spec.url = url;
    spec.timeoutMs = m_timeoutMs;
    spec.retry = m_retry;
    spec.extraCaCertificates = m_caCertificates;
    spec.headers = m_defaultHeaders;
    if (m_authorizationSource) {
        if (const QByteArray authorization = m_authorizationSource(); !authorization.isEmpty())
            spec.setHeader("Authorization", authorization);
    }
    spec.setHeader("Accept", kFhirJson);
    spec.setHeader("User-Agent", QByteArrayLiteral("Sightline/" SIGHTLINE_VERSION));
    return spec;
}

Result<FhirReply> FhirClient::toReply(const Result<HttpResponse>& result, BodyKind kind) {
    if (!result)
        return result.error();
    const HttpResponse& response = result.value();
    if (!response.isSuccess())
        return OperationOutcome::errorFromResponse(response);

    FhirReply reply;
    reply.status = response.status;
    reply.rawBody = response.body;
    reply.etag = response.header("ETag");
    reply.location = response.header("Location");
    if (reply.location.isEmpty())
        reply.location = response.header("Content-Location");
    reply.lastModified = response.header("Last-Modified");
    reply.contentType = response.header("Content-Type");
    reply.url = response.finalUrl;
    reply.elapsedMs = response.elapsedMs;
    if (response.body.trimmed().isEmpty())
        return reply;

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("The server's answer is not valid JSON"),
                           QStringLiteral("%1 at byte %2; Content-Type %3; starts with: %4")
                               .arg(parseError.errorString())
                               .arg(parseError.offset)
                               .arg(QString::fromLatin1(reply.contentType),
                                    QString::fromUtf8(response.body.left(80)).simplified()),
                           response.status);
    }
    if (!doc.isObject()) {
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("The server's answer is not a JSON object"), {},
                           response.status);
    }
    reply.resource = doc.object();
    if (kind == BodyKind::FhirResource && !reply.resource.contains(QLatin1String("resourceType"))) {
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("The server's answer is not a FHIR resource"),
                           QObject::tr("JSON without resourceType; Content-Type %1")
                               .arg(QString::fromLatin1(reply.contentType)),
                           response.status);
    }
    return reply;
}

RestCall* FhirClient::send(HttpRequestSpec spec, BodyKind kind, QObject* context,
                           FhirCallback callback) {
    FhirInteraction interaction =
        FhirInteraction::classify(spec.method, spec.url, m_baseUrl, spec.body);
    interaction.startedUtc = Clock::system().nowUtc();
    auto* call = new RestCall(m_network, m_recorder, std::move(spec));
    // Both receivers below need the parsed reply; parse it once, in whichever runs first.
    auto cache = std::make_shared<std::optional<Result<FhirReply>>>();
    auto parsed = [cache, kind](const Result<HttpResponse>& result) -> const Result<FhirReply>& {
        if (!cache->has_value())
            cache->emplace(toReply(result, kind));
        return **cache;
    };
    connect(call, &RestCall::finished, this,
            [this, parsed, interaction](const Result<HttpResponse>& result) mutable {
                completeInteraction(interaction, result, parsed(result));
                emit interactionFinished(interaction);
            });
    connect(call, &RestCall::finished, context,
            [callback = std::move(callback), parsed](const Result<HttpResponse>& result) {
                callback(parsed(result));
            });
    // Work for a receiver that no longer exists is wasted bandwidth: stop it. The receiver is
    // still half-alive while `destroyed` is emitted, so unhook its callback before cancelling.
    connect(context, &QObject::destroyed, call, [call, context] {
        disconnect(call, &RestCall::finished, context, nullptr);
        call->cancel();
    });
    call->start();
    return call;
}

void FhirClient::completeInteraction(FhirInteraction& interaction, const Result<HttpResponse>& http,
                                     const Result<FhirReply>& reply) {
    constexpr int kMaxResources = 50;
    interaction.endedUtc = Clock::system().nowUtc();
    interaction.httpStatus = http ? http->status : 0;
    if (!reply) {
        interaction.error = reply.error();
        return;
    }
    const QJsonObject& resource = reply->resource;
    auto addReference = [&](const QJsonObject& r) {
        const QString type = r.value(QLatin1String("resourceType")).toString();
        const QString id = r.value(QLatin1String("id")).toString();
        const QString reference = type + QLatin1Char('/') + id;
        if (!type.isEmpty() && !id.isEmpty() && !interaction.resources.contains(reference) &&
            interaction.resources.size() < kMaxResources)
            interaction.resources << reference;
        if (interaction.patient.isEmpty() && type == QLatin1String("Patient"))
            interaction.patient = reference;
    };
    if (resource.value(QLatin1String("resourceType")).toString() == QLatin1String("Bundle")) {
        for (const QJsonValue& entry : resource.value(QLatin1String("entry")).toArray())
            addReference(entry.toObject().value(QLatin1String("resource")).toObject());
    } else if (interaction.code != QLatin1String("capabilities")) {
        addReference(resource);
    }
}

RestCall* FhirClient::capabilities(QObject* context, FhirCallback callback) {
    return send(makeSpec("GET", resolve(QStringLiteral("metadata"))), BodyKind::FhirResource,
                context, std::move(callback));
}

RestCall* FhirClient::read(const QString& type, const QString& id, QObject* context,
                           FhirCallback callback) {
    const QString path = type + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
    return send(makeSpec("GET", resolve(path)), BodyKind::FhirResource, context,
                std::move(callback));
}

RestCall* FhirClient::vread(const QString& type, const QString& id, const QString& version,
                            QObject* context, FhirCallback callback) {
    const QString path = QStringLiteral("%1/%2/_history/%3")
                             .arg(type, QString::fromLatin1(QUrl::toPercentEncoding(id)),
                                  QString::fromLatin1(QUrl::toPercentEncoding(version)));
    return send(makeSpec("GET", resolve(path)), BodyKind::FhirResource, context,
                std::move(callback));
}

RestCall* FhirClient::search(const QString& type, const QueryParams& params, SearchMethod method,
                             QObject* context, FhirCallback callback) {
    if (method == SearchMethod::Get)
        return send(makeSpec("GET", resolve(type, params)), BodyKind::FhirResource, context,
                    std::move(callback));
    // POST _search keeps search parameters (which may identify a patient) out of URLs and logs.
    HttpRequestSpec spec =
        makeSpec("POST", resolve(type.isEmpty() ? QStringLiteral("_search")
                                                : type + QStringLiteral("/_search")));
    spec.setHeader("Content-Type", QByteArrayLiteral("application/x-www-form-urlencoded"));
    spec.body = toQuery(params).query(QUrl::FullyEncoded).toUtf8();
    return send(std::move(spec), BodyKind::FhirResource, context, std::move(callback));
}

RestCall* FhirClient::fetchPage(const QUrl& pageUrl, QObject* context, FhirCallback callback) {
    const QUrl url = m_baseUrl.resolved(pageUrl);
    if (!RestCall::sameOrigin(url, m_baseUrl)) {
        // Following would send this server's credentials to someone else. Report asynchronously,
        // like every other outcome, and return no call.
        const Error error = Error::make(Error::Kind::InvalidInput,
                                        tr("The server's next-page link points to another origin"),
                                        url.toDisplayString());
        QTimer::singleShot(0, context,
                           [callback = std::move(callback), error] { callback(error); });
        return nullptr;
    }
    return send(makeSpec("GET", url), BodyKind::FhirResource, context, std::move(callback));
}

RestCall* FhirClient::postResource(const QUrl& url, const QByteArray& method,
                                   const QJsonObject& resource, QObject* context,
                                   FhirCallback callback, const HeaderList& extraHeaders) {
    HttpRequestSpec spec = makeSpec(method, url);
    spec.setHeader("Content-Type", kFhirJsonUtf8);
    spec.setHeader("Prefer", QByteArrayLiteral("return=representation"));
    for (const auto& [name, value] : extraHeaders)
        spec.setHeader(name, value);
    spec.body = QJsonDocument(resource).toJson(QJsonDocument::Compact);
    return send(std::move(spec), BodyKind::FhirResource, context, std::move(callback));
}

RestCall* FhirClient::create(const QJsonObject& resource, QObject* context, FhirCallback callback,
                             const QString& ifNoneExist) {
    HeaderList extra;
    if (!ifNoneExist.isEmpty())
        extra.append({"If-None-Exist", ifNoneExist.toUtf8()});
    const QString type = resource.value(QLatin1String("resourceType")).toString();
    return postResource(resolve(type), "POST", resource, context, std::move(callback), extra);
}

RestCall* FhirClient::update(const QJsonObject& resource, QObject* context, FhirCallback callback,
                             const QByteArray& ifMatch) {
    HeaderList extra;
    if (!ifMatch.isEmpty())
        extra.append({"If-Match", ifMatch});
    const QString path =
        resource.value(QLatin1String("resourceType")).toString() + QLatin1Char('/') +
        QString::fromLatin1(
            QUrl::toPercentEncoding(resource.value(QLatin1String("id")).toString()));
    return postResource(resolve(path), "PUT", resource, context, std::move(callback), extra);
}

RestCall* FhirClient::remove(const QString& type, const QString& id, QObject* context,
                             FhirCallback callback) {
    const QString path = type + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
    return send(makeSpec("DELETE", resolve(path)), BodyKind::FhirResource, context,
                std::move(callback));
}

RestCall* FhirClient::transaction(const QJsonObject& bundle, QObject* context,
                                  FhirCallback callback) {
    return postResource(resolve(QString()), "POST", bundle, context, std::move(callback), {});
}

RestCall* FhirClient::operation(const QString& path, const QueryParams& params,
                                const QJsonObject& parameters, QObject* context,
                                FhirCallback callback) {
    if (parameters.isEmpty())
        return send(makeSpec("GET", resolve(path, params)), BodyKind::FhirResource, context,
                    std::move(callback));
    HttpRequestSpec spec = makeSpec("POST", resolve(path, params));
    spec.setHeader("Content-Type", kFhirJsonUtf8);
    spec.body = QJsonDocument(parameters).toJson(QJsonDocument::Compact);
    return send(std::move(spec), BodyKind::FhirResource, context, std::move(callback));
}

RestCall* FhirClient::getJson(const QUrl& url, QObject* context, FhirCallback callback) {
    HttpRequestSpec spec = makeSpec("GET", url);
    spec.setHeader("Accept", QByteArrayLiteral("application/json"));
    if (!RestCall::sameOrigin(url, m_baseUrl))
        spec.removeHeader("Authorization");
    return send(std::move(spec), BodyKind::AnyJson, context, std::move(callback));
}

} // namespace sightline
