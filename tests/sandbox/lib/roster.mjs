// The sample patients and their studies: one roster that both the DICOM generator and the
// FHIR sample data read, so the two servers always agree (except where they must not).

export const IDENTIFIER_SYSTEM = 'urn:oid:1.2.826.0.1.3680043.10.1042.1';
export const UID_ROOT = '1.2.826.0.1.3680043.10.1042';

export const patients = [
  {
    id: 'pat-mueller',
    mrn: 'SL-1001',
    family: 'Müller',
    given: ['Jürgen'],
    gender: 'male',
    birthDate: '1958-03-14',
  },
  {
    id: 'pat-garcia',
    mrn: 'SL-1002',
    family: 'García',
    given: ['María', 'José'],
    gender: 'female',
    birthDate: '1971-11-02',
  },
  {
    id: 'pat-oconnor',
    mrn: 'SL-1003',
    family: "O'Connor",
    given: ['Siobhán'],
    gender: 'female',
    birthDate: '1989-07-23',
  },
  {
    id: 'pat-nguyen',
    mrn: 'SL-1004',
    family: 'Nguyễn',
    given: ['Văn', 'An'],
    gender: 'male',
    birthDate: '1965-01-30',
  },
  {
    id: 'pat-bjork',
    mrn: 'SL-1005',
    family: 'Björk',
    given: ['Åsa'],
    gender: 'female',
    birthDate: '2001-09-09',
  },
];

// DICOM PN of a patient: Family^Given1 Given2.
export function dicomName(p) {
  return `${p.family}^${p.given.join(' ')}`;
}

let uidCounter = 0;
function uid(...parts) {
  return [UID_ROOT, ...parts].join('.');
}

// Every study the sandbox serves. `kind` selects the generator; `syntax` the transfer syntax
// the instances are stored in; `endpointStyle` how the FHIR ImagingStudy points at DICOMweb.
export function buildStudies() {
  uidCounter = 0;
  const studies = [];
  patients.forEach((p, index) => {
    const n = index + 1;
    studies.push({
      uid: uid(1, n, 1),
      patient: p,
      kind: 'ct',
      modality: 'CT',
      description: 'CT CHEST WITH CONTRAST',
      accession: `ACC${n}001`,
      date: `2026050${n}`,
      time: '081500',
      syntax: 'explicit',
      endpointStyle: ['referenced', 'contained', 'referenced', 'series-override', 'referenced'][index],
      series: [
        { uid: uid(1, n, 1, 1), number: 1, description: 'Axial 5mm soft tissue', slices: 30, kernel: 'soft' },
        { uid: uid(1, n, 1, 2), number: 2, description: 'Axial 5mm lung', slices: 30, kernel: 'lung' },
      ],
    });
    studies.push({
      uid: uid(1, n, 2),
      patient: p,
      kind: 'mr',
      modality: 'MR',
      description: 'MR BRAIN WITHOUT CONTRAST',
      accession: `ACC${n}002`,
      date: `2026060${n}`,
      time: '140000',
      syntax: 'explicit',
      endpointStyle: 'referenced',
      series: [{ uid: uid(1, n, 2, 1), number: 1, description: 'T2 axial', slices: 12 }],
    });
  });

  // Special objects, on the first three patients.
  const [p1, p2, p3] = patients;
  studies.push({
    uid: uid(2, 1),
    patient: p1,
    kind: 'cr',
    modality: 'CR',
    description: 'XR CHEST PA',
    accession: 'ACC9001',
    date: '20260710',
    time: '091000',
    syntax: 'jpeg-lossless',
    endpointStyle: 'referenced',
    series: [{ uid: uid(2, 1, 1), number: 1, description: 'PA', slices: 1 }],
  });
  studies.push({
    uid: uid(2, 2),
    patient: p2,
    kind: 'us',
    modality: 'US',
    description: 'US ABDOMEN',
    accession: 'ACC9002',
    date: '20260711',
    time: '101500',
    syntax: 'jpeg-baseline',
    endpointStyle: 'referenced',
    series: [
      { uid: uid(2, 2, 1), number: 1, description: 'Liver', slices: 2 },
      { uid: uid(2, 2, 2), number: 2, description: 'Cine loop', slices: 1, frames: 8 },
    ],
  });
  studies.push({
    uid: uid(2, 3),
    patient: p3,
    kind: 'mr',
    modality: 'MR',
    description: 'MR KNEE (JPEG-LS)',
    accession: 'ACC9003',
    date: '20260712',
    time: '111500',
    syntax: 'jpeg-ls',
    endpointStyle: 'referenced',
    series: [{ uid: uid(2, 3, 1), number: 1, description: 'PD sagittal', slices: 6 }],
  });
  studies.push({
    uid: uid(2, 4),
    patient: p3,
    kind: 'ct',
    modality: 'CT',
    description: 'CT HEAD (RLE)',
    accession: 'ACC9004',
    date: '20260713',
    time: '121500',
    syntax: 'rle',
    endpointStyle: 'referenced',
    series: [{ uid: uid(2, 4, 1), number: 1, description: 'Axial brain', slices: 8, kernel: 'soft' }],
  });
  // Deliberately mislabelled: the DICOM header names someone else than the FHIR Patient that
  // the ImagingStudy belongs to, so Sightline's mismatch warning has something to catch.
  studies.push({
    uid: uid(2, 5),
    patient: p1,
    dicomPatient: { mrn: 'SL-9999', name: 'Doe^John' },
    kind: 'ct',
    modality: 'CT',
    description: 'CT ABDOMEN (MISMATCHED HEADER)',
    accession: 'ACC9005',
    date: '20260714',
    time: '131500',
    syntax: 'explicit',
    endpointStyle: 'referenced',
    series: [{ uid: uid(2, 5, 1), number: 1, description: 'Axial', slices: 4, kernel: 'soft' }],
  });
  return studies;
}

export function instanceUid(series, index) {
  return `${series.uid}.${index + 1}`;
}
