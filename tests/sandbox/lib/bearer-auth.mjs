// FHIR server middleware: every request except discovery must carry a live bearer token issued
// by the sandbox SMART server for this FHIR server; otherwise 401 with an OperationOutcome.
import { send } from './fhir-server.mjs';

const OPEN_PATHS = ['/fhir/metadata', '/fhir/.well-known/smart-configuration'];

function unauthorized(res, text) {
  send(res, 401, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login', details: { text } }] },
    { 'WWW-Authenticate': 'Bearer realm="sightline-sandbox"' });
}

export function requireBearerToken(checkAccessToken) {
  return async ({ req, res, url }) => {
    if (OPEN_PATHS.includes(url.pathname)) return false;
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) {
      unauthorized(res, 'A bearer token is required');
      return true;
    }
    const token = await checkAccessToken(match[1]);
    if (!token) {
      unauthorized(res, 'The bearer token is unknown, expired or revoked');
      return true;
    }
    return false;
  };
}
