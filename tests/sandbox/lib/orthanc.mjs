// Runs Orthanc with its DICOMweb plugin as a plain child process on a loopback port, with its
// storage in a private directory, and loads DICOM files into it.
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { waitFor } from './process-utils.mjs';

const PLUGIN_DIR = '/usr/share/orthanc/plugins';

export async function startOrthanc({ workDir, port, basicAuth, log }) {
  const storage = path.join(workDir, 'orthanc-storage');
  await mkdir(storage, { recursive: true });
  const config = {
    Name: 'SightlineSandbox',
    HttpPort: port,
    // Orthanc 1.10 cannot bind to one address; refusing remote peers is the closest it gets.
    RemoteAccessAllowed: false,
    DicomServerEnabled: false,
    StorageDirectory: storage,
    IndexDirectory: storage,
    Plugins: [path.join(PLUGIN_DIR, 'libOrthancDicomWeb.so'), path.join(PLUGIN_DIR, 'libOrthancGdcm.so')],
    DicomWeb: { Enable: true, Root: '/dicom-web/', EnableWado: true, Ssl: false },
    AuthenticationEnabled: Boolean(basicAuth),
    RegisteredUsers: basicAuth ? { [basicAuth.user]: basicAuth.password } : {},
    HttpCompressionEnabled: false,
    StableAge: 1,
    ConcurrentJobs: 1,
    LimitFindResults: 0,
  };
  const configPath = path.join(workDir, 'orthanc.json');
  await writeFile(configPath, JSON.stringify(config, null, 2));
  const logFile = path.join(workDir, 'orthanc.log');
  const child = spawn('Orthanc', [`--logfile=${logFile}`, configPath], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const headers = basicAuth ? { Authorization: 'Basic ' + Buffer.from(`${basicAuth.user}:${basicAuth.password}`).toString('base64') } : {};
  await waitFor(async () => (await fetch(`${base}/system`, { headers })).ok, 30000, () => child.exitCode !== null, `Orthanc did not start; see ${logFile}`);
  log?.(`Orthanc on ${base} (pid ${child.pid})`);
  return { child, base, dicomWeb: `${base}/dicom-web`, headers, logFile };
}

export async function uploadFiles(orthanc, files, concurrency = 4) {
  let next = 0;
  async function worker() {
    while (next < files.length) {
      const file = files[next++];
      const body = await readFile(file);
      // Orthanc 1.10 can fail a store when two uploads create the same storage subdirectory at
      // once (HTTP 500, "Unable to create a subdirectory"); storing an instance again is harmless.
      for (let attempt = 1; ; attempt++) {
        const reply = await fetch(`${orthanc.base}/instances`, {
          method: 'POST',
          headers: { ...orthanc.headers, 'Content-Type': 'application/dicom' },
          body,
        });
        if (reply.ok) {
          await reply.arrayBuffer();
          break;
        }
        const text = await reply.text();
        if (reply.status !== 500 || attempt >= 3) throw new Error(`Orthanc refused ${file}: HTTP ${reply.status} ${text}`);
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
}
