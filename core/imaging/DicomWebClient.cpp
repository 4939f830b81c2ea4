#include "imaging/DicomWebClient.h"

#include "network/NetworkRecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <memory>

namespace sightline {

DicomWebClient::DicomWebClient(QNetworkAccessManager* network, NetworkRecorder* recorder,
                               QUrl serviceBase, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_recorder(recorder)
    , m_base(serviceBase.adjusted(QUrl::StripTrailingSlash)) {}

QUrl DicomWebClient::url(const QString& study, const QString& series,
                         const QString& instance) const {
    QString path = m_base.path();
    if (!study.isEmpty())
        path += QStringLiteral("/studies/") + study;
    if (!series.isEmpty())
        path += QStringLiteral("/series/") + series;
    if (!instance.isEmpty())
        path += QStringLiteral("/instances/") + instance;
    QUrl u = m_base;
    u.setPath(path);
    return u;
}

QByteArray DicomWebClient::retrieveAccept() const {
    // transfer-syntax=* asks for what is stored (no server-side transcoding); the quoting of
    // `type` is a per-server setting because some servers accept only one form.
    return m_quirks.quoteMultipartType
               ? QByteArrayLiteral(
                     "multipart/related; type=\"application/dicom\"; transfer-syntax=*")
               : QByteArrayLiteral("multipart/related; type=application/dicom; transfer-syntax=*");
}

QString DicomWebClient::value(const QJsonObject& dataset, const char* tag) {
    const QJsonValue v = dataset.value(QLatin1String(tag))
                             .toObject()
                             .value(QLatin1String("Value"))
                             .toArray()
                             .first();
    if (v.isObject())
        return v.toObject().value(QLatin1String("Alphabetic")).toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}

HttpRequestSpec DicomWebClient::request(const QUrl& url, const QByteArray& accept) const {
    HttpRequestSpec spec;
    spec.url = url;
    spec.timeoutMs = m_timeoutMs;
    spec.setHeader("Accept", accept);
    if (!m_authorization.isEmpty())
        spec.setHeader("Authorization", m_authorization);
    return spec;
}

Error DicomWebClient::errorFor(const HttpResponse& response, const QUrl& url) {
    const QString where = url.host();
    switch (response.status) {
    case 401:
        return Error::make(Error::Kind::Authorization,
                           QObject::tr("%1 wants credentials for DICOMweb (log in, or check the "
                                       "server profile)")
                               .arg(where),
                           {}, 401);
    case 403:
        return Error::make(Error::Kind::Authorization,
                           QObject::tr("%1 refused access to these images").arg(where), {}, 403);
    case 404:
        return Error::make(Error::Kind::NotFound,
                           QObject::tr("%1 does not have these images").arg(where), {}, 404);
    case 406:
    case 415:
        return Error::make(
            Error::Kind::Unsupported,
            QObject::tr("%1 cannot send the images in the form asked for").arg(where),
            QString::fromUtf8(response.body.left(300)), response.status);
    case 503:
        return Error::make(Error::Kind::Http,
                           QObject::tr("%1 is busy and asked to try later").arg(where), {}, 503);
    default:
        return Error::make(Error::Kind::Http,
                           QObject::tr("%1 answered %2").arg(where).arg(response.status),
                           QString::fromUtf8(response.body.left(300)), response.status);
    }
}

RestCall* DicomWebClient::qido(const QString& path, const QidoQuery& query, QObject* context,
                               JsonListCallback callback) {
    QUrl u = m_base;
    u.setPath(m_base.path() + path);
    QUrlQuery q;
    for (const auto& [key, value] : query.match)
        q.addQueryItem(key, value);
    // Some servers (Orthanc) ignore an encoded comma: one includefield per field by default.
    if (m_quirks.repeatIncludeField) {
        for (const QString& field : query.includeFields)
            q.addQueryItem(QStringLiteral("includefield"), field);
    } else if (!query.includeFields.isEmpty()) {
        q.addQueryItem(QStringLiteral("includefield"), query.includeFields.join(QLatin1Char(',')));
    }
    if (query.limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    if (query.offset > 0)
        q.addQueryItem(QStringLiteral("offset"), QString::number(query.offset));
    u.setQuery(q);
    auto* call = new RestCall(m_network, m_recorder, request(u, "application/dicom+json"));
    connect(call, &RestCall::finished, context,
            [callback = std::move(callback), u](const Result<HttpResponse>& r) {
                if (!r)
                    return callback(r.error());
                if (r->status == 204)
                    return callback(QList<QJsonObject>{}); // no matches
                if (!r->isSuccess())
                    return callback(errorFor(r.value(), u));
                QJsonParseError parseError;
                const QJsonDocument doc = QJsonDocument::fromJson(r->body, &parseError);
                if (!doc.isArray())
                    return callback(
                        Error::make(Error::Kind::MalformedData,
                                    QObject::tr("The DICOMweb answer is not a DICOM JSON array"),
                                    parseError.errorString()));
                QList<QJsonObject> out;
                for (const QJsonValue v : doc.array())
                    out.append(v.toObject());
                callback(out);
            });
    call->start();
    return call;
}

RestCall* DicomWebClient::searchStudies(const QidoQuery& query, QObject* context,
                                        JsonListCallback callback) {
    return qido(QStringLiteral("/studies"), query, context, std::move(callback));
}

RestCall* DicomWebClient::searchSeries(const QString& study, const QidoQuery& query,
                                       QObject* context, JsonListCallback callback) {
    return qido(QStringLiteral("/studies/%1/series").arg(study), query, context,
                std::move(callback));
}

RestCall* DicomWebClient::searchInstances(const QString& study, const QString& series,
                                          const QidoQuery& query, QObject* context,
                                          JsonListCallback callback) {
    return qido(QStringLiteral("/studies/%1/series/%2/instances").arg(study, series), query,
                context, std::move(callback));
}

RestCall* DicomWebClient::metadata(const QString& study, const QString& series, QObject* context,
                                   JsonListCallback callback) {
    const QString path = series.isEmpty()
                             ? QStringLiteral("/studies/%1/metadata").arg(study)
                             : QStringLiteral("/studies/%1/series/%2/metadata").arg(study, series);
    return qido(path, {}, context, std::move(callback));
}

RestCall* DicomWebClient::retrieve(const QString& study, const QString& series,
                                   const QString& instance, MultipartReader::PartHandler onPart,
                                   QObject* context, RetrieveCallback done) {
    const QUrl u = url(study, series, instance);
    auto* call = new RestCall(m_network, m_recorder, request(u, retrieveAccept()));
    // The reader is made when the first body bytes arrive (the boundary is in the headers).
    struct Stream {
        std::unique_ptr<MultipartReader> reader;
    };
    auto stream = std::make_shared<Stream>();
    call->setBodySink([stream, onPart](const QByteArray& contentType, QIODevice& body) -> Status {
        if (!stream->reader) {
            const auto boundary = MultipartReader::boundaryOf(contentType);
            if (!boundary)
                return boundary.error();
            stream->reader = std::make_unique<MultipartReader>(boundary.value(), onPart);
        }
        return stream->reader->feed(body);
    });
    connect(call, &RestCall::finished, context,
            [stream, done = std::move(done), u](const Result<HttpResponse>& r) {
                const int parts = stream->reader ? stream->reader->partsDelivered() : 0;
                if (!r)
                    return done(r.error(), parts, false);
                if (!r->isSuccess())
                    return done(errorFor(r.value(), u), parts, false);
                if (!stream->reader) // a 2xx without a body
                    return done(Error::make(Error::Kind::MalformedData,
                                            QObject::tr("The server sent no images")),
                                parts, false);
                const Status end = stream->reader->finish();
                done(end, stream->reader->partsDelivered(), r->status == 206);
            });
    call->start();
    return call;
}

QList<QByteArray> DicomWebClient::renderedMediaTypes() {
    return {QByteArrayLiteral("image/jpeg"), QByteArrayLiteral("image/png")};
}

bool DicomWebClient::mayRenderInAnotherType(const Error& error) {
    // 400 is what servers answer to an Accept they do not parse or support; 406/415 the
    // standard's answers for a type they cannot produce.
    return error.httpStatus == 400 || error.httpStatus == 406 || error.httpStatus == 415;
}

RestCall* DicomWebClient::rendered(const QString& study, const QString& series,
                                   const QString& instance, int viewport,
                                   const QByteArray& mediaType, QObject* context,
                                   ImageCallback callback) {
    QUrl u = url(study, series, instance);
    u.setPath(u.path() + QStringLiteral("/rendered"));
    if (viewport > 0)
        u.setQuery(QStringLiteral("viewport=%1,%1").arg(viewport));
    auto* call = new RestCall(m_network, m_recorder, request(u, mediaType));
    connect(call, &RestCall::finished, context,
            [callback = std::move(callback), u](const Result<HttpResponse>& r) {
                if (!r)
                    return callback(r.error());
                if (!r->isSuccess())
                    return callback(errorFor(r.value(), u));
                QImage image;
                if (!image.loadFromData(r->body))
                    return callback(Error::make(Error::Kind::MalformedData,
                                                QObject::tr("The rendered image is unreadable")));
                callback(image);
            });
    call->start();
    return call;
}

} // namespace sightline
