// The sandbox's SMART authorization server: oidc-provider on 127.0.0.1 with a public native
// client (any loopback port, PKCE S256 required). It also produces the smart-configuration
// document that the FHIR server publishes, so discovery always matches what really runs.
import http from 'node:http';
import Provider from 'oidc-provider';

export const PUBLIC_CLIENT_ID = 'sightline-desktop';

const SMART_SCOPES = [
  'openid', 'fhirUser', 'profile', 'offline_access', 'online_access', 'launch', 'launch/patient',
  'patient/*.rs', 'patient/Patient.rs', 'patient/ImagingStudy.rs', 'patient/Endpoint.rs', 'patient/Consent.rs',
  'patient/*.read', 'patient/Patient.read', 'patient/ImagingStudy.read',
  'user/*.rs', 'user/Patient.rs', 'user/ImagingStudy.rs', 'user/Endpoint.rs', 'user/Consent.rs', 'user/AuditEvent.c',
  'user/*.read', 'system/*.rs', 'system/*.read', 'system/ImagingStudy.rs',
];

export function smartConfigurationFor(issuer) {
  return {
    issuer,
    jwks_uri: `${issuer}/jwks`,
    authorization_endpoint: `${issuer}/auth`,
    token_endpoint: `${issuer}/token`,
    introspection_endpoint: `${issuer}/token/introspection`,
    revocation_endpoint: `${issuer}/token/revocation`,
    userinfo_endpoint: `${issuer}/me`,
    grant_types_supported: ['authorization_code', 'refresh_token'],
    token_endpoint_auth_methods_supported: ['none'],
    response_types_supported: ['code'],
    scopes_supported: SMART_SCOPES,
    code_challenge_methods_supported: ['S256'],
    capabilities: ['launch-standalone', 'client-public', 'sso-openid-connect', 'permission-v1', 'permission-v2', 'permission-offline'],
  };
}

export async function startSmartServer({ port, log }) {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: PUBLIC_CLIENT_ID,
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        // RFC 8252: a native client's loopback redirect matches whatever port it listens on.
        redirect_uris: ['http://127.0.0.1/callback'],
      },
    ],
    pkce: { required: () => true },
    scopes: SMART_SCOPES,
    features: { introspection: { enabled: true }, revocation: { enabled: true } },
    findAccount: async (ctx, sub) => ({ accountId: sub, claims: async () => ({ sub, fhirUser: 'Practitioner/dr-rad' }) }),
  });
  provider.proxy = false;
  const server = http.createServer(provider.callback());
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  log?.(`SMART authorization server on ${issuer}`);
  return { server, issuer, provider, smartConfiguration: smartConfigurationFor(issuer), close: () => new Promise((r) => server.close(r)) };
}
