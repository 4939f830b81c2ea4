// FHIR Bulk Data `$export` for the sandbox FHIR server (a middleware): system, Patient and Group
// level kick-off (GET or POST Parameters) answered 202 + Content-Location; a status endpoint with
// X-Progress and Retry-After that answers 429 when polled faster than it asked; a manifest with
// requiresAccessToken, output, error and deleted; NDJSON files with Range support; DELETE to
// cancel. The files are generated from the repository, or synthetic (any size, streamed).
// POST /sandbox/export-fault {mode} switches a fault on for the next jobs: "fail" (the job ends
// in an OperationOutcome), "stall" (never completes), "status-500-once" (the first status poll
// answers 500), "drop-mid-file" (each file's first download is cut halfway),
// "trickle-once" (each file's first download sends half, then a byte every 100 ms),
// "malformed-manifest" (the completed status is cut-off JSON), "kickoff-refused" (every
// kick-off answers 500 with an OperationOutcome that is not transient; GET /sandbox/export-stats
// counts kick-offs), "status-429-twice" and "status-429-date" (the first two status polls
// answer 429 with Retry-After in seconds, or as an HTTP date two seconds ahead), "gzip-cut-once" and
// "gzip-cut-once-chunked" (each file's first download is a gzip body, with or without its
// Content-Length, cut after half of the compressed bytes), "off"; with
// {syntheticBytes, bytesPerSecond} the next jobs also carry a synthetic Observation file of that
// size (Range-capable) served no faster than that rate, so tests can interrupt a download.
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { send } from './fhir-server.mjs';

const NDJSON_FORMATS = ['application/fhir+ndjson', 'application/ndjson', 'ndjson'];
const DEFAULT_TYPES = ['Patient', 'Observation', 'Condition', 'MedicationRequest', 'DiagnosticReport',
  'DocumentReference', 'ImagingStudy', 'Consent', 'Encounter', 'Procedure', 'Group', 'Organization', 'Endpoint'];
const PATIENT_TYPES = DEFAULT_TYPES.filter((t) => !['Group', 'Organization', 'Endpoint'].includes(t));

function outcome(severity, code, text) {
  return { resourceType: 'OperationOutcome', issue: [{ severity, code, details: { text } }] };
}

async function readBody(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

// Kick-off parameters from the query or a Parameters body, as lists.
function readParameters(url, body) {
  const params = {};
  const add = (name, value) => (params[name] ??= []).push(String(value));
  for (const [k, v] of url.searchParams) add(k, v);
  if (body?.resourceType === 'Parameters') {
    for (const p of body.parameter ?? []) {
      const value = p.valueString ?? p.valueInstant ?? p.valueCode ?? p.valueBoolean ?? p.valueReference?.reference;
      if (value !== undefined) add(p.name, value);
    }
  }
  return params;
}

function referencesPatient(resource, patientIds) {
  for (const field of ['subject', 'patient']) {
    const ref = resource[field]?.reference ?? '';
    if (ref.startsWith('Patient/') && patientIds.has(ref.slice('Patient/'.length))) return true;
  }
  if (resource.resourceType === 'Patient') return patientIds.has(resource.id);
  return false;
}

function keepElements(resource, elements) {
  if (!elements.length) return resource;
  const kept = { resourceType: resource.resourceType, id: resource.id };
  if (resource.meta) kept.meta = { ...resource.meta, tag: [...(resource.meta.tag ?? []), { system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue', code: 'SUBSETTED' }] };
  for (const e of elements) {
    const name = e.includes('.') ? (e.split('.')[0] === resource.resourceType ? e.split('.')[1] : null) : e;
    if (name && resource[name] !== undefined) kept[name] = resource[name];
  }
  return kept;
}

export function bulkExport({ requiresAccessToken = false, delayMs = 1500, retryAfterSeconds = 1, log }) {
  const jobs = new Map();
  let fault = 'off';
  let kickoffs = 0; // kick-off requests received, for tests that count retries
  let extra = { syntheticBytes: 0, bytesPerSecond: 0 };

  async function search(router, repo, type, query = {}) {
    const out = [];
    let offset = 0;
    for (;;) {
      const [res, bundle] = await router.handleRequest(
        { method: 'GET', url: `/${type}`, params: {}, query: { ...query, _count: '1000', _offset: String(offset) }, config: {} }, repo);
      if (!bundle) throw new Error(`search ${type} failed: ${JSON.stringify(res)}`);
      const found = (bundle.entry ?? []).map((e) => e.resource).filter(Boolean);
      out.push(...found);
      if (found.length < 1000) return out;
      offset += 1000;
    }
  }

  async function generate(job, { router, repo }) {
    const { level, groupId, types, since, typeFilters, elements, synthetic, syntheticCount } = job.request;
    if (syntheticCount) {
      // A number of lines: the manifest can give the count.
      job.files = [{ type: 'Observation', synthetic: Infinity, syntheticCount, count: syntheticCount }];
      return;
    }
    if (synthetic) {
      job.files = [{ type: 'Observation', synthetic }]; // count unknown until streamed
      return;
    }
    let patientIds = null;
    if (level === 'group') {
      const [res, group] = await router.handleRequest({ method: 'GET', url: `/Group/${groupId}`, params: {}, query: {}, config: {} }, repo);
      if (!group) throw Object.assign(new Error(`Group/${groupId} not found`), { status: 404 });
      patientIds = new Set((group.member ?? []).map((m) => (m.entity?.reference ?? '').replace(/^Patient\//, '')));
    } else if (level === 'patient') {
      patientIds = new Set((await search(router, repo, 'Patient')).map((p) => p.id));
    }
    const byType = new Map();
    for (const type of types) {
      const filters = typeFilters.filter((f) => f.startsWith(`${type}?`));
      let resources = [];
      if (filters.length) {
        const seen = new Set();
        for (const f of filters) {
          const query = Object.fromEntries(new URLSearchParams(f.slice(type.length + 1)));
          for (const r of await search(router, repo, type, query)) if (!seen.has(r.id)) { seen.add(r.id); resources.push(r); }
        }
      } else {
        resources = await search(router, repo, type);
      }
      if (patientIds) resources = resources.filter((r) => referencesPatient(r, patientIds));
      if (since) resources = resources.filter((r) => (r.meta?.lastUpdated ?? '') >= since);
      if (resources.length) byType.set(type, resources.map((r) => keepElements(r, elements)));
    }
    job.files = [...byType].map(([type, resources]) => ({
      type,
      count: resources.length,
      body: Buffer.from(resources.map((r) => JSON.stringify(r)).join('\n') + '\n'),
    }));
    if (job.extra.syntheticBytes > 0) {
      const lines = [...syntheticLines(job.extra.syntheticBytes)];
      job.files.push({ type: 'Observation', count: lines.length, body: Buffer.from(lines.join('')) });
    }
  }

  function manifest(job, base) {
    return {
      transactionTime: job.transactionTime,
      request: job.requestUrl,
      requiresAccessToken,
      output: job.files.map((f, i) => ({ type: f.type, url: `${base}/bulkfiles/${job.id}/${i}.ndjson`, count: f.count })),
      deleted: [],
      error: job.errors.length ? [{ type: 'OperationOutcome', url: `${base}/bulkfiles/${job.id}/errors.ndjson` }] : [],
    };
  }

  // Synthetic files: Observations generated line by line up to the asked size, never in memory.
  // Built from a template rather than JSON.stringify, so the generator can outrun the client
  // it is benchmarking (the values are plain ASCII and need no escaping).
  function* syntheticLines(bytes, maxLines = Infinity) {
    const start = Date.UTC(2020, 0, 1);
    let written = 0;
    for (let i = 0; written < bytes && i < maxLines; ++i) {
      const line =
        `{"resourceType":"Observation","id":"synthetic-${i}","status":"final",` +
        '"code":{"coding":[{"system":"http://loinc.org","code":"8867-4","display":"Heart rate"}]},' +
        `"subject":{"reference":"Patient/synthetic-${i % 1000}"},` +
        `"effectiveDateTime":"${new Date(start + i * 60000).toISOString()}",` +
        `"valueQuantity":{"value":${60 + (i % 40)},"unit":"beats/minute",` +
        '"system":"http://unitsofmeasure.org","code":"/min"}}\n';
      written += line.length; // ASCII: characters are bytes
      yield line;
    }
  }

  function serveFile(req, res, job, file) {
    const total = file.body ? file.body.length : undefined;
    const headers = { 'Content-Type': 'application/fhir+ndjson', 'Accept-Ranges': 'bytes' };
    if (!file.body) {
      // Synthetic: streamed, no Range (the size is not known in advance).
      res.writeHead(200, headers);
      // Written in 64 kB chunks, as a server streaming a file would: one write per line would
      // spend the machine on per-write overhead and measure that instead of the client.
      const lines = syntheticLines(file.synthetic, file.syntheticCount);
      const pump = () => {
        for (;;) {
          let chunk = '';
          let next;
          while (chunk.length < 65536 && !(next = lines.next()).done) chunk += next.value;
          if (!chunk) return res.end();
          if (!res.write(chunk)) return res.once('drain', pump);
        }
      };
      return pump();
    }
    let start = 0;
    let end = total - 1;
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    if ((job.fault === 'gzip-cut-once' || job.fault === 'gzip-cut-once-chunked') && !file.gzipCut &&
        /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !range) {
      // A gzip body cut in the middle, with its Content-Length (or chunked, without one): the
      // connection drops after half of the compressed bytes. Later downloads are not cut.
      file.gzipCut = true;
      const compressed = gzipSync(file.body);
      const gzipHeaders = { ...headers, 'Content-Encoding': 'gzip' };
      if (job.fault === 'gzip-cut-once') gzipHeaders['Content-Length'] = compressed.length;
      res.writeHead(200, gzipHeaders);
      res.write(compressed.subarray(0, Math.floor(compressed.length / 2)), () => res.destroy());
      return;
    }
    if (job.fault.startsWith('gzip-cut-once') && range && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      // As a server with precompressed files does: a Range of the gzip representation counts
      // compressed bytes, which a client that counted decompressed ones cannot use.
      const compressed = gzipSync(file.body);
      const from = Math.min(Number(range[1]), compressed.length);
      res.writeHead(206, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': compressed.length - from, 'Content-Range': `bytes ${from}-${compressed.length - 1}/${compressed.length}` });
      res.end(compressed.subarray(from));
      return;
    }
    if (range) {
      start = Number(range[1]);
      end = range[2] ? Math.min(Number(range[2]), total - 1) : total - 1;
      if (start >= total) {
        res.writeHead(416, { 'Content-Range': `bytes */${total}` });
        return res.end();
      }
      res.writeHead(206, { ...headers, 'Content-Length': end - start + 1, 'Content-Range': `bytes ${start}-${end}/${total}` });
    } else {
      res.writeHead(200, { ...headers, 'Content-Length': total });
    }
    const slice = file.body.subarray(start, end + 1);
    if (job.extra.bytesPerSecond > 0) {
      // Throttled: 64 kB at a time, paced to the asked rate.
      const step = 65536;
      const pause = (1000 * step) / job.extra.bytesPerSecond;
      let offset = 0;
      const next = () => {
        if (res.destroyed) return;
        if (offset >= slice.length) return res.end();
        res.write(slice.subarray(offset, offset + step));
        offset += step;
        setTimeout(next, pause);
      };
      return next();
    }
    if (job.fault === 'trickle-once' && !file.trickled) {
      // Slow-loris: half the file at once, then one byte every 100 ms, never finishing (the
      // client has to give up on this download and resume the rest with Range).
      file.trickled = true;
      res.write(slice.subarray(0, Math.floor(slice.length / 2)));
      let offset = Math.floor(slice.length / 2);
      const drip = setInterval(() => {
        if (res.destroyed || offset >= slice.length - 1) return clearInterval(drip);
        res.write(slice.subarray(offset, offset + 1));
        offset += 1;
      }, 100);
      res.on('close', () => clearInterval(drip));
      return;
    }
    if (job.fault === 'drop-mid-file' && !file.dropped) {
      file.dropped = true; // cut the first download of each file halfway
      res.write(slice.subarray(0, Math.floor(slice.length / 2)), () => res.destroy());
      return;
    }
    res.end(slice);
  }

  return async function middleware(context) {
    const { req, res, url, fhirBase } = context;
    const base = fhirBase.replace(/\/fhir$/, '');
    const path = url.pathname;

    if (path === '/sandbox/export-fault' && req.method === 'POST') {
      const body = JSON.parse((await readBody(req)) || '{}');
      fault = body.mode ?? 'off';
      extra = { syntheticBytes: Number(body.syntheticBytes ?? 0), bytesPerSecond: Number(body.bytesPerSecond ?? 0) };
      log?.(`export fault: ${fault} ${JSON.stringify(extra)}`);
      send(res, 200, { mode: fault, ...extra });
      return true;
    }

    if (path === '/sandbox/export-stats' && req.method === 'GET') {
      send(res, 200, { kickoffs });
      return true;
    }

    const kickoff = /^\/fhir\/(?:(Patient)\/|Group\/([^/]+)\/)?\$export$/.exec(path);
    if (kickoff && (req.method === 'GET' || req.method === 'POST')) {
      kickoffs += 1;
      if (fault === 'kickoff-refused') {
        send(res, 500, outcome('error', 'exception', 'This server cannot export now (sandbox fault)'));
        return true;
      }
      let body;
      if (req.method === 'POST') {
        try {
          body = JSON.parse((await readBody(req)) || '{}');
        } catch {
          send(res, 400, outcome('error', 'invalid', 'The Parameters body is not JSON'));
          return true;
        }
      }
      if (!/respond-async/.test(req.headers.prefer ?? '')) {
        send(res, 400, outcome('error', 'invalid', 'Bulk export needs the header Prefer: respond-async'));
        return true;
      }
      const params = readParameters(url, body);
      const format = params._outputFormat?.[0];
      if (format && !NDJSON_FORMATS.includes(format)) {
        send(res, 400, outcome('error', 'not-supported', `_outputFormat ${format} is not supported; use application/fhir+ndjson`));
        return true;
      }
      const level = kickoff[1] ? 'patient' : kickoff[2] ? 'group' : 'system';
      const allowed = level === 'system' ? DEFAULT_TYPES : PATIENT_TYPES;
      const types = (params._type ?? []).flatMap((t) => t.split(',')).filter(Boolean);
      const unknown = types.filter((t) => !allowed.includes(t));
      const lenient = /handling=lenient/.test(req.headers.prefer ?? '');
      if (unknown.length && !lenient) {
        send(res, 400, outcome('error', 'not-supported', `_type ${unknown.join(', ')} cannot be exported at this level`));
        return true;
      }
      const since = params._since?.[0];
      if (since && Number.isNaN(Date.parse(since))) {
        send(res, 400, outcome('error', 'invalid', `_since ${since} is not an instant`));
        return true;
      }
      const id = randomUUID();
      const job = {
        id,
        fault,
        extra,
        requestUrl: `${base}${path}${url.search}`,
        transactionTime: new Date().toISOString(),
        started: Date.now(),
        polls: 0,
        lastPoll: 0,
        errors: unknown.map((t) => outcome('warning', 'not-supported', `_type ${t} was skipped`)),
        request: {
          level,
          groupId: kickoff[2],
          types: types.filter((t) => allowed.includes(t)).length ? types.filter((t) => allowed.includes(t)) : allowed,
          since,
          typeFilters: params._typeFilter ?? [],
          elements: (params._elements ?? []).flatMap((e) => e.split(',')).filter(Boolean),
          synthetic: Number(params._syntheticBytes?.[0] ?? 0),
          syntheticCount: Number(params._syntheticLines?.[0] ?? 0),
        },
      };
      jobs.set(id, job);
      job.ready = generate(job, context).catch((err) => {
        job.failure = { status: err.status ?? 500, outcome: outcome('error', err.status === 404 ? 'not-found' : 'exception', err.message) };
      });
      log?.(`export ${id} (${level}) started`);
      send(res, 202, outcome('information', 'informational', 'Export started'), { 'Content-Location': `${base}/bulkstatus/${id}` });
      return true;
    }

    const status = /^\/bulkstatus\/([^/]+)$/.exec(path);
    if (status) {
      const job = jobs.get(status[1]);
      if (!job) {
        send(res, 404, outcome('error', 'not-found', 'No such export (expired or cancelled)'));
        return true;
      }
      if (req.method === 'DELETE') {
        jobs.delete(job.id);
        send(res, 202, outcome('information', 'informational', 'Export cancelled'));
        return true;
      }
      const now = Date.now();
      if (job.lastPoll && now - job.lastPoll < retryAfterSeconds * 1000 * 0.5) {
        job.lastPoll = now;
        send(res, 429, outcome('error', 'throttled', 'Polled too fast; wait as Retry-After says'), { 'Retry-After': String(retryAfterSeconds) });
        return true;
      }
      job.lastPoll = now;
      job.polls += 1;
      if ((job.fault === 'status-429-twice' || job.fault === 'status-429-date') && job.polls <= 2) {
        // Rate-limited: Retry-After in seconds, or as an HTTP date (RFC 9110 allows both).
        const retryAfter = job.fault === 'status-429-date'
          ? new Date(now + 2000).toUTCString()
          : '1';
        send(res, 429, outcome('error', 'throttled', 'Too many requests'), { 'Retry-After': retryAfter });
        return true;
      }
      if (job.fault === 'status-500-once' && job.polls === 1) {
        send(res, 500, outcome('error', 'transient', 'Status temporarily unavailable'));
        return true;
      }
      await job.ready;
      if (job.fault === 'fail' || job.failure) {
        const failure = job.failure ?? { status: 500, outcome: outcome('error', 'exception', 'The export failed (sandbox fault)') };
        send(res, failure.status, failure.outcome);
        return true;
      }
      const elapsed = now - job.started;
      if (job.fault === 'stall' || elapsed < delayMs) {
        const percent = job.fault === 'stall' ? 42 : Math.min(99, Math.round((100 * elapsed) / delayMs));
        send(res, 202, '', { 'X-Progress': `${percent}% complete`, 'Retry-After': String(retryAfterSeconds) });
        return true;
      }
      if (job.fault === 'malformed-manifest') {
        const text = JSON.stringify(manifest(job, base));
        send(res, 200, text.slice(0, Math.floor(text.length / 2)), { 'Content-Type': 'application/json' });
        return true;
      }
      send(res, 200, manifest(job, base), { 'Content-Type': 'application/json', Expires: new Date(now + 3600e3).toUTCString() });
      return true;
    }

    const file = /^\/bulkfiles\/([^/]+)\/(\d+|errors)\.ndjson$/.exec(path);
    if (file && req.method === 'GET') {
      const job = jobs.get(file[1]);
      if (!job) {
        send(res, 404, outcome('error', 'not-found', 'No such export file'));
        return true;
      }
      if (file[2] === 'errors') {
        const body = Buffer.from(job.errors.map((e) => JSON.stringify(e)).join('\n') + '\n');
        serveFile(req, res, job, { body });
        return true;
      }
      const entry = job.files?.[Number(file[2])];
      if (!entry) {
        send(res, 404, outcome('error', 'not-found', 'No such export file'));
        return true;
      }
      serveFile(req, res, job, entry);
      return true;
    }
    return false;
  };
}
