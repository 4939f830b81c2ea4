#include "viewers/IidUrl.h"

#include "cache/ImageCache.h"

#include <QObject>
#include <QRegularExpression>

namespace sightline {

namespace {

QByteArray encoded(const QString& value) {
    return QUrl::toPercentEncoding(value);
}

QByteArray encodedList(const QStringList& values) {
    QByteArrayList parts;
    for (const QString& v : values)
        parts << encoded(v);
    return parts.join(',');
}

QString xmlDateTime(const QDateTime& dt) {
    return dt.toString(Qt::ISODate);
}

} // namespace

Result<QUrl> IidUrl::build(const QUrl& viewerBase, const IidRequest& request) {
    if (!viewerBase.isValid() || viewerBase.scheme().isEmpty() || viewerBase.host().isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("The IID viewer needs an absolute base URL"));
    QList<QPair<QByteArray, QByteArray>> params;
    const auto add = [&](const QByteArray& name, const QByteArray& value) {
        params.append(qMakePair(name, value));
    };
    if (request.type == IidRequest::Type::Study) {
        add("requestType", "STUDY");
        if (request.studyUids.isEmpty() == request.accessionNumber.isEmpty())
            return Error::make(Error::Kind::InvalidInput,
                               QObject::tr("An IID study request names study UIDs or an "
                                           "accession number (one of the two)"));
        for (const QString& uid : request.studyUids) {
            if (!ImageCache::isValidUid(uid))
                return Error::make(Error::Kind::InvalidInput,
                                   QObject::tr("Not a DICOM UID: %1").arg(uid.left(80)));
        }
        if (!request.studyUids.isEmpty())
            add("studyUID", encodedList(request.studyUids));
        else
            add("accessionNumber", encoded(request.accessionNumber));
    } else {
        add("requestType", "PATIENT");
        if (request.patientId.isEmpty())
            return Error::make(Error::Kind::InvalidInput,
                               QObject::tr("An IID patient request needs a patient id"));
        QString cx = request.patientId;
        cx.replace(QLatin1Char('^'), QStringLiteral("\\S\\")); // HL7 v2 escape inside a CX
        if (!request.assigningAuthority.isEmpty())
            cx += QStringLiteral("^^^") + request.assigningAuthority;
        add("patientID", encoded(cx));
        if (!request.patientName.isEmpty())
            add("patientName", encoded(request.patientName));
        if (request.patientBirthDate.isValid())
            add("patientBirthDate",
                request.patientBirthDate.toString(QStringLiteral("yyyyMMdd")).toLatin1());
        if (request.lowerDateTime.isValid())
            add("lowerDateTime", encoded(xmlDateTime(request.lowerDateTime)));
        if (request.upperDateTime.isValid())
            add("upperDateTime", encoded(xmlDateTime(request.upperDateTime)));
        if (request.mostRecentResults < 0)
            return Error::make(Error::Kind::InvalidInput,
                               QObject::tr("mostRecentResults must be a positive number"));
        if (request.mostRecentResults > 0)
            add("mostRecentResults", QByteArray::number(request.mostRecentResults));
        static const QRegularExpression modality(QStringLiteral("^[A-Z0-9_]{1,16}$"));
        for (const QString& m : request.modalitiesInStudy) {
            if (!modality.match(m).hasMatch())
                return Error::make(Error::Kind::InvalidInput,
                                   QObject::tr("Not a DICOM modality: %1").arg(m.left(20)));
        }
        if (!request.modalitiesInStudy.isEmpty())
            add("modalitiesInStudy", encodedList(request.modalitiesInStudy));
    }
    if (!request.viewerType.isEmpty())
        add("viewerType", encoded(request.viewerType));
    if (request.diagnosticQuality)
        add("diagnosticQuality", *request.diagnosticQuality ? "true" : "false");
    if (request.keyImagesOnly)
        add("keyImagesOnly", *request.keyImagesOnly ? "true" : "false");

    QByteArray query;
    for (const auto& [name, value] : params)
        query += (query.isEmpty() ? "" : "&") + name + '=' + value;
    QUrl url =
        viewerBase.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    url.setPath(url.path() + QStringLiteral("/IHEInvokeImageDisplay"));
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

} // namespace sightline
