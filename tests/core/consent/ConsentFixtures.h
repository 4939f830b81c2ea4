#pragma once
// Consent resources shared by the consent tests and the benchmark, written as the JSON a server
// would send. "research" is the example consent of the consent-pattern literature: a research
// organisation may use Observation, Condition, MedicationRequest and DiagnosticReport data for
// healthcare research, except PSY-labelled MedicationRequests and HIV-labelled DiagnosticReports.

#include <QByteArray>
#include <QHash>
#include <QString>

namespace sightline::test {

inline const QHash<QString, QByteArray>& consentFixtures() {
    static const QHash<QString, QByteArray> fixtures{
        {QStringLiteral("research"), R"({
  "resourceType": "Consent", "id": "research", "status": "active",
  "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "research"}]},
  "category": [{"coding": [{"system": "http://loinc.org", "code": "57016-8"}]}],
  "patient": {"reference": "Patient/p1"}, "dateTime": "2026-01-10",
  "policyRule": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "OPTIN"}]},
  "provision": {
    "type": "permit",
    "period": {"start": "2026-01-01", "end": "2027-12-31"},
    "actor": [{"role": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "code": "IRCP"}]},
               "reference": {"reference": "Organization/research-institute"}}],
    "action": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentaction", "code": "access"}]}],
    "purpose": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HRESCH"}],
    "class": [{"system": "http://hl7.org/fhir/resource-types", "code": "Observation"},
              {"system": "http://hl7.org/fhir/resource-types", "code": "Condition"},
              {"system": "http://hl7.org/fhir/resource-types", "code": "MedicationRequest"},
              {"system": "http://hl7.org/fhir/resource-types", "code": "DiagnosticReport"}],
    "provision": [
      {"type": "deny", "class": [{"system": "http://hl7.org/fhir/resource-types", "code": "MedicationRequest"}],
       "securityLabel": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "PSY"}]},
      {"type": "deny", "class": [{"system": "http://hl7.org/fhir/resource-types", "code": "DiagnosticReport"}],
       "securityLabel": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "HIV"}],
       "provision": [{"type": "permit", "purpose": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "CLINTRCH"}],
                      "code": [{"coding": [{"system": "http://loinc.org", "code": "25836-8"}]}]}]}
    ]
  }
})"},
        {QStringLiteral("inactive"), R"({
  "resourceType": "Consent", "id": "inactive", "status": "inactive", "patient": {"reference": "Patient/p1"},
  "provision": {"type": "permit"}
})"},
        {QStringLiteral("deny-all"), R"({
  "resourceType": "Consent", "id": "deny-all", "status": "active", "patient": {"reference": "Patient/p1"},
  "dateTime": "2026-03-01", "provision": {"type": "deny"}
})"},
        {QStringLiteral("permit-all-later"), R"({
  "resourceType": "Consent", "id": "permit-all-later", "status": "active", "patient": {"reference": "Patient/p1"},
  "dateTime": "2026-06-01", "provision": {"type": "permit"}
})"},
        {QStringLiteral("permit-all-same-day"), R"({
  "resourceType": "Consent", "id": "permit-all-same-day", "status": "active", "patient": {"reference": "Patient/p1"},
  "dateTime": "2026-03-01", "provision": {"type": "permit"}
})"},
        {QStringLiteral("labels"), R"({
  "resourceType": "Consent", "id": "labels", "status": "active", "patient": {"reference": "Patient/p1"},
  "provision": {"type": "permit", "provision": [
    {"type": "deny", "securityLabel": [{"system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "V"}]},
    {"type": "deny", "securityLabel": [{"code": "ETH"}]}
  ]}
})"},
        {QStringLiteral("permit-up-to-r"), R"({
  "resourceType": "Consent", "id": "permit-up-to-r", "status": "active", "patient": {"reference": "Patient/p1"},
  "provision": {"type": "deny", "provision": [
    {"type": "permit", "securityLabel": [{"system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "R"}]}
  ]}
})"},
        {QStringLiteral("data"), R"({
  "resourceType": "Consent", "id": "data", "status": "active", "patient": {"reference": "Patient/p1"},
  "provision": {"type": "permit", "provision": [
    {"type": "deny", "data": [{"meaning": "instance", "reference": {"reference": "Observation/secret"}}]},
    {"type": "deny", "data": [{"meaning": "dependents", "reference": {"reference": "https://ehr.example/fhir/Encounter/psych-visit"}}]},
    {"type": "deny", "data": [{"meaning": "related", "reference": {"reference": "DiagnosticReport/panel"}}]},
    {"type": "deny", "data": [{"meaning": "authoredby", "reference": {"reference": "Practitioner/dr-x"}}]}
  ]}
})"},
        {QStringLiteral("imaging-r4"), R"({
  "resourceType": "Consent", "id": "imaging-r4", "status": "active", "patient": {"reference": "Patient/p1"},
  "provision": {"type": "deny", "provision": [
    {"type": "permit", "class": [{"system": "http://hl7.org/fhir/resource-types", "code": "ImagingStudy"}],
     "purpose": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "TREAT"}],
     "dataPeriod": {"start": "2025-01-01"},
     "action": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentaction", "code": "access"}]}]}
  ]}
})"},
        {QStringLiteral("imaging-r5"), R"({
  "resourceType": "Consent", "id": "imaging-r5", "status": "active", "subject": {"reference": "Patient/p1"},
  "date": "2026-02-01", "period": {"start": "2026-01-01", "end": "2026-12-31"},
  "decision": "deny",
  "provision": [
    {"resourceType": [{"system": "http://hl7.org/fhir/fhir-types", "code": "ImagingStudy"}],
     "purpose": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "TREAT"}],
     "provision": [{"securityLabel": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "PSY"}]}]}
  ]
})"},
        {QStringLiteral("siblings"), R"({
  "resourceType": "Consent", "id": "siblings", "status": "active", "patient": {"reference": "Patient/p1"},
  "provision": {"type": "deny", "provision": [
    {"type": "permit", "purpose": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "TREAT"}]},
    {"type": "deny", "code": [{"coding": [{"system": "http://loinc.org", "code": "44261-6"}]}]}
  ]}
})"},
        {QStringLiteral("neutral-root"), R"({
  "resourceType": "Consent", "id": "neutral-root", "status": "active", "patient": {"reference": "Patient/p1"},
  "provision": {"provision": [
    {"type": "permit", "purpose": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "TREAT"}]}
  ]}
})"},
        {QStringLiteral("no-psy-hiv"), R"({
  "resourceType": "Consent", "id": "c", "status": "active", "patient": {"reference": "Patient/p1"},
  "provision": {"type": "permit", "provision": [
    {"type": "deny", "securityLabel": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "PSY"},
                                       {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "HIV"}]}]}
})"},
        {QStringLiteral("role-only"), R"({
  "resourceType": "Consent", "id": "role-only", "status": "active", "patient": {"reference": "Patient/p1"},
  "provision": {"type": "permit", "actor": [{"role": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "PRN"}]}}]}
})"},
    };
    return fixtures;
}

} // namespace sightline::test
