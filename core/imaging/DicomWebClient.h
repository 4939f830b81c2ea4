#pragma once
// DICOMweb (PS3.18) against one service base: QIDO-RS searches (studies, series, instances;
// `includefield` repeated or comma-joined per server quirk, `limit`, `offset`), WADO-RS
// retrieval streamed through the multipart reader (parts handed on as they arrive), `/metadata`
// and `/rendered`. Credentials are set once here (the one place DICOMweb requests get them).
// Every request goes through RestCall (timeouts, 429/503 + Retry-After, redirects, recording,
// cancel). Lives on the thread of its QNetworkAccessManager; callbacks run there too.

#include "common/Result.h"
#include "imaging/MultipartReader.h"
#include "network/RestCall.h"
#include "servers/ServerProfile.h"

#include <QImage>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace sightline {

class NetworkRecorder;

struct QidoQuery {
    QList<QPair<QString, QString>> match; // e.g. {"PatientID", "SL-1001"}
    QStringList includeFields;            // keywords or tags
    int limit = 0;                        // 0: the server's default
    int offset = 0;
};

class DicomWebClient : public QObject {
    Q_OBJECT
public:
    using JsonListCallback = std::function<void(const Result<QList<QJsonObject>>&)>;
    using ImageCallback = std::function<void(const Result<QImage>&)>;
    // How a retrieval ended, how many parts it delivered (also when it failed part-way), and
    // whether the server said it left some out (206 Partial Content).
    using RetrieveCallback = std::function<void(const Status& status, int parts, bool partial)>;

    DicomWebClient(QNetworkAccessManager* network, NetworkRecorder* recorder, QUrl serviceBase,
                   QObject* parent = nullptr);

    // "Bearer …" or "Basic …"; empty for none (e.g. a capability URL).
    void setAuthorization(const QByteArray& value) { m_authorization = value; }
    void setQuirks(const ServerQuirks& quirks) { m_quirks = quirks; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    const QUrl& serviceBase() const { return m_base; }

    RestCall* searchStudies(const QidoQuery& query, QObject* context, JsonListCallback callback);
    RestCall* searchSeries(const QString& study, const QidoQuery& query, QObject* context,
                           JsonListCallback callback);
    RestCall* searchInstances(const QString& study, const QString& series, const QidoQuery& query,
                              QObject* context, JsonListCallback callback);
    RestCall* metadata(const QString& study, const QString& series, QObject* context,
                       JsonListCallback callback);
    // Study (series and instance empty), series, or instance retrieval.
    RestCall* retrieve(const QString& study, const QString& series, const QString& instance,
                       MultipartReader::PartHandler onPart, QObject* context,
                       RetrieveCallback done);
    // A server-rendered image in one media type (`mediaType`, one of renderedMediaTypes()).
    // One type per request: servers refuse a list they cannot match whole (Orthanc answers 400
    // to "image/jpeg, image/png").
    RestCall* rendered(const QString& study, const QString& series, const QString& instance,
                       int viewport, const QByteArray& mediaType, QObject* context,
                       ImageCallback callback);
    // The types to ask `/rendered` for, in order of preference.
    static QList<QByteArray> renderedMediaTypes();
    // Whether an error from `/rendered` in one type is worth asking again in the next one.
    static bool mayRenderInAnotherType(const Error& error);

    QUrl url(const QString& study, const QString& series = {}, const QString& instance = {}) const;
    QByteArray retrieveAccept() const;
    // Maps a non-2xx DICOMweb answer to an Error a user can act on.
    static Error errorFor(const HttpResponse& response, const QUrl& url);
    // The first value of a DICOM JSON attribute ("0020000D" → the Study Instance UID).
    static QString value(const QJsonObject& dataset, const char* tag);

private:
    RestCall* qido(const QString& path, const QidoQuery& query, QObject* context,
                   JsonListCallback callback);
    HttpRequestSpec request(const QUrl& url, const QByteArray& accept) const;

    QNetworkAccessManager* m_network;
    QPointer<NetworkRecorder> m_recorder;
    QUrl m_base;
    QByteArray m_authorization;
    ServerQuirks m_quirks;
    int m_timeoutMs = 60000;
};

} // namespace sightline
