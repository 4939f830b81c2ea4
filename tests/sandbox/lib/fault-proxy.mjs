// A small fault proxy in front of Orthanc, for tests of what Sightline does when the PACS is
// slow or goes away mid-transfer. It forwards every request to the target unchanged and streams
// the answer back, optionally throttled; when the target dies mid-body, the client's connection
// is cut too (as it would be with the real server). Test hooks on the proxy itself:
//   POST /sandbox/proxy {"bytesPerSecond"}   throttle answers (0: full speed)
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
  const targetUrl = new URL(target);

  async function control(req, res, pathname) {
    if (pathname === '/sandbox/proxy' && req.method === 'GET')
      return sendJson(res, 200, { ...settings, orthancPid: orthancControl.pid() });
    if (pathname === '/sandbox/proxy' && req.method === 'POST') {
      const body = await readJson(req);
      settings.bytesPerSecond = Math.max(0, Number(body.bytesPerSecond ?? 0));
      log?.(`fault proxy: ${settings.bytesPerSecond || 'full'} bytes/s`);
      return sendJson(res, 200, settings);
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

  function forward(req, res) {
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
          chain = chain.then(() => writeThrottled(res, chunk, settings.bytesPerSecond)).then(() => answer.resume());
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
    forward(req, res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const base = `http://127.0.0.1:${server.address().port}`;
  log?.(`fault proxy on ${base} → ${target}`);
  return { base, dicomWeb: `${base}/dicom-web`, close: () => new Promise((resolve) => server.close(resolve)) };
}
