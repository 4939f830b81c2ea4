#pragma once
// FHIRcast messages for TestFhircastEvent (raw literals stay out of moc's way here).

inline constexpr char kSpecNotification[] = R"({"timestamp": "2018-01-08T01:37:05.14", "id": "q9v3",
              "event": {"hub.topic": "fdb2f928", "hub.event": "imagingstudy-open",
                "context": [
                  {"key": "patient", "resource": {"resourceType": "Patient", "id": "ewUbXT9"}},
                  {"key": "study", "resource": {"resourceType": "ImagingStudy", "id": "8i7tbu6fby5ftfbku6fniuf",
                    "subject": {"reference": "Patient/ewUbXT9"},
                    "identifier": [{"system": "urn:dicom:uid", "value": "urn:oid:2.16.124.113543.6003.1154777499.30246.19789.3503430045"}]}}]}})";
inline constexpr char kNoEvent[] = R"({"id": "1", "timestamp": "2026-01-01T00:00:00Z"})";
inline constexpr char kNoHubEvent[] = R"({"id": "1", "event": {"hub.topic": "t", "context": []}})";
inline constexpr char kNoTopic[] =
    R"({"id": "1", "event": {"hub.event": "Patient-open", "context": []}})";
inline constexpr char kNoId[] =
    R"({"event": {"hub.topic": "t", "hub.event": "Patient-open", "context": []}})";
