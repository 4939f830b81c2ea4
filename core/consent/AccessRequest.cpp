#include "consent/AccessRequest.h"

#include "consent/PurposeOfUse.h"
#include "consent/SecurityLabels.h"
#include "fhir/FhirDate.h"

#include <QJsonArray>

namespace sightline {

namespace {

void collectReferences(const QJsonValue& value, QStringList& into, int depth = 0) {
    if (depth > 64)
        return; // pathological nesting; references that deep are not clinical links
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectReferences(item, into, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("reference") && it.value().isString()) {
            const QString local = AccessRequest::localReference(it.value().toString());
            if (!local.isEmpty() && !into.contains(local))
                into << local;
        } else if (it.key() != QLatin1String("contained")) {
            collectReferences(it.value(), into, depth + 1);
        }
    }
}

} // namespace

void AccessRequest::setPurposes(const QList<Coding>& purposes) {
    m_purposes = purposes;
    m_purposeClosure.clear();
    for (const Coding& purpose : purposes) {
        m_purposeClosure << purpose;
        if (!purpose.system.isEmpty() && purpose.system != PurposeOfUse::system)
            continue;
        const QStringList ancestry = PurposeOfUse::ancestry(purpose.code);
        for (qsizetype i = 1; i < ancestry.size(); ++i)
            m_purposeClosure << Coding{PurposeOfUse::system, ancestry.at(i), {}};
    }
}

QString AccessRequest::localReference(const QString& reference) {
    if (reference.startsWith(u'#') || reference.startsWith(QLatin1String("urn:")))
        return reference;
    QStringList parts = reference.split(u'/', Qt::SkipEmptyParts);
    const qsizetype history = parts.indexOf(QStringLiteral("_history"));
    if (history >= 0)
        parts = parts.mid(0, history);
    if (parts.size() < 2)
        return reference;
    return parts.at(parts.size() - 2) + u'/' + parts.last();
}

qint64 AccessRequest::clinicalDate(const QJsonObject& resource) {
    static const char* const fields[] = {"effectiveDateTime", "effectiveInstant",   "issued",
                                         "authoredOn",        "onsetDateTime",      "recordedDate",
                                         "started",           "performedDateTime",  "date",
                                         "created",           "occurrenceDateTime", "dateTime"};
    for (const char* field : fields) {
        const QJsonValue value = resource.value(QLatin1String(field));
        if (value.isString()) {
            if (const auto date = FhirDate::parse(value.toString()))
                return date->firstMs;
        }
    }
    for (const char* field : {"effectivePeriod", "performedPeriod", "period"}) {
        const QString start = resource.value(QLatin1String(field))
                                  .toObject()
                                  .value(QLatin1String("start"))
                                  .toString();
        if (const auto date = FhirDate::parse(start))
            return date->firstMs;
    }
    return noDate;
}

void AccessRequest::describe(const QJsonObject& resource) {
    open &= quint8(~(OpenCode | OpenDataDate)); // known from the resource now
    resourceType = resource.value(QLatin1String("resourceType")).toString();
    const QString id = resource.value(QLatin1String("id")).toString();
    resourceReference = id.isEmpty() ? QString() : resourceType + u'/' + id;
    codes.clear();
    for (const char* field : {"code", "type", "medicationCodeableConcept", "vaccineCode"})
        codes << Coding::fromConcept(resource.value(QLatin1String(field)).toObject());
    for (const char* field : {"category", "modality"}) {
        const QJsonValue value = resource.value(QLatin1String(field));
        for (const QJsonValue& item : value.isArray() ? value.toArray() : QJsonArray{value}) {
            const QJsonObject object = item.toObject();
            if (object.contains(QLatin1String("coding")))
                codes << Coding::fromConcept(object);
            else if (object.contains(QLatin1String("code")))
                codes << Coding::fromJson(object); // ImagingStudy.modality is a Coding in R4
        }
    }
    securityLabels = SecurityLabels::fromResource(resource);
    resourceDateMs = clinicalDate(resource);
    references.clear();
    collectReferences(resource, references);
    references.removeAll(resourceReference);
    authors.clear();
    for (const char* field : {"author", "recorder", "requester", "asserter", "performer"}) {
        QStringList found;
        collectReferences(resource.value(QLatin1String(field)), found);
        authors << found;
    }
    patient.clear();
    for (const char* field : {"subject", "patient"}) {
        const QString ref = resource.value(QLatin1String(field))
                                .toObject()
                                .value(QLatin1String("reference"))
                                .toString();
        if (!ref.isEmpty()) {
            patient = localReference(ref);
            break;
        }
    }
    if (resourceType == QLatin1String("Patient"))
        patient = resourceReference;
}

} // namespace sightline
