// Synthetic anatomy for the sandbox's DICOM studies: simple shapes with plausible values, so
// window/level, thumbnails and viewers show something recognisable.

function inEllipse(x, y, cx, cy, rx, ry) {
  const dx = (x - cx) / rx;
  const dy = (y - cy) / ry;
  return dx * dx + dy * dy <= 1;
}

// A CT slice of a chest, `t` in 0..1 from top to bottom; stored values = HU + 1024 (12 bit).
export function ctSlice(size, t, kernel) {
  const buf = Buffer.alloc(size * size * 2);
  const c = size / 2;
  const lungScale = Math.sin(Math.PI * (0.15 + 0.7 * t));
  const noise = kernel === 'lung' ? 30 : 8;
  let seed = Math.floor(t * 1000) + 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff - 0.5;
  };
  for (let y = 0; y < size; ++y) {
    for (let x = 0; x < size; ++x) {
      let hu = -1000;
      if (inEllipse(x, y, c, c, size * 0.42, size * 0.32)) {
        hu = -100; // subcutaneous fat
        if (inEllipse(x, y, c, c, size * 0.38, size * 0.28)) hu = 40; // muscle / soft tissue
        if (inEllipse(x, y, c - size * 0.17, c - size * 0.02, size * 0.13 * lungScale + 1, size * 0.2 * lungScale + 1)) hu = -820;
        if (inEllipse(x, y, c + size * 0.17, c - size * 0.02, size * 0.13 * lungScale + 1, size * 0.2 * lungScale + 1)) hu = -820;
        if (inEllipse(x, y, c + size * 0.03, c + size * 0.02, size * 0.09, size * 0.08)) hu = 50; // heart
        if (inEllipse(x, y, c - size * 0.03, c + size * 0.1, size * 0.025, size * 0.025)) hu = 260; // aorta
        if (inEllipse(x, y, c, c + size * 0.22, size * 0.04, size * 0.035)) hu = 700; // vertebra
        hu += rand() * noise;
      }
      const stored = Math.max(0, Math.min(4095, Math.round(hu + 1024)));
      buf.writeUInt16LE(stored, (y * size + x) * 2);
    }
  }
  return buf;
}

// An MR slice of a head: skull ring, grey and white matter, ventricles bright as in T2.
export function mrSlice(size, t) {
  const buf = Buffer.alloc(size * size * 2);
  const c = size / 2;
  const r = size * (0.3 + 0.1 * Math.sin(Math.PI * t));
  for (let y = 0; y < size; ++y) {
    for (let x = 0; x < size; ++x) {
      let v = 0;
      if (inEllipse(x, y, c, c, r * 1.05, r * 1.25)) v = 300;
      if (inEllipse(x, y, c, c, r * 0.95, r * 1.15)) v = 1400;
      if (inEllipse(x, y, c, c, r * 0.75, r * 0.95)) v = 1000;
      if (inEllipse(x, y, c - r * 0.15, c, r * 0.08, r * 0.3) || inEllipse(x, y, c + r * 0.15, c, r * 0.08, r * 0.3)) v = 2600;
      buf.writeUInt16LE(v, (y * size + x) * 2);
    }
  }
  return buf;
}

// A chest radiograph, MONOCHROME1: high values are dark (air), low values bright (bone).
export function crImage(size) {
  const buf = Buffer.alloc(size * size * 2);
  const c = size / 2;
  for (let y = 0; y < size; ++y) {
    for (let x = 0; x < size; ++x) {
      let attenuation = 0;
      if (inEllipse(x, y, c, c, size * 0.45, size * 0.48)) attenuation = 1800;
      if (inEllipse(x, y, c - size * 0.17, c - size * 0.05, size * 0.14, size * 0.3)) attenuation = 700;
      if (inEllipse(x, y, c + size * 0.17, c - size * 0.05, size * 0.14, size * 0.3)) attenuation = 700;
      if (Math.abs(x - c) < size * 0.025) attenuation = 3200; // spine
      if (inEllipse(x, y, c + size * 0.05, c + size * 0.12, size * 0.12, size * 0.1)) attenuation = 2200;
      buf.writeUInt16LE(4095 - attenuation, (y * size + x) * 2);
    }
  }
  return buf;
}

// An ultrasound-like RGB frame: a grey fan with speckle and a colour-Doppler blob.
export function usFrame(width, height, phase) {
  const buf = Buffer.alloc(width * height * 3);
  const apexX = width / 2;
  let seed = Math.floor(phase * 997) + 3;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let y = 0; y < height; ++y) {
    for (let x = 0; x < width; ++x) {
      const dx = x - apexX;
      const dy = y + 20;
      const radius = Math.hypot(dx, dy);
      const angle = Math.atan2(dx, dy);
      let r = 0, g = 0, b = 0;
      if (Math.abs(angle) < 0.6 && radius < height * 0.95) {
        const grey = Math.min(255, 60 + rand() * 120 + (inEllipse(x, y, apexX, height * 0.55, 90, 60) ? -50 : 0));
        r = g = b = grey;
        if (inEllipse(x, y, apexX + 40 * Math.sin(phase * 6.28), height * 0.4, 25, 15)) {
          r = 220;
          g = 30;
          b = 30;
        }
      }
      const o = (y * width + x) * 3;
      buf[o] = r;
      buf[o + 1] = g;
      buf[o + 2] = b;
    }
  }
  return buf;
}
