// The sandbox's SMART authorization server: oidc-provider on 127.0.0.1 with a public native
// client (any loopback port, PKCE S256 required), confidential clients registered strictly for
// client_secret_basic or client_secret_post, access tokens of a chosen lifetime, refresh tokens, SMART scopes issued for the
// FHIR server as resource, the `patient` launch context in the token response, introspection
// and revocation, and a scripted login: interactions are answered automatically (as dr-rad),
// or refused once after `POST /sandbox/next-login {"deny": true}`. It also produces the
// smart-configuration document that the FHIR server publishes.
import http from 'node:http';
import Provider from 'oidc-provider';

export const PUBLIC_CLIENT_ID = 'sightline-desktop';
export const BACKEND_CLIENT_ID = 'sightline-backend';
// A confidential asymmetric app-launch client (private_key_jwt with the same public keys as the
// Backend Services client), registered when the sandbox is given those keys.
export const ASYMMETRIC_CLIENT_ID = 'sightline-asymmetric';
// Confidential symmetric clients, each registered with exactly one way of sending its secret:
// the server refuses the other (as oidc-provider does for any registered client).
export const CONFIDENTIAL_CLIENTS = [
  { clientId: 'sightline-confidential-basic', method: 'client_secret_basic', secret: 'sandbox-basic-s3cret/+&=' },
  { clientId: 'sightline-confidential-post', method: 'client_secret_post', secret: 'sandbox-post-s3cret/+&=' },
];
export const DEFAULT_PATIENT = 'pat-mueller';
export const DEFAULT_USER = 'dr-rad';
export const DEFAULT_FHIRCAST_TOPIC = 'sandbox-session';

const OIDC_SCOPES = ['openid', 'fhirUser', 'profile', 'offline_access'];
const RESOURCE_SCOPES = [
  'online_access', 'launch', 'launch/patient',
  'patient/*.rs', 'patient/Patient.rs', 'patient/ImagingStudy.rs', 'patient/Endpoint.rs', 'patient/Consent.rs', 'patient/Observation.rs',
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
    grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
    token_endpoint_auth_methods_supported: ['none', 'client_secret_basic', 'client_secret_post', 'private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: ['RS384', 'ES384'],
    response_types_supported: ['code'],
    scopes_supported: [...OIDC_SCOPES, ...RESOURCE_SCOPES],
    code_challenge_methods_supported: ['S256'],
    capabilities: ['launch-standalone', 'launch-ehr', 'context-ehr-patient', 'client-public', 'client-confidential-symmetric', 'client-confidential-asymmetric', 'context-standalone-patient', 'sso-openid-connect',
      'permission-v1', 'permission-v2', 'permission-offline', 'permission-patient'],
  };
}

async function readText(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const CLOCK_TOLERANCE_SECONDS = 15;
function assertionLifetimeRefusal(assertion) {
  if (!assertion) return undefined;
  let claims;
  try {
    claims = JSON.parse(Buffer.from(assertion.split('.')[1] ?? '', 'base64url').toString('utf8'));
  } catch {
    return undefined; // malformed: oidc-provider refuses it with its own message
  }
  const now = Math.floor(Date.now() / 1000);
  if (typeof claims.exp === 'number' && claims.exp - now > 300 + CLOCK_TOLERANCE_SECONDS)
    return 'client_assertion exp is more than five minutes in the future';
  if (typeof claims.iat === 'number' && claims.iat - now > CLOCK_TOLERANCE_SECONDS)
    return 'client_assertion iat is in the future';
  return undefined;
}

// The method a token request authenticates with, against the one its client is registered for.
function authenticationMethodRefusal(authorization, form) {
  let clientId = form.get('client_id');
  let method = 'none';
  const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
  if (basic) {
    method = 'client_secret_basic';
    clientId = decodeURIComponent(Buffer.from(basic[1], 'base64').toString('utf8').split(':')[0]);
  } else if (form.has('client_secret')) {
    method = 'client_secret_post';
  } else if (form.has('client_assertion')) {
    method = 'private_key_jwt';
  }
  const registered = CONFIDENTIAL_CLIENTS.find((c) => c.clientId === clientId)?.method;
  if (registered && registered !== method)
    return `client ${clientId} is registered for ${registered}, not ${method}`;
  return undefined;
}

function readJson(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
      } catch {
        resolve({});
      }
    });
  });
}

export async function startSmartServer({ port, fhirBase, backendJwks, fhircastHub, accessTokenTtl: initialTtl = 3600, log }) {
  // Tests change it at run time (POST /sandbox/token-ttl) to try short-lived tokens.
  let accessTokenTtl = initialTtl;
  const issuer = `http://127.0.0.1:${port}`;
  let nextLogin = {}; // what the scripted login does next: { deny, patient, user }
  // EHR launches registered by tests: launch id → { patient, encounter, fhirContext, intent }.
  const launches = new Map();
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
      ...CONFIDENTIAL_CLIENTS.map(({ clientId, method, secret }) => ({
        client_id: clientId,
        client_secret: secret,
        application_type: 'native',
        token_endpoint_auth_method: method,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: ['http://127.0.0.1/callback'],
      })),
      // SMART Backend Services: private_key_jwt with the public keys handed to the sandbox.
      ...(backendJwks
        ? [{
            client_id: ASYMMETRIC_CLIENT_ID,
            application_type: 'native',
            token_endpoint_auth_method: 'private_key_jwt',
            grant_types: ['authorization_code', 'refresh_token'],
            response_types: ['code'],
            redirect_uris: ['http://127.0.0.1/callback'],
            jwks: backendJwks,
          }, {
            client_id: BACKEND_CLIENT_ID,
            token_endpoint_auth_method: 'private_key_jwt',
            grant_types: ['client_credentials'],
            response_types: [],
            redirect_uris: [],
            jwks: backendJwks,
          }]
        : []),
    ],
    enabledJWA: { clientAuthSigningAlgValues: ['RS256', 'RS384', 'PS256', 'ES256', 'ES384'] },
    pkce: { required: () => true },
    extraParams: ['launch', 'aud'],
    scopes: OIDC_SCOPES,
    claims: { openid: ['sub'], fhirUser: ['fhirUser'], profile: ['name'] },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => fhirBase,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: RESOURCE_SCOPES.join(' '), audience: fhirBase, accessTokenFormat: 'opaque', accessTokenTTL: accessTokenTtl }),
      },
    },
    issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
    ttl: { AccessToken: () => accessTokenTtl, ClientCredentials: () => accessTokenTtl, AuthorizationCode: 60, RefreshToken: 86400, Interaction: 600, Session: 3600, Grant: 86400 },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, fhirUser: `Practitioner/${sub}`, name: 'Dr Rad' }),
    }),
  });
  provider.proxy = false;

  // SMART launch context travels with the token response (SMART App Launch §token response).
  const contextByGrant = new Map();
  // Every token handed out, so leak tests can search Sightline's files and output for them.
  const issuedTokens = [];
  // Every request to the token endpoint, by grant, so tests can tell a refresh storm.
  const tokenRequests = { total: 0, byGrant: {} };
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path === '/token' && ctx.method === 'POST') {
      const grant = ctx.oidc?.params?.grant_type ?? 'unknown';
      tokenRequests.total += 1;
      tokenRequests.byGrant[grant] = (tokenRequests.byGrant[grant] ?? 0) + 1;
    }
    if (ctx.path === '/token' && ctx.status === 200 && ctx.body?.access_token) {
      for (const kind of ['access_token', 'refresh_token', 'id_token']) {
        if (ctx.body[kind]) issuedTokens.push({ kind, value: ctx.body[kind] });
      }
      const token = await provider.AccessToken.find(ctx.body.access_token);
      const context = contextByGrant.get(token?.grantId) ?? { patient: DEFAULT_PATIENT };
      const scope = ctx.body.scope ?? '';
      if (context.launched || scope.includes('launch/patient') || scope.includes('patient/')) {
        ctx.body.patient = context.patient;
        ctx.body.need_patient_banner = true;
      }
      if (context.encounter) ctx.body.encounter = context.encounter;
      if (context.fhirContext) ctx.body.fhirContext = context.fhirContext;
      if (context.intent) ctx.body.intent = context.intent;
      // FHIRcast: the hub and the session's topic travel with the token too.
      if (fhircastHub) {
        ctx.body['hub.url'] = fhircastHub;
        ctx.body['hub.topic'] = context.fhircastTopic ?? DEFAULT_FHIRCAST_TOPIC;
      }
    }
  });

  async function scriptedInteraction(req, res) {
    const details = await provider.interactionDetails(req, res);
    const script = nextLogin;
    if (details.prompt.name === 'login') {
      if (script.deny) {
        nextLogin = {};
        return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The user refused access' }, { mergeWithLastSubmission: false });
      }
      return provider.interactionFinished(req, res, { login: { accountId: script.user ?? DEFAULT_USER } }, { mergeWithLastSubmission: false });
    }
    const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
    if (details.prompt.details.missingOIDCScope) grant.addOIDCScope(details.prompt.details.missingOIDCScope.join(' '));
    if (details.prompt.details.missingOIDCClaims) grant.addOIDCClaims(details.prompt.details.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(details.prompt.details.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
    const grantId = await grant.save();
    const launch = details.params.launch ? launches.get(details.params.launch) : undefined;
    if (details.params.launch && !launch) {
      nextLogin = {};
      return provider.interactionFinished(req, res, { error: 'invalid_request', error_description: 'Unknown launch' }, { mergeWithLastSubmission: false });
    }
    contextByGrant.set(grantId, launch ? { ...launch, launched: true } : { patient: script.patient ?? DEFAULT_PATIENT });
    nextLogin = {};
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  const callback = provider.callback();
  const server = http.createServer(async (req, res) => {
    try {
      if (req.url.startsWith('/interaction/')) return await scriptedInteraction(req, res);
      if (req.method === 'POST' && req.url === '/sandbox/launch') {
        // An EHR starting an app: register the context, answer with the launch value.
        const context = await readJson(req);
        const id = `launch-${launches.size + 1}-${Date.now().toString(36)}`;
        launches.set(id, { patient: context.patient ?? DEFAULT_PATIENT, encounter: context.encounter, fhirContext: context.fhirContext, intent: context.intent, fhircastTopic: context.fhircastTopic });
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ launch: id }));
        return;
      }
      if (req.method === 'POST' && req.url === '/sandbox/token-ttl') {
        const { seconds } = await readJson(req);
        if (!Number.isInteger(seconds) || seconds < 1) {
          res.writeHead(400, { 'Content-Type': 'text/plain' }).end('seconds must be a positive integer');
          return;
        }
        accessTokenTtl = seconds;
        res.writeHead(204).end();
        return;
      }
      if (req.method === 'GET' && req.url === '/sandbox/token-requests') {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(tokenRequests));
        return;
      }
      if (req.method === 'GET' && req.url === '/sandbox/issued-tokens') {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(issuedTokens));
        return;
      }
      if (req.method === 'POST' && req.url === '/sandbox/next-login') {
        nextLogin = await readJson(req);
        res.writeHead(204).end();
        return;
      }
      if (req.method === 'POST' && ['/token', '/token/revocation', '/token/introspection'].includes(req.url.split('?')[0])) {
        // Client authentication exactly as registered: oidc-provider lets a client registered
        // for one secret method use the other; a strict server does not.
        const raw = await readText(req);
        const refusal = authenticationMethodRefusal(req.headers.authorization, new URLSearchParams(raw));
        if (refusal) {
          res.writeHead(401, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
            .end(JSON.stringify({ error: 'invalid_client', error_description: refusal }));
          return;
        }
        req.body = raw;
      }
      if (req.method === 'POST' && req.url.split('?')[0] === '/token') {
        // SMART Backend Services: an assertion's exp is at most five minutes ahead. oidc-provider
        // does not check that, so the sandbox does, as a strict server would (this is what a
        // client with a fast clock runs into). The body is handed on already read.
        const raw = req.body;
        const refusal = assertionLifetimeRefusal(new URLSearchParams(raw).get('client_assertion'));
        if (refusal) {
          res.writeHead(400, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
            .end(JSON.stringify({ error: 'invalid_client', error_description: refusal }));
          return;
        }
        req.body = raw;
      }
      return callback(req, res);
    } catch (err) {
      log?.(`SMART server error: ${err.message}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(err.message));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  log?.(`SMART authorization server on ${issuer}`);

  // For the FHIR server: is this bearer token a live access token for it?
  async function checkAccessToken(token) {
    // User logins issue AccessTokens; backend services (client_credentials) issue ClientCredentials.
    const found = token ? (await provider.AccessToken.find(token)) ?? (await provider.ClientCredentials.find(token)) : undefined;
    if (!found || found.isExpired) return undefined;
    return { scope: found.scope ?? '', accountId: found.accountId, aud: found.aud };
  }

  return { server, issuer, provider, checkAccessToken, smartConfiguration: smartConfigurationFor(issuer), close: () => new Promise((r) => server.close(r)) };
}
