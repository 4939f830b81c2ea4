// The sandbox's FHIR sample data, consistent with the generated DICOM studies: patients,
// imaging studies and their endpoints, consents, labelled clinical resources and a Group.
import { IDENTIFIER_SYSTEM, patients } from './roster.mjs';

const CONF = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';
const ACT = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';

const INLINE_LABEL = 'http://hl7.org/fhir/uv/security-label-ds4p/StructureDefinition/extension-inline-sec-label';

const label = {
  R: { system: CONF, code: 'R', display: 'restricted' },
  V: { system: CONF, code: 'V', display: 'very restricted' },
  N: { system: CONF, code: 'N', display: 'normal' },
  PSY: { system: ACT, code: 'PSY', display: 'psychiatry information sensitivity' },
  HIV: { system: ACT, code: 'HIV', display: 'HIV/AIDS information sensitivity' },
  ETH: { system: ACT, code: 'ETH', display: 'substance abuse information sensitivity' },
};

function put(resource) {
  return { fullUrl: `${resource.resourceType}/${resource.id}`, resource, request: { method: 'PUT', url: `${resource.resourceType}/${resource.id}` } };
}

function patientResource(p) {
  return {
    resourceType: 'Patient',
    id: p.id,
    identifier: [{ use: 'usual', type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] }, system: IDENTIFIER_SYSTEM, value: p.mrn }],
    active: true,
    name: [{ use: 'official', family: p.family, given: p.given }],
    gender: p.gender,
    birthDate: p.birthDate,
  };
}

function endpointResource(id, name, address) {
  return {
    resourceType: 'Endpoint',
    id,
    status: 'active',
    name,
    connectionType: { system: 'http://terminology.hl7.org/CodeSystem/endpoint-connection-type', code: 'dicom-wado-rs' },
    payloadType: [{ text: 'DICOM' }],
    payloadMimeType: ['application/dicom'],
    address,
    extension: [{ url: 'http://fhir.org/argonaut/StructureDefinition/requires-access-token', valueBoolean: false }],
  };
}

function dicomDateTime(date, time) {
  return `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}Z`;
}

function imagingStudyResource(study, index, dicomWeb) {
  const id = `study-${index + 1}`;
  const resource = {
    resourceType: 'ImagingStudy',
    id,
    identifier: [
      { system: 'urn:dicom:uid', value: `urn:oid:${study.uid}` },
      { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'ACSN' }] }, value: study.accession },
    ],
    status: 'available',
    modality: [{ system: 'http://dicom.nema.org/resources/ontology/DCM', code: study.modality }],
    subject: { reference: `Patient/${study.patient.id}` },
    started: dicomDateTime(study.date, study.time),
    numberOfSeries: study.series.length,
    numberOfInstances: study.series.reduce((n, s) => n + s.slices, 0),
    description: study.description,
    series: study.series.map((s) => ({
      uid: s.uid,
      number: s.number,
      modality: { system: 'http://dicom.nema.org/resources/ontology/DCM', code: study.modality },
      description: s.description,
      numberOfInstances: s.slices,
    })),
  };
  // Confidentiality on every study; the chips in the Studies panel show it.
  resource.meta = { security: [index === 1 ? label.R : label.N] };
  if (study.endpointStyle === 'contained') {
    resource.contained = [endpointResource('ep', 'Contained Orthanc DICOMweb', dicomWeb)];
    resource.endpoint = [{ reference: '#ep' }];
  } else {
    resource.endpoint = [{ reference: 'Endpoint/orthanc-dicomweb' }];
  }
  if (study.endpointStyle === 'series-override') {
    // The second series names a study-level URL endpoint of its own; clients must normalise it.
    resource.series[1].endpoint = [{ reference: 'Endpoint/orthanc-study-url' }];
  }
  return resource;
}

function consentResources() {
  const [p1, p2, p3, p4, p5] = patients;
  const base = (id, patient, extra) => ({
    resourceType: 'Consent',
    id,
    status: 'active',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: { reference: `Patient/${patient.id}` },
    dateTime: '2026-01-15T10:00:00Z',
    policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN' }] },
    ...extra,
  });
  return [
    base('consent-mueller-research', p1, {
      provision: {
        type: 'permit',
        period: { start: '2026-01-01', end: '2027-12-31' },
        purpose: [{ system: REASON, code: 'TREAT' }, { system: REASON, code: 'HRESCH' }],
        actor: [{ role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP' }] }, reference: { reference: 'Organization/radiology' } }],
        action: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentaction', code: 'access' }] }],
        provision: [
          {
            type: 'deny',
            securityLabel: [label.PSY, label.ETH],
            purpose: [{ system: REASON, code: 'HRESCH' }],
            provision: [{ type: 'permit', purpose: [{ system: REASON, code: 'ETREAT' }] }],
          },
        ],
      },
    }),
    base('consent-garcia-imaging-only', p2, {
      provision: {
        type: 'deny',
        provision: [
          {
            type: 'permit',
            class: [{ system: 'http://hl7.org/fhir/resource-types', code: 'ImagingStudy' }],
            purpose: [{ system: REASON, code: 'TREAT' }],
            dataPeriod: { start: '2025-01-01' },
          },
        ],
      },
    }),
    base('consent-oconnor-expired', p3, {
      status: 'inactive',
      provision: { type: 'permit', period: { start: '2020-01-01', end: '2024-12-31' }, purpose: [{ system: REASON, code: 'TREAT' }] },
    }),
    base('consent-nguyen-hiv-deny', p4, {
      provision: {
        type: 'permit',
        provision: [
          { type: 'deny', securityLabel: [label.HIV, label.V] },
          { type: 'deny', data: [{ meaning: 'dependents', reference: { reference: 'DiagnosticReport/report-nguyen-hiv' } }] },
        ],
      },
    }),
    base('consent-bjork-optout', p5, { policyRule: { coding: [{ system: ACT, code: 'OPTOUT' }] }, provision: { type: 'deny', purpose: [{ system: REASON, code: 'HRESCH' }] } }),
  ];
}

function clinicalResources() {
  const [p1, p2, p3, p4, p5] = patients;
  const subject = (p) => ({ reference: `Patient/${p.id}` });
  const meta = (...labels) => ({ security: labels });
  return [
    { resourceType: 'Observation', id: 'obs-mueller-hb', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '718-7', display: 'Hemoglobin' }] }, subject: subject(p1), valueQuantity: { value: 13.9, unit: 'g/dL', system: 'http://unitsofmeasure.org', code: 'g/dL' }, meta: meta(label.N),
      // An element-level label (DS4P inline security label): consent previews redact this note alone.
      note: [{ text: 'Drawn before the morning clinic.' }, { text: 'Patient mentions low mood since the winter; see the PHQ-9.', extension: [{ url: INLINE_LABEL, valueCoding: label.PSY }] }] },
    { resourceType: 'Observation', id: 'obs-mueller-phq9', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '44261-6', display: 'PHQ-9 total score' }] }, subject: subject(p1), valueInteger: 14, meta: meta(label.R, label.PSY) },
    { resourceType: 'Observation', id: 'obs-garcia-audit', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '75624-7', display: 'AUDIT total score' }] }, subject: subject(p2), valueInteger: 9, meta: meta(label.R, label.ETH) },
    { resourceType: 'Condition', id: 'cond-nguyen-hiv', clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] }, code: { coding: [{ system: 'http://snomed.info/sct', code: '86406008', display: 'HIV infection' }] }, subject: subject(p4), meta: meta(label.V, label.HIV) },
    { resourceType: 'Condition', id: 'cond-oconnor-depression', clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] }, code: { coding: [{ system: 'http://snomed.info/sct', code: '35489007', display: 'Depressive disorder' }] }, subject: subject(p3), meta: meta(label.R, label.PSY) },
    { resourceType: 'MedicationRequest', id: 'med-nguyen-art', status: 'active', intent: 'order', medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '1999563', display: 'bictegravir / emtricitabine / tenofovir alafenamide' }] }, subject: subject(p4), meta: meta(label.V, label.HIV) },
    { resourceType: 'MedicationRequest', id: 'med-garcia-naltrexone', status: 'active', intent: 'order', medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '7243', display: 'naltrexone' }] }, subject: subject(p2), meta: meta(label.R, label.ETH) },
    { resourceType: 'DiagnosticReport', id: 'report-mueller-ct', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '24627-2', display: 'CT Chest' }] }, subject: subject(p1), conclusion: 'No acute cardiopulmonary findings.', imagingStudy: [{ reference: 'ImagingStudy/study-1' }], meta: meta(label.N) },
    { resourceType: 'DiagnosticReport', id: 'report-mueller-screening', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '89204-2', display: 'Patient Health Questionnaire-9' }] }, subject: subject(p1), result: [{ reference: 'Observation/obs-mueller-phq9', display: 'PHQ-9 total score' }], conclusion: 'Screening completed.', meta: meta(label.N) },
    { resourceType: 'DiagnosticReport', id: 'report-nguyen-hiv', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '25836-8', display: 'HIV 1 RNA' }] }, subject: subject(p4), conclusion: 'Viral load undetectable.', meta: meta(label.V, label.HIV) },
    { resourceType: 'DocumentReference', id: 'doc-oconnor-psych', status: 'current', type: { coding: [{ system: 'http://loinc.org', code: '11488-4', display: 'Consult note' }] }, subject: subject(p3), content: [{ attachment: { contentType: 'text/plain', data: Buffer.from('Psychiatry consult note (sample).').toString('base64') } }], meta: meta(label.R, label.PSY) },
    { resourceType: 'DocumentReference', id: 'doc-bjork-discharge', status: 'current', type: { coding: [{ system: 'http://loinc.org', code: '18842-5', display: 'Discharge summary' }] }, subject: subject(p5), content: [{ attachment: { contentType: 'text/plain', data: Buffer.from('Discharge summary (sample).').toString('base64') } }], meta: meta(label.N) },
    { resourceType: 'Organization', id: 'radiology', name: 'Sightline General Hospital Radiology' },
    { resourceType: 'Group', id: 'export-cohort', type: 'person', actual: true, name: 'Sandbox export cohort', member: patients.map((p) => ({ entity: subject(p) })) },
  ];
}

export function buildSampleBundle({ studies, dicomWeb }) {
  const studyUrl = studies.find((s) => s.endpointStyle === 'series-override');
  const entries = [
    ...patients.map(patientResource),
    endpointResource('orthanc-dicomweb', 'Sandbox Orthanc DICOMweb', dicomWeb),
    endpointResource('orthanc-study-url', 'Sandbox Orthanc DICOMweb (study URL)', `${dicomWeb}/studies/${studyUrl.uid}`),
    ...studies.map((s, i) => imagingStudyResource(s, i, dicomWeb)),
    ...consentResources(),
    ...clinicalResources(),
  ].map(put);
  return { resourceType: 'Bundle', type: 'transaction', entry: entries };
}
