#pragma once
// A successful FHIR answer: the resource (or Bundle) and the HTTP metadata that matters.

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

namespace sightline {

struct FhirReply {
    int status = 0;
    QJsonObject resource; // empty for bodiless answers (204)
    QByteArray rawBody;
    QByteArray etag;
    QByteArray location;
    QByteArray lastModified;
    QByteArray contentType;
    QUrl url;
    qint64 elapsedMs = 0;
};

} // namespace sightline
