#pragma once
// Resources full of identifying data for TestFhirDeidentifier (kept in a header: raw string
// literals in a test's .cpp confuse moc).

namespace sightline::test {

inline constexpr char patientJson[] = R"({
  "resourceType": "Patient", "id": "pat-anna",
  "meta": {"lastUpdated": "2024-05-06T07:08:09.123Z"},
  "text": {"status": "generated", "div": "<div>Anna Maria Beispiel, born 1961-02-03</div>"},
  "identifier": [{"system": "urn:oid:1.2.36.146.595.217.0.1", "value": "MRN-4711"}],
  "name": [{"family": "Beispiel", "given": ["Anna", "Maria"]}],
  "telecom": [{"system": "phone", "value": "+49 30 1234567"}],
  "gender": "female",
  "birthDate": "1961-02-03",
  "_birthDate": {"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/patient-birthTime",
                               "valueDateTime": "1961-02-03T04:05:06+01:00"}]},
  "address": [{"line": ["Lindenstraße 12"], "city": "Berlin", "postalCode": "10115"}],
  "photo": [{"contentType": "image/png", "data": "iVBORw0KGgo="}],
  "contact": [{"name": {"family": "Beispiel", "given": ["Otto"]},
               "telecom": [{"system": "phone", "value": "+49 30 7654321"}]}],
  "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName",
                 "valueString": "Mustermann"},
                {"url": "http://example.org/favourite-colour", "valueString": "green"}],
  "link": [{"other": {"reference": "Patient/pat-anna-old"}, "type": "replaces"}],
  "generalPractitioner": [{"reference": "Practitioner/dr-weiss", "display": "Dr. Eva Weiss"}]
})";

inline constexpr char observationJson[] = R"({
  "resourceType": "Observation", "id": "obs-1",
  "status": "final",
  "code": {"coding": [{"system": "http://loinc.org", "code": "718-7"}], "text": "Hemoglobin"},
  "subject": {"reference": "https://fhir.example-hospital.org/r4/Patient/pat-anna/_history/3",
              "display": "Anna Maria Beispiel"},
  "performer": [{"reference": "Practitioner/dr-weiss", "display": "Dr. Eva Weiss"}],
  "effectiveDateTime": "2023-07-14T09:30:00+02:00",
  "issued": "2023-07-14T10:00:00.000Z",
  "effectivePeriod": {"start": "2023-07", "end": "2023"},
  "valueQuantity": {"value": 13.2, "unit": "g/dL"},
  "note": [{"authorString": "Nurse Bert", "text": "Patient Anna said she felt dizzy"}],
  "identifier": [{"value": "LAB-99-1234"}]
})";

inline constexpr char otherPatientObservationJson[] = R"({
  "resourceType": "Observation", "id": "obs-2", "status": "final",
  "code": {"text": "Weight"},
  "subject": {"reference": "Patient/pat-nguyen"},
  "effectiveDateTime": "2023-07-14"
})";

} // namespace sightline::test
