// A small fault proxy in front of Orthanc, for tests of what Sightline does when the PACS is
// slow or goes away mid-transfer. It forwards every request to the target unchanged and streams
// the answer back, optionally throttled; when the target dies mid-body, the client's connection
// is cut too (as it would be with the real server). Test hooks on the proxy itself:
//   POST /sandbox/proxy {"bytesPerSecond", "faults"}
//        throttle answers (0: full speed), and queue faults for the next matching requests:
//        {"kind": "status", "status": 503, "retryAfter": 1}   answer with that status instead
//        {"kind": "reset"}                                     drop the connection unanswered
//        {"kind": "truncate", "afterBytes": N}                 cut the answer after N body bytes
//        {"kind": "delay", "delayMs": N}                       wait before forwarding
//        each with "path" (a substring the request path must contain; any when missing) and
//        "count" (how many requests it hits; 1 when missing)
//   POST /sandbox/orthanc/kill               SIGKILL Orthanc (what a crash or power cut does)
//   POST /sandbox/orthanc/start              start it again on the same port and storage
//   GET  /sandbox/proxy                      the settings and Orthanc's pid
import http from 'node:http';

function sendJson(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

// Writes `chunk` to `res` at no more than `rate` bytes per second, in 64 kB slices.
async function writeThrottled(res, chunk, rate) {
  const slice = 64 * 1024;
  for (let offset = 0; offset < chunk.length; offset += slice) {
    const part = chunk.subarray(offset, offset + slice);
    if (!res.write(part)) await new Promise((resolve) => res.once('drain', resolve));
    if (rate > 0) await new Promise((resolve) => setTimeout(resolve, (part.length / rate) * 1000));
    if (res.destroyed) return;
  }
}

export async function startFaultProxy({ port, target, orthancControl, log }) {
  const settings = { bytesPerSecond: 0 };
  let faults = []; // {kind, path, count, …}, taken in order by matching requests
  const stats = { forwarded: 0, faulted: 0 };

  function takeFault(url) {
    const fault = faults.find((f) => f.count > 0 && (!f.path || url.includes(f.path)));
    if (!fault) return null;
    fault.count -= 1;
    faults = faults.filter((f) => f.count > 0);
    stats.faulted += 1;
    return fault;
  }
  const targetUrl = new URL(target);

  async function control(req, res, pathname) {
    if (pathname === '/sandbox/proxy' && req.method === 'GET')
      return sendJson(res, 200, { ...settings, faults, ...stats, orthancPid: orthancControl.pid() });
    if (pathname === '/sandbox/proxy' && req.method === 'POST') {
      const body = await readJson(req);
      settings.bytesPerSecond = Math.max(0, Number(body.bytesPerSecond ?? 0));
      faults = (body.faults ?? []).map((f) => ({ ...f, count: Number(f.count ?? 1) }));
      log?.(`fault proxy: ${settings.bytesPerSecond || 'full'} bytes/s, faults ${JSON.stringify(faults)}`);
      return sendJson(res, 200, { ...settings, faults });
    }
    if (pathname === '/sandbox/orthanc/kill' && req.method === 'POST') {
      await orthancControl.kill();
      log?.('fault proxy: Orthanc killed');
      return sendJson(res, 200, { killed: true });
    }
    if (pathname === '/sandbox/orthanc/start' && req.method === 'POST') {
      await orthancControl.start();
      log?.(`fault proxy: Orthanc started again (pid ${orthancControl.pid()})`);
      return sendJson(res, 200, { orthancPid: orthancControl.pid() });
    }
    return sendJson(res, 404, { error: `no hook ${req.method} ${pathname}` });
  }

  async function forward(req, res) {
    stats.forwarded += 1;
    const fault = takeFault(req.url);
    if (fault?.kind === 'status') {
      const body = JSON.stringify({ error: `fault proxy: injected ${fault.status}` });
      const headers = { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) };
      if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
      req.resume();
      res.writeHead(Number(fault.status), headers);
      return res.end(body);
    }
    if (fault?.kind === 'reset') {
      req.socket.resetAndDestroy?.() ?? req.socket.destroy();
      return;
    }
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, Number(fault.delayMs ?? 1000)));
    let budget = fault?.kind === 'truncate' ? Number(fault.afterBytes ?? 0) : Infinity;
    const upstream = http.request(
      {
        host: targetUrl.hostname,
        port: targetUrl.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: targetUrl.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode, answer.statusMessage, answer.headers);
        let chain = Promise.resolve();
        answer.on('data', (chunk) => {
          answer.pause();
          const part = chunk.subarray(0, Math.max(0, Math.min(chunk.length, budget)));
          budget -= part.length;
          chain = chain
            .then(() => writeThrottled(res, part, settings.bytesPerSecond))
            .then(() => {
              if (budget <= 0) {
                // Truncated: the client sees its connection end mid-body.
                res.destroy();
                answer.destroy();
              } else answer.resume();
            });
        });
        answer.on('end', () => chain.then(() => res.end()));
        // The target went away mid-body: so does the client's connection.
        answer.on('aborted', () => res.destroy());
        answer.on('error', () => res.destroy());
      },
    );
    upstream.on('error', (err) => {
      if (!res.headersSent) sendJson(res, 502, { error: `upstream: ${err.message}` });
      else res.destroy();
    });
    req.pipe(upstream);
  }

  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url, 'http://127.0.0.1').pathname;
    if (pathname.startsWith('/sandbox/')) {
      control(req, res, pathname).catch((err) => sendJson(res, 500, { error: String(err) }));
      return;
    }
    forward(req, res).catch(() => res.destroy());
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const base = `http://127.0.0.1:${server.address().port}`;
  log?.(`fault proxy on ${base} → ${target}`);
  return { base, dicomWeb: `${base}/dicom-web`, close: () => new Promise((resolve) => server.close(resolve)) };
}
