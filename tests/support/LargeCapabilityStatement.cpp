#include "support/LargeCapabilityStatement.h"

#include <QJsonArray>

namespace sightline::test {

QJsonObject makeLargeCapabilityStatement(int resourceTypes, int searchParamsPerType) {
    static const char* const realTypes[] = {"Patient",          "ImagingStudy", "Endpoint",
                                            "Consent",          "AuditEvent",   "Observation",
                                            "DiagnosticReport", "Group",        "Practitioner"};
    const char* const interactionCodes[] = {"read",         "vread",  "update",
                                            "patch",        "delete", "history-instance",
                                            "history-type", "create", "search-type"};
    QJsonArray resources;
    for (int t = 0; t < resourceTypes; ++t) {
        const QString type =
            t < 9 ? QString::fromLatin1(realTypes[t]) : QStringLiteral("Resource%1").arg(t);
        QJsonArray interactions;
        for (const char* code : interactionCodes)
            interactions.append(QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)}});
        QJsonArray params;
        if (type == QLatin1String("ImagingStudy") || type == QLatin1String("Consent") ||
            type == QLatin1String("Observation"))
            params.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("patient")},
                                      {QStringLiteral("type"), QStringLiteral("reference")}});
        for (int p = 0; p < searchParamsPerType; ++p) {
            params.append(
                QJsonObject{{QStringLiteral("name"), QStringLiteral("param-%1").arg(p)},
                            {QStringLiteral("type"),
                             p % 3 == 0 ? QStringLiteral("token") : QStringLiteral("string")},
                            {QStringLiteral("definition"),
                             QStringLiteral("http://hl7.org/fhir/SearchParameter/%1-param-%2")
                                 .arg(type)
                                 .arg(p)},
                            {QStringLiteral("documentation"),
                             QStringLiteral("Search %1 by an attribute, as HAPI documents each of "
                                            "its parameters at some length.")
                                 .arg(type)}});
        }
        QJsonArray operations{
            QJsonObject{
                {QStringLiteral("name"), QStringLiteral("validate")},
                {QStringLiteral("definition"),
                 QStringLiteral("http://hl7.org/fhir/OperationDefinition/Resource-validate")}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("meta")},
                        {QStringLiteral("definition"),
                         QStringLiteral("http://hl7.org/fhir/OperationDefinition/Resource-meta")}}};
        if (type == QLatin1String("Patient") || type == QLatin1String("Group"))
            operations.append(QJsonObject{
                {QStringLiteral("name"), QStringLiteral("export")},
                {QStringLiteral("definition"),
                 QStringLiteral(
                     "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/patient-export")}});
        QJsonObject resource{
            {QStringLiteral("type"), type},
            {QStringLiteral("profile"),
             QStringLiteral("http://hl7.org/fhir/StructureDefinition/%1").arg(type)},
            {QStringLiteral("interaction"), interactions},
            {QStringLiteral("versioning"), QStringLiteral("versioned-update")},
            {QStringLiteral("conditionalCreate"), true},
            {QStringLiteral("conditionalUpdate"), true},
            {QStringLiteral("conditionalDelete"), QStringLiteral("multiple")},
            {QStringLiteral("searchInclude"),
             QJsonArray{QStringLiteral("*"), QStringLiteral("%1:subject").arg(type)}},
            {QStringLiteral("searchRevInclude"), QJsonArray{QStringLiteral("Provenance:target")}},
            {QStringLiteral("searchParam"), params},
            {QStringLiteral("operation"), operations}};
        if (type == QLatin1String("ImagingStudy"))
            resource.insert(
                QStringLiteral("searchInclude"),
                QJsonArray{QStringLiteral("*"), QStringLiteral("ImagingStudy:endpoint")});
        resources.append(resource);
    }
    QJsonObject rest{
        {QStringLiteral("mode"), QStringLiteral("server")},
        {QStringLiteral("resource"), resources},
        {QStringLiteral("interaction"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("transaction")}},
                    QJsonObject{{QStringLiteral("code"), QStringLiteral("batch")}},
                    QJsonObject{{QStringLiteral("code"), QStringLiteral("search-system")}}}},
        {QStringLiteral("operation"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("export")}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("reindex")}}}}};
    return {{QStringLiteral("resourceType"), QStringLiteral("CapabilityStatement")},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("kind"), QStringLiteral("instance")},
            {QStringLiteral("fhirVersion"), QStringLiteral("4.0.1")},
            {QStringLiteral("software"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("HAPI FHIR Server")},
                         {QStringLiteral("version"), QStringLiteral("7.4.0")}}},
            {QStringLiteral("format"),
             QJsonArray{QStringLiteral("application/fhir+xml"), QStringLiteral("xml"),
                        QStringLiteral("application/fhir+json"), QStringLiteral("json")}},
            {QStringLiteral("rest"), QJsonArray{rest}}};
}

} // namespace sightline::test
