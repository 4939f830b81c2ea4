// Writes the fuzz targets' seed corpora (tests/fuzz/corpus/<Target>/) from the sandbox's own
// data: its CapabilityStatement and SMART configuration, patients, ImagingStudies, Endpoints and
// Consents, NDJSON as its Bulk Data export serves it, and the smallest generated DICOM instance
// of each transfer syntax (alone and in a WADO-RS multipart body). AuditEvents are written as
// Sightline's audit trail writes them. Run after the sandbox's DICOM has been generated once:
//   node --experimental-websocket tests/fuzz/collect-seeds.mjs [sandbox-cache-dir]
// (the cache defaults to build/sandbox-cache; the flag is for the sandbox libraries it imports).
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCapabilityStatement } from '../sandbox/lib/capability-statement.mjs';
import { buildSampleBundle } from '../sandbox/lib/sample-data.mjs';
import { buildStudies } from '../sandbox/lib/roster.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const cache = path.resolve(process.argv[2] ?? path.join(root, 'build/sandbox-cache'));
const corpus = path.join(here, 'corpus');
const fhirBase = 'http://127.0.0.1:8080/fhir';
const dicomWeb = 'http://127.0.0.1:8042/dicom-web';
const NUL = Buffer.from([0]);

const seeds = {};
function seed(target, ...pieces) {
  const bytes = Buffer.concat(pieces.flatMap((p, i) => [i ? NUL : Buffer.alloc(0), toBytes(p)]));
  (seeds[target] ??= []).push(bytes);
}
function toBytes(value) {
  if (Buffer.isBuffer(value)) return value;
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));
}

// Capabilities
// (cut to the resource types Sightline asks about: the full list is 270 kB, slow to mutate)
const asked = new Set(['Patient', 'ImagingStudy', 'Endpoint', 'Consent', 'AuditEvent', 'Group', 'Provenance']);
const trimmed = (statement) => ({ ...statement, rest: statement.rest?.map((r) => ({ ...r, resource: r.resource?.filter((x) => asked.has(x.type)) })) });
const smart = JSON.parse(readFileSync(path.join(root, 'tests/data/sandbox-smart-configuration.json')));
seed('FuzzCapabilityStatement', trimmed(JSON.parse(readFileSync(path.join(root, 'tests/data/sandbox-capability-statement.json')))), smart);
seed('FuzzCapabilityStatement', trimmed(buildCapabilityStatement({ fhirBase, smartConfiguration: null })), '{}');
seed('FuzzCapabilityStatement', trimmed(buildCapabilityStatement({ fhirBase, smartConfiguration: smart, operations: ['export'] })), smart);

// Resources of the sample bundle
const sample = buildSampleBundle({ studies: buildStudies(), dicomWeb });
const resources = sample.entry.map((e) => e.resource);
const ofType = (type) => resources.filter((r) => r.resourceType === type);
const endpoints = new Map(ofType('Endpoint').map((e) => [`Endpoint/${e.id}`, e]));
for (const study of ofType('ImagingStudy')) {
  const reference = study.endpoint?.[0]?.reference;
  seed('FuzzImagingStudy', study, endpoints.get(reference) ?? {});
}
for (const endpoint of endpoints.values()) seed('FuzzEndpoint', endpoint);
seed('FuzzEndpoint', { resourceType: 'Endpoint', status: 'active', connectionType: { code: 'ihe-iid' }, address: 'https://viewer.example.org/iid' });

const searchset = (entries) => ({ resourceType: 'Bundle', type: 'searchset', total: entries.length,
  link: [{ relation: 'next', url: `${fhirBase}/ImagingStudy?_page=2` }],
  entry: entries.map((r) => ({ fullUrl: `${fhirBase}/${r.resourceType}/${r.id}`, resource: r,
    search: { mode: r.resourceType === 'ImagingStudy' ? 'match' : 'include' } })) });
const patientOf = (r) => r.subject?.reference ?? r.patient?.reference;
for (const patient of ofType('Patient')) {
  const studies = ofType('ImagingStudy').filter((s) => patientOf(s) === `Patient/${patient.id}`);
  seed('FuzzFhirBundle', searchset([...studies, ...endpoints.values(), patient]));
}
seed('FuzzFhirBundle', { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'forbidden', diagnostics: 'Access denied' }] });

const consents = ofType('Consent');
for (const consent of consents) seed('FuzzConsent', consent);
const labelled = resources.filter((r) => r.meta?.security);
consents.forEach((consent, i) => {
  const data = labelled[i % labelled.length];
  const request = ['Organization/radiology', 'TREAT', 'HRESCH', 'ETREAT', 'PROV', 'RRRR'].join('\n');
  seed('FuzzConsentDecision', consent, consents[(i + 1) % consents.length], data, request);
});

// NDJSON as the Bulk Data export serves it
for (const type of ['Patient', 'ImagingStudy', 'Observation']) {
  const lines = resources.filter((r) => r.resourceType === type).map((r) => JSON.stringify(r));
  if (lines.length) seed('FuzzNdjsonChecker', type, lines.join('\n') + '\n');
}
seed('FuzzNdjsonChecker', 'Patient', '{"resourceType":"Patient","id":"a"}\r\n\n{"resourceType":"Group"}\n{broken');

// AuditEvents as Sightline's audit trail writes them (BALP shapes)
const auditEvent = (action, subtype, outcome, entity) => ({
  resourceType: 'AuditEvent', type: { system: 'http://terminology.hl7.org/CodeSystem/audit-event-type', code: 'rest' },
  subtype: [{ system: 'http://hl7.org/fhir/restful-interaction', code: subtype }], action, recorded: '2026-11-24T05:00:00.123Z',
  outcome, agent: [{ type: { coding: [{ code: 'humanuser' }] }, who: { identifier: { value: 'dr.mueller' } }, requestor: true,
    network: { address: '127.0.0.1', type: '1' } }],
  source: { observer: { display: 'Sightline' }, type: [{ code: '4' }] }, entity,
});
seed('FuzzAuditEvent', auditEvent('R', 'search-type', '0', [{ what: { reference: 'Patient/mueller' }, role: { code: '1' },
  query: Buffer.from('ImagingStudy?patient=mueller').toString('base64') }]));
seed('FuzzAuditEvent', auditEvent('E', 'read', '8', [{ what: { identifier: { value: '1.2.826.0.1.3680043.10.1042.2.1' } },
  detail: [{ type: 'reason', valueString: 'Server unreachable ✓ 日本' }], securityLabel: [{ code: 'R' }] }]));

// Viewer templates and IID values; connection strings; gateway requests
const study = buildStudies()[0];
const values = [study.uid, study.series[0].uid, 'MRN-1001^^^HOSP', 'Müller^Anna', study.accession,
  'http://127.0.0.1:40000/p/dicomweb/s1', '/home/u/.cache/sightline/images/x', 'http://127.0.0.1:40000/p/ohif/viewer',
  'http://127.0.0.1:40000/p/archive/x.zip', 'tok', 'https://viewer.example.org/iid', 'IHE_BIR', 'HOSP', 'CT,MR', '7'].join('\n');
for (const template of ['{ohifViewerUrl}', '{dicomwebRoot}/studies/{studyUID}', 'weasis://$dicom:rs --url "{dicomwebRoot}" -r "studyUID={studyUID}"',
  '{studyFolder}', 'osirix://?methodName=downloadURL&URL={studyArchiveUrl}', '--patient={patientID}', '{studyFolder}/DICOMDIR', '{accessToken}'])
  seed('FuzzViewerLaunch', template, values);
for (const text of ['fhir://fhir.hospital.org:9443/r4?name=Main%20EHR&client_id=app&client_secret_path=/keys/app.pem&token_url=https://auth.hospital.org/token&scope=system/*.rs&use_jwt_assertion=true&audience=https://fhir.hospital.org/r4',
  'fhir+http://127.0.0.1:8080/fhir?client_id=c&client_secret=s3cr%26t&token_url=http://127.0.0.1:8081/token',
  'dicomweb://pacs.hospital.org/dicom-web/?name=Main%20PACS&user=viewer', 'https://hapi.fhir.org/baseR4'])
  seed('FuzzConnectionString', text);
const [s0, s1] = [study.uid, study.series[0].uid];
for (const [p, accept, query] of [[`studies/${s0}/series/${s1}/metadata`, 'application/dicom+json', ''],
  ['studies', 'application/dicom+json', 'PatientID=MRN-1001&limit=10&includefield=00081030'],
  [`studies/${s0}/series/${s1}/instances/${s1}.1/frames/1,2`, 'multipart/related; type="application/octet-stream"; transfer-syntax=*', ''],
  [`studies/${s0}`, 'multipart/related; type="application/dicom"; transfer-syntax=1.2.840.10008.1.2.1', ''],
  [`studies/${s0}/series/${s1}/instances/${s1}.1/bulk/7fe00010`, '*/*', ''], ['assets/a.css', '', ''], ['assets/link', '', '']])
  seed('FuzzGatewayRequest', p, accept, query);

// DICOM: the smallest generated instance of each transfer syntax, alone and as WADO-RS answers
const generated = readdirSync(cache).filter((d) => d.startsWith('dicom-')).map((d) => path.join(cache, d));
if (!generated.length) throw new Error(`No generated sandbox DICOM under ${cache}; run the sandbox once first`);
const bySyntax = new Map();
for (const s of buildStudies()) {
  const dir = path.join(generated[0], s.uid);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.dcm'))) {
    const file = path.join(dir, name);
    const best = bySyntax.get(s.syntax);
    if (!best || statSync(file).size < statSync(best).size) bySyntax.set(s.syntax, file);
  }
}
const boundary = 'sightline-seed-boundary';
for (const file of bySyntax.values()) {
  const dicom = readFileSync(file);
  seed('FuzzDicomFile', dicom);
  const part = (body) => Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Type: application/dicom\r\n\r\n`), body, Buffer.from('\r\n')]);
  seed('FuzzMultipartReader', `multipart/related; type="application/dicom"; boundary=${boundary}`,
    Buffer.concat([part(dicom.subarray(0, 2048)), part(Buffer.from('second')), Buffer.from(`--${boundary}--\r\n`)]));
}
seed('FuzzMultipartReader', 'multipart/related; boundary="quoted b"', 'preamble\r\n--quoted b\r\n\r\n\r\n--quoted b--');

rmSync(corpus, { recursive: true, force: true });
for (const [target, list] of Object.entries(seeds)) {
  mkdirSync(path.join(corpus, target), { recursive: true });
  list.forEach((bytes, i) => writeFileSync(path.join(corpus, target, `seed-${String(i + 1).padStart(2, '0')}`), bytes));
}
console.log(Object.entries(seeds).map(([t, l]) => `${t}: ${l.length}`).join('\n'));
