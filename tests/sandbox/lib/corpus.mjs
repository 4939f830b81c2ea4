// Loads a public corpus of real DICOM files (Debian's python3-pydicom test files, or any folder)
// into Orthanc, as the data Sightline was not written beside: every *.dcm file is offered as it
// is; one whose SOP Instance UID Orthanc already holds is offered again as a copy with fresh
// study, series and instance UIDs (DCMTK's dcmodify), so no file is lost to a shared UID. What
// Orthanc refuses is reported with its answer, not hidden.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function dicomFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await dicomFiles(full)));
    else if (entry.name.toLowerCase().endsWith('.dcm')) found.push(full);
  }
  return found.sort();
}

async function offer(orthanc, file) {
  const reply = await fetch(`${orthanc.base}/instances`, {
    method: 'POST',
    headers: { ...orthanc.headers, 'Content-Type': 'application/dicom' },
    body: await readFile(file),
  });
  const text = await reply.text();
  let answer = {};
  try {
    answer = JSON.parse(text);
  } catch {
    answer = { Message: text.trim().slice(0, 200) };
  }
  return { status: reply.status, answer };
}

export async function loadCorpus(orthanc, dir, workDir, log) {
  const copies = path.join(workDir, 'corpus-copies');
  await mkdir(copies, { recursive: true });
  const results = [];
  for (const file of await dicomFiles(dir)) {
    const name = path.relative(dir, file);
    let { status, answer } = await offer(orthanc, file);
    let renamed = false;
    if (status === 200 && answer.Status === 'AlreadyStored') {
      const copy = path.join(copies, name.replaceAll('/', '_'));
      await copyFile(file, copy);
      try {
        await run('dcmodify', ['-nb', '-q', '-gst', '-gse', '-gin', copy]);
        ({ status, answer } = await offer(orthanc, copy));
        renamed = true;
      } catch (err) {
        answer = { Status: 'AlreadyStored', Message: `no copy with fresh UIDs: ${String(err.message).split('\n')[0]}` };
      }
    }
    const stored = status === 200 && answer.Status !== 'AlreadyStored';
    results.push({ file: name, stored, freshUids: renamed, status, orthanc: stored ? answer.ID : answer.Message ?? answer.Status ?? '' });
  }
  log?.(`corpus: ${results.filter((r) => r.stored).length} of ${results.length} files stored from ${dir}`);
  return results;
}
