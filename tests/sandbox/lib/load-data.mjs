// Load data for benchmarks: one patient with a long imaging history (--load-studies N), as
// FHIR ImagingStudy resources only. Their UIDs are not in Orthanc: the list, its sorting and
// scrolling are what is measured, not retrieval.
import { IDENTIFIER_SYSTEM, UID_ROOT } from './roster.mjs';

export const LOAD_PATIENT = { id: 'pat-load', mrn: 'SL-9000', family: 'Loadtest', given: ['Lara'] };

const MODALITIES = [
  ['CT', 'CT CHEST WITHOUT CONTRAST'],
  ['MR', 'MR BRAIN WITH AND WITHOUT CONTRAST'],
  ['CR', 'XR CHEST 2 VIEWS'],
  ['US', 'US ABDOMEN COMPLETE'],
  ['NM', 'NM BONE SCAN WHOLE BODY'],
  ['MG', 'MG SCREENING BILATERAL'],
];
const DCM = 'http://dicom.nema.org/resources/ontology/DCM';

function put(resource) {
  return { fullUrl: `${resource.resourceType}/${resource.id}`, resource, request: { method: 'PUT', url: `${resource.resourceType}/${resource.id}` } };
}

function study(i) {
  const [modality, description] = MODALITIES[i % MODALITIES.length];
  const seriesCount = 1 + (i % 4);
  // One study every four days, going back from the end of 2026.
  const started = new Date(Date.UTC(2026, 11, 31, 8 + (i % 9), (i * 7) % 60) - i * 4 * 86400000);
  const uid = `${UID_ROOT}.9.${i + 1}`;
  return {
    resourceType: 'ImagingStudy',
    id: `load-study-${i + 1}`,
    identifier: [
      { system: 'urn:dicom:uid', value: `urn:oid:${uid}` },
      { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'ACSN' }] }, value: `LOAD${String(i + 1).padStart(6, '0')}` },
    ],
    status: 'available',
    modality: [{ system: DCM, code: modality }],
    subject: { reference: `Patient/${LOAD_PATIENT.id}` },
    started: started.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    numberOfSeries: seriesCount,
    numberOfInstances: seriesCount * (10 + (i % 50)),
    description: `${description} #${i + 1}`,
    endpoint: [{ reference: 'Endpoint/orthanc-dicomweb' }],
    series: Array.from({ length: seriesCount }, (_, s) => ({
      uid: `${uid}.${s + 1}`,
      number: s + 1,
      modality: { system: DCM, code: modality },
      description: `Series ${s + 1}`,
      numberOfInstances: 10 + (i % 50),
    })),
  };
}

// Transactions of at most 50 entries: Medplum's router refuses larger ones.
export function buildLoadBundles(count) {
  const patient = {
    resourceType: 'Patient',
    id: LOAD_PATIENT.id,
    identifier: [{ use: 'usual', system: IDENTIFIER_SYSTEM, value: LOAD_PATIENT.mrn }],
    active: true,
    name: [{ use: 'official', family: LOAD_PATIENT.family, given: LOAD_PATIENT.given }],
    gender: 'female',
    birthDate: '1950-05-05',
  };
  const entries = [patient, ...Array.from({ length: count }, (_, i) => study(i))].map(put);
  const bundles = [];
  for (let i = 0; i < entries.length; i += 50)
    bundles.push({ resourceType: 'Bundle', type: 'transaction', entry: entries.slice(i, i + 50) });
  return bundles;
}
