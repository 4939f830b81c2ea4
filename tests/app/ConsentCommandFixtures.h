#pragma once
// The consent and resource files TestConsentCommand writes for `consent evaluate`.

#include <QByteArray>
#include <QList>
#include <QPair>

inline QList<QPair<const char*, QByteArray>> consentCommandFiles() {
    return {
        {"consent.json", R"({"resourceType": "Consent", "id": "c1", "status": "active",
          "patient": {"reference": "Patient/p1"},
          "provision": {"type": "permit",
            "purpose": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "TREAT"}],
            "actor": [{"role": {"coding": [{"code": "IRCP"}]}, "reference": {"reference": "Organization/x"}}],
            "provision": [{"type": "deny", "securityLabel": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "PSY"}]}]}})"},
        {"psy.json",
         R"({"resourceType": "Observation", "id": "o1", "subject": {"reference": "Patient/p1"},
          "meta": {"security": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "PSY"}]}})"},
        {"plain.json",
         R"({"resourceType": "Observation", "id": "o2", "subject": {"reference": "Patient/p1"}})"},
        {"bad-consent.json",
         R"({"resourceType": "Consent", "provision": {"type": "permit", "period": {"start": "tomorrow"}}})"},
    };
}
