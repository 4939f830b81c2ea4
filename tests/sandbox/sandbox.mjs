#!/usr/bin/env node
// Starts Sightline's sandbox: Orthanc (DICOMweb) loaded with generated studies, the SMART
// authorization server and the FHIR server with consistent sample data, all on 127.0.0.1.
// Prints one line `SANDBOX_READY {json}` on stdout when everything answers, then runs until
// SIGTERM/SIGINT (or until its parent dies) and stops every child it started.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { freePort, stopChild } from './lib/process-utils.mjs';
import { generateStudies, totalSize } from './lib/dicom-generator.mjs';
import { startFaultProxy } from './lib/fault-proxy.mjs';
import { startOrthanc, uploadFiles } from './lib/orthanc.mjs';
import { loadCorpus } from './lib/corpus.mjs';
import { startFhirServer, loadTransaction } from './lib/fhir-server.mjs';
import { requireBearerToken } from './lib/bearer-auth.mjs';
import { bulkExport } from './lib/bulk-export.mjs';
import { startSmartServer, PUBLIC_CLIENT_ID, BACKEND_CLIENT_ID, CONFIDENTIAL_CLIENTS } from './lib/smart-server.mjs';
import { startFhircastHub } from './lib/fhircast-hub.mjs';
import { buildSampleBundle } from './lib/sample-data.mjs';
import { patients } from './lib/roster.mjs';
import { buildLoadBundles, LOAD_PATIENT } from './lib/load-data.mjs';

const { values: opts } = parseArgs({
  options: {
    'work-dir': { type: 'string' },
    'cache-dir': { type: 'string', default: process.env.SIGHTLINE_SANDBOX_CACHE ?? path.join(os.homedir(), '.cache', 'sightline-sandbox') },
    'state-file': { type: 'string' },
    'orthanc-auth': { type: 'string' },
    'fhir-port': { type: 'string', default: '0' },
    'orthanc-port': { type: 'string', default: '0' },
    'smart-port': { type: 'string', default: '0' },
    'fhircast-port': { type: 'string', default: '0' },
    auth: { type: 'boolean', default: false },
    'export-delay-ms': { type: 'string', default: '1500' },
    'backend-jwks': { type: 'string' },
    'access-token-ttl': { type: 'string', default: '3600' },
    'load-studies': { type: 'string', default: '0' },
    corpus: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (opts.help) {
  console.log(`Usage: node sandbox.mjs [--work-dir DIR] [--cache-dir DIR] [--state-file FILE]
       [--orthanc-auth user:password] [--fhir-port N] [--orthanc-port N] [--smart-port N] [--fhircast-port N] [--auth] [--quiet]
--auth makes the FHIR server (and the FHIRcast hub) require a bearer token from the sandbox SMART server.
--export-delay-ms N is how long a bulk \$export takes to complete (default 1500).
--backend-jwks FILE registers the backend-services client 'sightline-backend' and the confidential
  asymmetric app-launch client 'sightline-asymmetric' with those public keys.
--access-token-ttl N makes access tokens live N seconds (default 3600).
--load-studies N adds patient pat-load (MRN SL-9000) with N ImagingStudy resources, for benchmarks.
--corpus DIR also loads every *.dcm file below DIR into Orthanc (shared UIDs made fresh), e.g.
  /usr/lib/python3/dist-packages/pydicom/data; the state's "corpus" says what Orthanc stored.
Ports default to free ones chosen at start. Stop with SIGTERM or Ctrl+C.`);
  process.exit(0);
}

const log = (msg) => opts.quiet || console.error(`[sandbox] ${msg}`);
const started = Date.now();
const ownsWorkDir = !opts['work-dir'];
const workDir = opts['work-dir'] ?? (await mkdtemp(path.join(os.tmpdir(), 'sightline-sandbox-')));
const port = async (value) => (Number(value) > 0 ? Number(value) : freePort());

let orthanc, fhir, smart, hub, proxy;
let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  log('stopping');
  await Promise.allSettled([stopChild(orthanc?.child), fhir?.close(), smart?.close(), hub?.close(), proxy?.close()]);
  if (ownsWorkDir) await rm(workDir, { recursive: true, force: true });
  if (opts['state-file']) await rm(opts['state-file'], { force: true });
  process.exit(code);
}
process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));
// If whoever started us dies without stopping us, do not linger with Orthanc running.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop(0);
}, 1000).unref();

try {
  const basicAuth = opts['orthanc-auth'] ? { user: opts['orthanc-auth'].split(':')[0], password: opts['orthanc-auth'].split(':').slice(1).join(':') } : undefined;
  const [generated, orthancPort, smartPort, fhirPort, hubPort] = await Promise.all([
    generateStudies(opts['cache-dir']),
    port(opts['orthanc-port']),
    port(opts['smart-port']),
    port(opts['fhir-port']),
    port(opts['fhircast-port']),
  ]);
  log(`${generated.files.length} DICOM files ready (${generated.dir})`);
  orthanc = await startOrthanc({ workDir, port: orthancPort, basicAuth, log });
  await uploadFiles(orthanc, generated.files);
  // Tests reach Orthanc through the fault proxy when they need it slow or gone mid-transfer.
  proxy = await startFaultProxy({
    port: 0,
    target: orthanc.base,
    orthancControl: {
      pid: () => (orthanc.child.exitCode === null && orthanc.child.signalCode === null ? orthanc.child.pid : null),
      kill: async () => {
        if (orthanc.child.exitCode !== null || orthanc.child.signalCode !== null) return;
        const exited = new Promise((resolve) => orthanc.child.once('exit', resolve));
        orthanc.child.kill('SIGKILL');
        await exited;
      },
      start: async () => {
        if (orthanc.child.exitCode === null && orthanc.child.signalCode === null) return;
        orthanc = await startOrthanc({ workDir, port: orthancPort, basicAuth, log });
      },
    },
    log,
  });
  log(`uploaded ${generated.files.length} instances (${((await totalSize(generated.files)) / 1e6).toFixed(1)} MB)`);
  const corpus = opts.corpus ? await loadCorpus(orthanc, opts.corpus, workDir, log) : null;
  const backendJwks = opts['backend-jwks'] ? JSON.parse(await readFile(opts['backend-jwks'], 'utf8')) : undefined;
  const hubUrl = `http://127.0.0.1:${hubPort}/api/hub`;
  smart = await startSmartServer({ port: smartPort, fhirBase: `http://127.0.0.1:${fhirPort}/fhir`, backendJwks, fhircastHub: hubUrl, accessTokenTtl: Number(opts['access-token-ttl']), log });
  hub = await startFhircastHub({ port: hubPort, checkAccessToken: opts.auth ? smart.checkAccessToken : undefined, log });
  const middlewares = opts.auth ? [requireBearerToken(smart.checkAccessToken)] : [];
  middlewares.push(bulkExport({ requiresAccessToken: opts.auth, delayMs: Number(opts['export-delay-ms']), log }));
  const operations = ['export', 'patient-export', 'group-export'].map((name) => ({
    name: 'export',
    definition: `http://hl7.org/fhir/uv/bulkdata/OperationDefinition/${name}`,
  }));
  fhir = await startFhirServer({ port: fhirPort, smartConfiguration: smart.smartConfiguration, middlewares, operations, log });
  await loadTransaction(fhir, buildSampleBundle({ studies: generated.studies, dicomWeb: orthanc.dicomWeb }));
  const loadStudies = Number(opts['load-studies']);
  if (loadStudies > 0) {
    for (const bundle of buildLoadBundles(loadStudies)) await loadTransaction(fhir, bundle);
    log(`load patient ${LOAD_PATIENT.id} with ${loadStudies} studies`);
  }

  const state = {
    pid: process.pid,
    fhirBase: fhir.fhirBase,
    smartIssuer: smart.issuer,
    publicClientId: PUBLIC_CLIENT_ID,
    backendClientId: backendJwks ? BACKEND_CLIENT_ID : null,
    confidentialClients: CONFIDENTIAL_CLIENTS,
    accessTokenTtl: Number(opts['access-token-ttl']),
    orthanc: orthanc.base,
    dicomWeb: orthanc.dicomWeb,
    dicomWebProxy: proxy.dicomWeb,
    faultProxy: proxy.base,
    orthancAuth: basicAuth ? `${basicAuth.user}:${basicAuth.password}` : null,
    fhirRequiresToken: opts.auth,
    fhircastHub: hub.hubUrl,
    fhircastTopic: hub.topic,
    studies: generated.studies.map((s) => ({
      uid: s.uid,
      patientId: s.patient.id,
      modality: s.modality,
      transferSyntax: s.syntax,
      series: s.series.length,
      instances: s.series.reduce((n, x) => n + x.slices, 0),
      mismatchedHeader: Boolean(s.dicomPatient),
    })),
    patients: patients.map((p) => ({ id: p.id, mrn: p.mrn, name: `${p.given.join(' ')} ${p.family}` })),
    loadPatient: loadStudies > 0 ? { id: LOAD_PATIENT.id, mrn: LOAD_PATIENT.mrn, studies: loadStudies } : null,
    corpus,
    workDir,
    startupSeconds: Number(((Date.now() - started) / 1000).toFixed(1)),
  };
  if (opts['state-file']) await writeFile(opts['state-file'], JSON.stringify(state, null, 2));
  log(`ready in ${state.startupSeconds} s`);
  log(`  FHIR      ${state.fhirBase}`);
  log(`  SMART     ${state.smartIssuer}`);
  log(`  DICOMweb  ${state.dicomWeb}`);
  log(`  FHIRcast  ${state.fhircastHub} (topic ${state.fhircastTopic})`);
  console.log(`SANDBOX_READY ${JSON.stringify(state)}`);
} catch (err) {
  console.error(`[sandbox] failed: ${err.stack ?? err}`);
  await stop(1);
}
