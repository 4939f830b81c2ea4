#!/usr/bin/env node
// Generates (or reuses) the sandbox's DICOM studies without starting any server, for tests of
// Sightline's DICOM code, and prints what it made as one JSON line on stdout:
// {"dir": …, "studies": [{uid, modality, syntax, description, patientId, patientName,
//   series: [{uid, frames, files: [paths…]}]}]}
import path from 'node:path';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { generateStudies } from './lib/dicom-generator.mjs';
import { dicomName } from './lib/roster.mjs';

const { values: opts } = parseArgs({
  options: {
    'cache-dir': { type: 'string', default: process.env.SIGHTLINE_SANDBOX_CACHE ?? path.join(os.homedir(), '.cache', 'sightline-sandbox') },
  },
});

const { studies, files, dir } = await generateStudies(opts['cache-dir']);
const out = studies.map((study) => ({
  uid: study.uid,
  modality: study.modality,
  syntax: study.syntax,
  description: study.description,
  patientId: study.dicomPatient?.mrn ?? study.patient.mrn,
  patientName: study.dicomPatient?.name ?? dicomName(study.patient),
  series: study.series.map((series) => ({
    uid: series.uid,
    frames: series.frames ?? 1,
    files: files.filter((f) => path.basename(path.dirname(f)) === study.uid && path.basename(f).startsWith(`${series.number}-`)).sort(),
  })),
}));
process.stdout.write(`${JSON.stringify({ dir, studies: out })}\n`);
