// Generates the sandbox's DICOM studies with DCMTK (dump2dcm, dcmcjpeg, dcmcjpls, dcmcrle):
// synthetic but realistic phantoms, real headers, several transfer syntaxes. Output is cached
// in a directory keyed by a hash of the generator and roster, so repeated test runs are quick.
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, readFile, rename, rm, writeFile, readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStudies, dicomName, instanceUid } from './roster.mjs';
import { ctSlice, mrSlice, crImage, usFrame } from './phantoms.mjs';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));

const SOP = {
  ct: '1.2.840.10008.5.1.4.1.1.2',
  mr: '1.2.840.10008.5.1.4.1.1.4',
  cr: '1.2.840.10008.5.1.4.1.1.1',
  us: '1.2.840.10008.5.1.4.1.1.6.1',
  usMulti: '1.2.840.10008.5.1.4.1.1.3.1',
};

// DICOM text values in a dump are bracketed; brackets or backslashes inside would break it.
function text(value) {
  return `[${String(value).replace(/[\[\]]/g, '')}]`;
}

function headerLines(study, series, index, extra) {
  const dp = study.dicomPatient ?? { mrn: study.patient.mrn, name: dicomName(study.patient) };
  const lines = [
    ['0008,0005', 'CS', '[ISO_IR 192]'],
    ['0008,0008', 'CS', text('ORIGINAL\\PRIMARY\\AXIAL')],
    ['0008,0016', 'UI', text(extra.sopClass)],
    ['0008,0018', 'UI', text(instanceUid(series, index))],
    ['0008,0020', 'DA', text(study.date)],
    ['0008,0021', 'DA', text(study.date)],
    ['0008,0023', 'DA', text(study.date)],
    ['0008,0030', 'TM', text(study.time)],
    ['0008,0031', 'TM', text(study.time)],
    ['0008,0050', 'SH', text(study.accession)],
    ['0008,0060', 'CS', text(study.modality)],
    ['0008,0070', 'LO', text('Sightline Sandbox Modality')],
    ['0008,0080', 'LO', text('Sightline General Hospital')],
    ['0008,0090', 'PN', text('Referrer^Rita')],
    ['0008,1030', 'LO', text(study.description)],
    ['0008,103e', 'LO', text(series.description)],
    ['0010,0010', 'PN', text(dp.name)],
    ['0010,0020', 'LO', text(dp.mrn)],
    ['0010,0021', 'LO', text('SIGHTLINE')],
    ['0010,0030', 'DA', text(study.patient.birthDate.replace(/-/g, ''))],
    ['0010,0040', 'CS', text(study.patient.gender === 'male' ? 'M' : 'F')],
    ['0020,000d', 'UI', text(study.uid)],
    ['0020,000e', 'UI', text(series.uid)],
    ['0020,0010', 'SH', text(study.accession.slice(-4))],
    ['0020,0011', 'IS', text(series.number)],
    ['0020,0013', 'IS', text(index + 1)],
    ['0020,0052', 'UI', text(`${study.uid}.9`)],
  ];
  return lines.concat(extra.lines);
}

function imagePixelLines({ rows, cols, bits, stored, signed, photometric, samples = 1, frames }) {
  const lines = [
    ['0028,0002', 'US', String(samples)],
    ['0028,0004', 'CS', text(photometric)],
    ['0028,0010', 'US', String(rows)],
    ['0028,0011', 'US', String(cols)],
    ['0028,0100', 'US', String(bits)],
    ['0028,0101', 'US', String(stored)],
    ['0028,0102', 'US', String(stored - 1)],
    ['0028,0103', 'US', signed ? '1' : '0'],
  ];
  if (samples === 3) lines.push(['0028,0006', 'US', '0']);
  if (frames) lines.push(['0028,0008', 'IS', text(frames)]);
  return lines;
}

// Builds the header lines and pixel bytes of one instance.
function describeInstance(study, series, index) {
  const slices = series.slices;
  if (study.kind === 'ct') {
    const thickness = 5;
    const z = -index * thickness;
    const window = series.kernel === 'lung' ? ['-600', '1500'] : ['40', '400'];
    return {
      sopClass: SOP.ct,
      pixels: ctSlice(512, index / Math.max(1, slices - 1), series.kernel),
      lines: [
        ...imagePixelLines({ rows: 512, cols: 512, bits: 16, stored: 12, signed: false, photometric: 'MONOCHROME2' }),
        ['0018,0015', 'CS', text('CHEST')],
        ['0018,0050', 'DS', text(thickness)],
        ['0018,0060', 'DS', text(120)],
        ['0018,1210', 'SH', text(series.kernel === 'lung' ? 'B70f' : 'B30f')],
        ['0020,0032', 'DS', text(`-250\\-250\\${z}`)],
        ['0020,0037', 'DS', text('1\\0\\0\\0\\1\\0')],
        ['0020,1041', 'DS', text(z)],
        ['0028,0030', 'DS', text('0.9765625\\0.9765625')],
        ['0028,1050', 'DS', text(window[0])],
        ['0028,1051', 'DS', text(window[1])],
        ['0028,1052', 'DS', text(-1024)],
        ['0028,1053', 'DS', text(1)],
        ['0028,1054', 'LO', text('HU')],
      ],
    };
  }
  if (study.kind === 'mr') {
    const z = index * 4;
    return {
      sopClass: SOP.mr,
      pixels: mrSlice(256, index / Math.max(1, slices - 1)),
      lines: [
        ...imagePixelLines({ rows: 256, cols: 256, bits: 16, stored: 12, signed: false, photometric: 'MONOCHROME2' }),
        ['0018,0020', 'CS', text('SE')],
        ['0018,0050', 'DS', text(4)],
        ['0018,0080', 'DS', text(4000)],
        ['0018,0081', 'DS', text(90)],
        ['0018,0087', 'DS', text(1.5)],
        ['0020,0032', 'DS', text(`-120\\-120\\${z}`)],
        ['0020,0037', 'DS', text('1\\0\\0\\0\\1\\0')],
        ['0020,1041', 'DS', text(z)],
        ['0028,0030', 'DS', text('0.9375\\0.9375')],
        ['0028,1050', 'DS', text(1200)],
        ['0028,1051', 'DS', text(2400)],
      ],
    };
  }
  if (study.kind === 'cr') {
    return {
      sopClass: SOP.cr,
      pixels: crImage(768),
      lines: [
        ...imagePixelLines({ rows: 768, cols: 768, bits: 16, stored: 12, signed: false, photometric: 'MONOCHROME1' }),
        ['0018,0015', 'CS', text('CHEST')],
        ['0018,5101', 'CS', text('PA')],
        ['0018,1164', 'DS', text('0.5\\0.5')],
        ['0028,1050', 'DS', text(2048)],
        ['0028,1051', 'DS', text(4096)],
      ],
    };
  }
  // Ultrasound: RGB, one frame per instance, or a cine loop as one multi-frame object.
  const frames = series.frames ?? 1;
  const chunks = [];
  for (let f = 0; f < frames; ++f) chunks.push(usFrame(640, 480, index + f / frames));
  const lines = [
    ...imagePixelLines({ rows: 480, cols: 640, bits: 8, stored: 8, signed: false, photometric: 'RGB', samples: 3, frames: frames > 1 ? frames : undefined }),
    ['0018,5010', 'LO', text('C5-2')],
  ];
  if (frames > 1) {
    lines.push(['0018,1063', 'DS', text(40)]);
    lines.push(['0028,0009', 'AT', '(0018,1063)']);
  }
  return { sopClass: frames > 1 ? SOP.usMulti : SOP.us, pixels: Buffer.concat(chunks), lines };
}

const COMPRESSORS = {
  // +un keeps the roster's SOP Instance UIDs, which lossy compression would otherwise replace.
  'jpeg-baseline': ['dcmcjpeg', ['+eb', '+q', '92', '+un']],
  'jpeg-lossless': ['dcmcjpeg', ['+e1']],
  'jpeg-ls': ['dcmcjpls', []],
  rle: ['dcmcrle', []],
};

async function writeInstance(dir, study, series, index) {
  const inst = describeInstance(study, series, index);
  const base = path.join(dir, `${series.number}-${index + 1}`);
  const raw = `${base}.raw`;
  await writeFile(raw, inst.pixels);
  const vr = inst.lines.some(([tag, , value]) => tag === '0028,0100' && value === '8') ? 'OB' : 'OW';
  const dump = headerLines(study, series, index, inst)
    .map(([tag, vrName, value]) => `(${tag}) ${vrName} ${value}`)
    .concat([`(7fe0,0010) ${vr} =${path.basename(raw)}`])
    .join('\n');
  await writeFile(`${base}.dump`, dump + '\n');
  const plain = `${base}.plain.dcm`;
  // dump2dcm resolves `=pixels.raw` against its working directory.
  await run('dump2dcm', ['+te', `${base}.dump`, plain], { cwd: dir });
  const target = `${base}.dcm`;
  const compressor = COMPRESSORS[study.syntax];
  if (compressor) {
    await run(compressor[0], [...compressor[1], plain, target]);
    await rm(plain);
  } else {
    await rename(plain, target);
  }
  await rm(raw);
  await rm(`${base}.dump`);
  return target;
}

async function generatorKey() {
  const hash = createHash('sha256');
  for (const f of ['dicom-generator.mjs', 'roster.mjs', 'phantoms.mjs']) hash.update(await readFile(path.join(here, f)));
  return hash.digest('hex').slice(0, 16);
}

async function runLimited(tasks, limit) {
  const results = [];
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  }
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

// Returns { studies, files } where files lists every generated .dcm path.
export async function generateStudies(cacheRoot) {
  const studies = buildStudies();
  const dir = path.join(cacheRoot, `dicom-${await generatorKey()}`);
  const marker = path.join(dir, 'complete');
  if (!existsSync(marker)) {
    await rm(dir, { recursive: true, force: true });
    const tasks = [];
    for (const study of studies) {
      const studyDir = path.join(dir, study.uid);
      await mkdir(studyDir, { recursive: true });
      for (const series of study.series) {
        for (let i = 0; i < series.slices; ++i) tasks.push(() => writeInstance(studyDir, study, series, i));
      }
    }
    await runLimited(tasks, 4);
    await writeFile(marker, new Date().toISOString());
  }
  const files = [];
  for (const study of studies) {
    const studyDir = path.join(dir, study.uid);
    for (const name of await readdir(studyDir)) if (name.endsWith('.dcm')) files.push(path.join(studyDir, name));
  }
  return { studies, files, dir };
}

export async function totalSize(files) {
  let sum = 0;
  for (const f of files) sum += (await stat(f)).size;
  return sum;
}
