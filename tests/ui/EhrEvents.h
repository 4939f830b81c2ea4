#pragma once
// FHIRcast events the EHR publishes in TestMainWindow (raw literals stay out of moc's way).

inline constexpr char kEhrOpensGarcia[] =
    R"json({"event": {"hub.topic": "sandbox-session", "hub.event": "Patient-open",
            "context": [{"key": "patient", "resource": {"resourceType": "Patient", "id": "pat-garcia"}}]}})json";
inline constexpr char kStudyOfAnotherPatient[] =
    R"json({"event": {"hub.topic": "sandbox-session", "hub.event": "ImagingStudy-open",
            "context": [{"key": "patient", "resource": {"resourceType": "Patient", "id": "pat-mueller"}},
              {"key": "study", "resource": {"resourceType": "ImagingStudy", "id": "x",
                "subject": {"reference": "Patient/pat-garcia"},
                "identifier": [{"system": "urn:dicom:uid", "value": "urn:oid:1.2.3"}]}}]}})json";
