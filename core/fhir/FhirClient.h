#pragma once
// Asynchronous FHIR R4 REST client over an injected QNetworkAccessManager. Every call returns the
// RestCall doing the work (cancel() it to abort) and reports to `callback` through `context`,
// so a callback never runs after its receiver is gone. Not thread-safe: use it from the thread
// that owns the QNetworkAccessManager.

#include "common/Result.h"
#include "fhir/FhirInteraction.h"
#include "fhir/FhirReply.h"
#include "network/HttpRequestSpec.h"
#include "network/NetworkRecorder.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace sightline {

class RestCall;

using FhirCallback = std::function<void(const Result<FhirReply>&)>;
using QueryParams = QList<QPair<QString, QString>>; // repeatable keys keep their order

class FhirClient : public QObject {
    Q_OBJECT
public:
    enum class SearchMethod { Get, Post };

    FhirClient(QNetworkAccessManager* network, NetworkRecorder* recorder, QUrl baseUrl,
               QObject* parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retry = policy; }
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) {
        m_caCertificates = certificates;
    }
    // Headers added to every request (e.g. Basic credentials); never logged unredacted.
    void setDefaultHeaders(const HeaderList& headers) { m_defaultHeaders = headers; }
    // Asked for the Authorization value as each request is made (a job on a worker thread whose
    // session renews its token meanwhile); it takes the place of a default Authorization header.
    void setAuthorizationSource(std::function<QByteArray()> source) {
        m_authorizationSource = std::move(source);
    }
    // The Authorization value this client sends (a SMART session's bearer token, Basic …), for
    // DICOMweb endpoints that take the FHIR server's credentials.
    QByteArray authorization() const {
        for (const auto& [name, value] : m_defaultHeaders) {
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }

    RestCall* capabilities(QObject* context, FhirCallback callback);
    RestCall* read(const QString& type, const QString& id, QObject* context, FhirCallback callback);
    RestCall* vread(const QString& type, const QString& id, const QString& version,
                    QObject* context, FhirCallback callback);
    RestCall* search(const QString& type, const QueryParams& params, SearchMethod method,
                     QObject* context, FhirCallback callback);
    // Fetches a Bundle page by its `next` link. A link to another origin is refused: the callback
    // gets an error and no call is returned (nullptr).
    RestCall* fetchPage(const QUrl& pageUrl, QObject* context, FhirCallback callback);
    RestCall* create(const QJsonObject& resource, QObject* context, FhirCallback callback,
                     const QString& ifNoneExist = {});
    RestCall* update(const QJsonObject& resource, QObject* context, FhirCallback callback,
                     const QByteArray& ifMatch = {});
    RestCall* remove(const QString& type, const QString& id, QObject* context,
                     FhirCallback callback);
    // Bundle of type transaction or batch, posted to the base URL.
    RestCall* transaction(const QJsonObject& bundle, QObject* context, FhirCallback callback);
    // `path` is relative to the base: "$export", "Patient/$export", "Patient/123/$everything".
    RestCall* operation(const QString& path, const QueryParams& params,
                        const QJsonObject& parameters, QObject* context, FhirCallback callback);
    // Any JSON document (e.g. .well-known/smart-configuration); resourceType is not required.
    RestCall* getJson(const QUrl& url, QObject* context, FhirCallback callback);

    QUrl resolve(const QString& relativePath, const QueryParams& params = {}) const;
    static QUrl nextLink(const QJsonObject& bundle);

signals:
    // After every call, successful or not: what it was, for the audit trail.
    void interactionFinished(const sightline::FhirInteraction& interaction);

private:
    enum class BodyKind { FhirResource, AnyJson };
    HttpRequestSpec makeSpec(const QByteArray& method, const QUrl& url) const;
    RestCall* send(HttpRequestSpec spec, BodyKind kind, QObject* context, FhirCallback callback);
    RestCall* postResource(const QUrl& url, const QByteArray& method, const QJsonObject& resource,
                           QObject* context, FhirCallback callback, const HeaderList& extraHeaders);
    static Result<FhirReply> toReply(const Result<HttpResponse>& result, BodyKind kind);
    static void completeInteraction(FhirInteraction& interaction, const Result<HttpResponse>& http,
                                    const Result<FhirReply>& reply);

    QNetworkAccessManager* m_network;
    QPointer<NetworkRecorder> m_recorder;
    QUrl m_baseUrl;
    int m_timeoutMs = 30000;
    RetryPolicy m_retry;
    QList<QSslCertificate> m_caCertificates;
    HeaderList m_defaultHeaders;
    std::function<QByteArray()> m_authorizationSource;
};

} // namespace sightline
