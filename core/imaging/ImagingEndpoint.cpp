#include "imaging/ImagingEndpoint.h"

#include "network/RestCall.h"

#include <QJsonArray>
#include <QObject>

namespace sightline {

namespace {
constexpr auto kRequiresAccessToken =
    "http://fhir.org/argonaut/StructureDefinition/requires-access-token";
}

QPair<QUrl, QString> ImagingEndpoint::normaliseAddress(const QUrl& address) {
    QUrl base =
        address.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = base.path();
    QString study;
    // The first "/studies/": what follows it is the study's own path, never part of the base.
    const qsizetype at = path.indexOf(QLatin1String("/studies/"));
    if (at >= 0) {
        study = path.mid(at + 9).section(QLatin1Char('/'), 0, 0);
        path.truncate(at);
    } else if (path.endsWith(QLatin1String("/studies"))) {
        path.chop(8);
    }
    while (path.endsWith(QLatin1Char('/'))) // "…/dicom-web//studies/…"
        path.chop(1);
    base.setPath(path);
    return {base, study};
}

Result<ImagingEndpoint> ImagingEndpoint::fromResource(const QJsonObject& json,
                                                      const QString& reference) {
    if (json.value(QLatin1String("resourceType")).toString() != QLatin1String("Endpoint"))
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("%1 is not an Endpoint").arg(reference));
    ImagingEndpoint e;
    e.reference = reference.isEmpty()
                      ? QStringLiteral("Endpoint/") + json.value(QLatin1String("id")).toString()
                      : reference;
    e.name = json.value(QLatin1String("name")).toString();
    e.connectionType = json.value(QLatin1String("connectionType"))
                           .toObject()
                           .value(QLatin1String("code"))
                           .toString();
    const QString status = json.value(QLatin1String("status")).toString();
    if (!status.isEmpty() && status != QLatin1String("active"))
        return Error::make(
            Error::Kind::Unsupported,
            QObject::tr("The endpoint %1 is not active (%2)").arg(e.reference, status));
    const QUrl address(json.value(QLatin1String("address")).toString());
    if (!address.isValid() || address.host().isEmpty() ||
        (address.scheme() != QLatin1String("https") && address.scheme() != QLatin1String("http")))
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("The endpoint %1 has no http(s) address").arg(e.reference));
    std::tie(e.serviceBase, e.studyUid) = normaliseAddress(address);
    for (const QJsonValue ext : json.value(QLatin1String("extension")).toArray()) {
        const QJsonObject o = ext.toObject();
        if (o.value(QLatin1String("url")).toString() == QLatin1String(kRequiresAccessToken))
            e.requiresAccessToken = o.value(QLatin1String("valueBoolean")).toBool();
    }
    return e;
}

bool ImagingEndpoint::isDicomWeb() const {
    return connectionType == QLatin1String("dicom-wado-rs") ||
           connectionType == QLatin1String("dicom-qido-rs");
}

ImagingEndpoint::Auth ImagingEndpoint::authFor(const QUrl& fhirBase) const {
    if (requiresAccessToken.has_value())
        return *requiresAccessToken ? Auth::FhirToken : Auth::None;
    // Not said: the FHIR token belongs to its own origin only.
    return RestCall::sameOrigin(serviceBase, fhirBase) ? Auth::FhirToken : Auth::Profile;
}

} // namespace sightline
