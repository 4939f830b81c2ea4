// The sandbox's FHIRcast hub (STU3, WebSocket channel) on 127.0.0.1, for Sightline's context
// sync tests and the demo:
//   POST {hub.url} (form)  subscribe / unsubscribe → 202 {"hub.channel.endpoint": "ws://…"};
//                          the WebSocket then gets the confirmation (or a denial) and events
//   POST {hub.url} (JSON)  publish an event to every subscriber of its topic and event → 202
//   GET  {hub.url}/.well-known/fhircast-configuration
// With a token checker, both need a live bearer token. Test hooks (not FHIRcast):
//   POST /sandbox/deny-next {"reason"}   the next subscription is denied over its WebSocket
//   POST /sandbox/restart {"downMs"}     drops every connection and subscription, stops
//                                        listening for downMs, then listens again (a restart)
//   GET  /sandbox/state                  subscriptions, published events, acknowledgements
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';

import { DEFAULT_FHIRCAST_TOPIC } from './smart-server.mjs';

export const DEFAULT_TOPIC = DEFAULT_FHIRCAST_TOPIC;
const EVENTS = ['Patient-open', 'Patient-close', 'ImagingStudy-open', 'ImagingStudy-close'];
const MAX_LEASE_SECONDS = 7200;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(body === undefined ? '' : JSON.stringify(body));
}

export async function startFhircastHub({ port, checkAccessToken, log }) {
  const base = `http://127.0.0.1:${port}`;
  const hubUrl = `${base}/api/hub`;
  const subscriptions = new Map(); // endpoint id → {topic, events, leaseSeconds, expires, socket, denied}
  const published = [];
  const acknowledgements = [];
  let denyNext;

  const authorized = async (req) => {
    if (!checkAccessToken) return true;
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    return Boolean(match && (await checkAccessToken(match[1])));
  };

  function deny(sub, reason) {
    sub.socket?.send(JSON.stringify({ 'hub.mode': 'denied', 'hub.topic': sub.topic, 'hub.events': sub.events.join(','), 'hub.reason': reason }));
    sub.socket?.close(1000, 'denied');
  }

  function confirm(sub) {
    sub.socket?.send(JSON.stringify({ 'hub.mode': 'subscribe', 'hub.topic': sub.topic, 'hub.events': sub.events.join(','), 'hub.lease_seconds': sub.leaseSeconds }));
  }

  async function subscribe(req, res) {
    const form = new URLSearchParams(await readBody(req));
    const mode = form.get('hub.mode');
    const topic = form.get('hub.topic');
    if (form.get('hub.channel.type') !== 'websocket') return sendJson(res, 400, { error: 'hub.channel.type must be websocket' });
    if (!topic) return sendJson(res, 400, { error: 'hub.topic is required' });
    const endpoint = form.get('hub.channel.endpoint');
    const existingId = endpoint ? endpoint.split('/').pop() : undefined;
    if (mode === 'unsubscribe') {
      const sub = existingId && subscriptions.get(existingId);
      if (sub) {
        subscriptions.delete(existingId);
        sub.socket?.close(1000, 'unsubscribed');
        log?.(`FHIRcast: unsubscribed from ${topic}`);
      }
      return sendJson(res, 202, {});
    }
    if (mode !== 'subscribe') return sendJson(res, 400, { error: 'hub.mode must be subscribe or unsubscribe' });
    const events = (form.get('hub.events') ?? '').split(',').map((e) => e.trim()).filter(Boolean);
    if (events.length === 0) return sendJson(res, 400, { error: 'hub.events is required' });
    const leaseSeconds = Math.min(Number(form.get('hub.lease_seconds') ?? MAX_LEASE_SECONDS) || MAX_LEASE_SECONDS, MAX_LEASE_SECONDS);
    const renewing = existingId && subscriptions.get(existingId);
    if (renewing) {
      // A renewal over the same channel: a new lease, confirmed again on the open WebSocket.
      Object.assign(renewing, { topic, events, leaseSeconds, expires: Date.now() + leaseSeconds * 1000 });
      sendJson(res, 202, { 'hub.channel.endpoint': `ws://127.0.0.1:${port}/bind/${existingId}` });
      confirm(renewing);
      return;
    }
    const id = randomUUID();
    const sub = { topic, events, leaseSeconds, expires: Date.now() + leaseSeconds * 1000, subscriber: form.get('subscriber.name') ?? '', denied: denyNext };
    denyNext = undefined;
    subscriptions.set(id, sub);
    log?.(`FHIRcast: ${sub.subscriber || 'a subscriber'} subscribes to ${topic} (${events.join(',')})`);
    sendJson(res, 202, { 'hub.channel.endpoint': `ws://127.0.0.1:${port}/bind/${id}` });
  }

  async function publish(req, res) {
    let message;
    try {
      message = JSON.parse(await readBody(req));
    } catch {
      return sendJson(res, 400, { error: 'The body is not JSON' });
    }
    const event = message?.event;
    const name = event?.['hub.event'];
    const topic = event?.['hub.topic'];
    if (!topic || !EVENTS.some((e) => e.toLowerCase() === String(name).toLowerCase()) || !Array.isArray(event.context)) {
      return sendJson(res, 400, { error: 'An event needs hub.topic, a known hub.event and a context array' });
    }
    const notification = { timestamp: message.timestamp ?? new Date().toISOString(), id: message.id ?? randomUUID(), event };
    published.push(notification);
    for (const sub of subscriptions.values()) {
      if (sub.topic === topic && sub.socket && sub.events.some((e) => e.toLowerCase() === name.toLowerCase())) sub.socket.send(JSON.stringify(notification));
    }
    log?.(`FHIRcast: ${name} on ${topic}`);
    sendJson(res, 202, {});
  }

  async function handle(req, res) {
    const url = new URL(req.url, base);
    if (req.method === 'GET' && url.pathname === '/api/hub/.well-known/fhircast-configuration') {
      return sendJson(res, 200, { eventsSupported: EVENTS, websocketSupport: true, webhookSupport: false, fhircastVersion: 'STU3' });
    }
    if (req.method === 'POST' && url.pathname === '/sandbox/deny-next') {
      denyNext = JSON.parse((await readBody(req)) || '{}').reason ?? 'The sandbox denies this subscription';
      return sendJson(res, 204);
    }
    if (req.method === 'POST' && url.pathname === '/sandbox/restart') {
      const downMs = Number(JSON.parse((await readBody(req)) || '{}').downMs ?? 1000);
      sendJson(res, 202, {});
      setImmediate(() => restart(downMs));
      return;
    }
    if (req.method === 'GET' && url.pathname === '/sandbox/state') {
      const subs = [...subscriptions.values()].map(({ topic, events, leaseSeconds, subscriber, socket }) => ({ topic, events, leaseSeconds, subscriber, connected: Boolean(socket) }));
      return sendJson(res, 200, { subscriptions: subs, published, acknowledgements });
    }
    if (req.method === 'POST' && url.pathname === '/api/hub') {
      if (!(await authorized(req))) return sendJson(res, 401, { error: 'A live bearer token is required' });
      const type = req.headers['content-type'] ?? '';
      if (type.startsWith('application/x-www-form-urlencoded')) return subscribe(req, res);
      if (type.startsWith('application/json')) return publish(req, res);
      return sendJson(res, 415, { error: 'Form (subscriptions) or JSON (events) only' });
    }
    sendJson(res, 404, { error: 'Not found' });
  }

  let server;
  let sockets;
  function listen() {
    server = http.createServer((req, res) => {
      handle(req, res).catch((err) => {
        log?.(`FHIRcast hub error: ${err.message}`);
        if (!res.headersSent) sendJson(res, 500, { error: err.message });
      });
    });
    sockets = new WebSocketServer({ noServer: true });
    server.on('upgrade', (req, socket, head) => {
      const id = new URL(req.url, base).pathname.replace(/^\/bind\//, '');
      const sub = subscriptions.get(id);
      if (!sub || sub.socket) {
        socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
        return;
      }
      sockets.handleUpgrade(req, socket, head, (ws) => {
        sub.socket = ws;
        ws.on('message', (data) => {
          try {
            const ack = JSON.parse(data.toString());
            if (ack.id) acknowledgements.push({ id: ack.id, status: ack.status });
          } catch {
            // not an acknowledgement: ignored
          }
        });
        ws.on('close', () => {
          if (subscriptions.get(id)?.socket === ws) subscriptions.get(id).socket = undefined;
        });
        if (sub.denied) {
          subscriptions.delete(id);
          deny(sub, sub.denied);
        } else {
          confirm(sub);
        }
      });
    });
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
  }

  async function close() {
    for (const client of sockets?.clients ?? []) client.terminate();
    server?.closeAllConnections?.();
    await new Promise((r) => (server ? server.close(r) : r()));
  }

  async function restart(downMs) {
    log?.(`FHIRcast hub restarting (down ${downMs} ms)`);
    subscriptions.clear();
    await close();
    setTimeout(() => listen().then(() => log?.('FHIRcast hub back')), downMs);
  }

  // Leases end: the subscriber is told and the channel closed.
  const leases = setInterval(() => {
    for (const [id, sub] of subscriptions) {
      if (sub.expires < Date.now()) {
        subscriptions.delete(id);
        deny(sub, 'The subscription lease expired');
      }
    }
  }, 500);
  leases.unref();

  await listen();
  log?.(`FHIRcast hub on ${hubUrl}`);
  return { hubUrl, topic: DEFAULT_TOPIC, close: async () => { clearInterval(leases); await close(); } };
}
