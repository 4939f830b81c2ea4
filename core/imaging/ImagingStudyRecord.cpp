#include "imaging/ImagingStudyRecord.h"

#include "cache/ImageCache.h"
#include "consent/SecurityLabels.h"

#include <QJsonArray>
#include <QObject>

namespace sightline {

QString ImagingStudyRecord::stripOid(const QString& value) {
    return value.startsWith(QLatin1String("urn:oid:")) ? value.mid(8) : value;
}

std::optional<ImagingEndpoint> ImagingStudyRecord::endpointFor(const QString& seriesUid) const {
    for (const ImagingSeriesRecord& s : series) {
        if (s.uid == seriesUid && s.endpoint)
            return s.endpoint;
    }
    return endpoint;
}

namespace {

QString referenceKey(const QString& reference) {
    // "https://x/fhir/Endpoint/1" and "Endpoint/1" name the same resource.
    const QStringList parts = reference.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 2)
        return parts[parts.size() - 2] + QLatin1Char('/') + parts.last();
    return reference;
}

// The first usable DICOMweb endpoint among `references`; `missing` gets those not at hand.
std::optional<ImagingEndpoint> pick(const QJsonArray& references, const QJsonObject& study,
                                    const QHash<QString, QJsonObject>& endpoints,
                                    QStringList* written, QStringList* missing, QString* problem) {
    std::optional<ImagingEndpoint> chosen;
    for (const QJsonValue r : references) {
        const QString reference = r.toObject().value(QLatin1String("reference")).toString();
        if (written)
            written->append(reference);
        QJsonObject resource;
        if (reference.startsWith(QLatin1Char('#'))) {
            for (const QJsonValue c : study.value(QLatin1String("contained")).toArray()) {
                if (QLatin1Char('#') + c.toObject().value(QLatin1String("id")).toString() ==
                    reference)
                    resource = c.toObject();
            }
        } else {
            resource = endpoints.value(referenceKey(reference));
        }
        if (resource.isEmpty()) {
            if (!reference.startsWith(QLatin1Char('#')))
                missing->append(referenceKey(reference));
            continue;
        }
        auto endpoint = ImagingEndpoint::fromResource(resource, reference);
        if (!endpoint) {
            *problem = endpoint.error().message;
            continue;
        }
        if (!endpoint->isDicomWeb()) {
            *problem = QObject::tr("The endpoint %1 is not DICOMweb (%2)")
                           .arg(reference, endpoint->connectionType);
            continue;
        }
        if (!chosen)
            chosen = endpoint.value();
    }
    return chosen;
}

} // namespace

ImagingStudyRecord
ImagingStudyResolver::fromResource(const QJsonObject& json,
                                   const QHash<QString, QJsonObject>& endpoints) {
    ImagingStudyRecord s;
    s.fhirId = json.value(QLatin1String("id")).toString();
    s.securityLabels = SecurityLabels::fromResource(json);
    for (const QJsonValue v : json.value(QLatin1String("identifier")).toArray()) {
        const QJsonObject id = v.toObject();
        const QString system = id.value(QLatin1String("system")).toString();
        const QString value = id.value(QLatin1String("value")).toString();
        const QString typeCode = id.value(QLatin1String("type"))
                                     .toObject()
                                     .value(QLatin1String("coding"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("code"))
                                     .toString();
        if (system == QLatin1String("urn:dicom:uid") ||
            (s.studyUid.isEmpty() && value.startsWith(QLatin1String("urn:oid:"))))
            s.studyUid = ImagingStudyRecord::stripOid(value);
        else if (typeCode == QLatin1String("ACSN"))
            s.accession = value;
    }
    s.patientReference = json.value(QLatin1String("subject"))
                             .toObject()
                             .value(QLatin1String("reference"))
                             .toString();
    s.started = QDateTime::fromString(json.value(QLatin1String("started")).toString(), Qt::ISODate);
    for (const QJsonValue m : json.value(QLatin1String("modality")).toArray())
        s.modalities << m.toObject().value(QLatin1String("code")).toString();
    s.description = json.value(QLatin1String("description")).toString();
    s.numberOfSeries = json.value(QLatin1String("numberOfSeries")).toInt();
    s.numberOfInstances = json.value(QLatin1String("numberOfInstances")).toInt();

    QStringList missing;
    s.endpoint = pick(json.value(QLatin1String("endpoint")).toArray(), json, endpoints,
                      &s.endpointReferences, &missing, &s.problem);
    for (const QJsonValue v : json.value(QLatin1String("series")).toArray()) {
        const QJsonObject o = v.toObject();
        ImagingSeriesRecord series;
        series.uid = ImagingStudyRecord::stripOid(o.value(QLatin1String("uid")).toString());
        series.number = o.value(QLatin1String("number")).toInt();
        series.modality =
            o.value(QLatin1String("modality")).toObject().value(QLatin1String("code")).toString();
        series.description = o.value(QLatin1String("description")).toString();
        series.numberOfInstances = o.value(QLatin1String("numberOfInstances")).toInt();
        QString seriesProblem;
        series.endpoint = pick(o.value(QLatin1String("endpoint")).toArray(), json, endpoints,
                               nullptr, &missing, &seriesProblem);
        s.series.append(series);
    }
    if (s.studyUid.isEmpty())
        s.problem = QObject::tr("The ImagingStudy has no DICOM Study Instance UID");
    else if (!ImageCache::isValidUid(s.studyUid))
        // Such a value can name no study at any archive, and it must never become a cache path.
        s.problem = QObject::tr("The ImagingStudy's Study Instance UID \"%1\" is not a DICOM "
                                "UID (digits separated by dots)")
                        .arg(s.studyUid.left(80));
    else if (!s.endpoint && s.problem.isEmpty() && missing.isEmpty())
        s.problem = QObject::tr("The ImagingStudy names no DICOMweb endpoint");
    else if (s.endpoint)
        s.problem.clear(); // a usable endpoint was found among several
    if (s.numberOfSeries == 0)
        s.numberOfSeries = int(s.series.size());
    return s;
}

ImagingStudyResolver::Resolution
ImagingStudyResolver::fromBundle(const QJsonObject& bundle,
                                 const QList<QJsonObject>& separatelyRead) {
    QHash<QString, QJsonObject> endpoints;
    for (const QJsonObject& e : separatelyRead)
        endpoints.insert(QStringLiteral("Endpoint/") + e.value(QLatin1String("id")).toString(), e);
    QList<QJsonObject> studies;
    for (const QJsonValue e : bundle.value(QLatin1String("entry")).toArray()) {
        const QJsonObject resource = e.toObject().value(QLatin1String("resource")).toObject();
        const QString type = resource.value(QLatin1String("resourceType")).toString();
        if (type == QLatin1String("Endpoint"))
            endpoints.insert(QStringLiteral("Endpoint/") +
                                 resource.value(QLatin1String("id")).toString(),
                             resource);
        else if (type == QLatin1String("ImagingStudy"))
            studies.append(resource);
    }
    Resolution out;
    for (const QJsonObject& study : std::as_const(studies)) {
        ImagingStudyRecord record = fromResource(study, endpoints);
        // References not in the bundle are read separately, then resolved again.
        for (const QString& ref : std::as_const(record.endpointReferences)) {
            const QString key = referenceKey(ref);
            if (!ref.startsWith(QLatin1Char('#')) && !endpoints.contains(key) &&
                !out.unresolved.contains(key))
                out.unresolved << key;
        }
        for (const QJsonValue s : study.value(QLatin1String("series")).toArray()) {
            for (const QJsonValue r : s.toObject().value(QLatin1String("endpoint")).toArray()) {
                const QString ref = r.toObject().value(QLatin1String("reference")).toString();
                const QString key = referenceKey(ref);
                if (!ref.startsWith(QLatin1Char('#')) && !endpoints.contains(key) &&
                    !out.unresolved.contains(key))
                    out.unresolved << key;
            }
        }
        out.studies.append(record);
    }
    return out;
}

} // namespace sightline
