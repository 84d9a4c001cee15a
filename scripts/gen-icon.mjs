// Draws the extension icon (media/icon.png, 128×128 RGBA): a lens over a dark rounded tile, with a
// small "kernel" core in its centre. Pure Node (zlib), no image library; anti-aliased by 4×4 supersampling.
// The PNG is checked in; rerun only to change the design: node scripts/gen-icon.mjs
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const N = 128;
const S = 4; // samples per axis

/** Colour (r,g,b,a 0–255) of the point (x,y) in icon coordinates, or undefined for transparent. */
function paint(x, y) {
  // rounded tile
  const r = 22;
  const cx = Math.min(Math.max(x, r), N - r);
  const cy = Math.min(Math.max(y, r), N - r);
  if (Math.hypot(x - cx, y - cy) > r) return undefined;
  let c = [24, 32, 48];
  const lx = 54,
    ly = 54,
    outer = 34,
    inner = 26;
  const d = Math.hypot(x - lx, y - ly);
  // handle: a thick segment from the lens rim towards the bottom-right corner
  const t = Math.max(0, Math.min(1, (x - lx + (y - ly)) / 2 / 52));
  const hx = lx + t * 52,
    hy = ly + t * 52;
  const onHandle = t * 52 > outer - 4 && Math.hypot(x - hx, y - hy) < 8;
  if (d < inner) c = [38, 78, 120]; // glass
  if (d < 10) c = [250, 190, 60]; // the kernel
  if ((d >= inner && d < outer) || onHandle) c = [226, 232, 240]; // rim and handle
  return [...c, 255];
}

const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < N; x++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < S; sy++) {
      for (let sx = 0; sx < S; sx++) {
        const c = paint(x + (sx + 0.5) / S, y + (sy + 0.5) / S);
        if (!c) continue;
        for (let i = 0; i < 3; i++) acc[i] += c[i] * c[3];
        acc[3] += c[3];
      }
    }
    const o = y * (N * 4 + 1) + 1 + x * 4;
    const a = acc[3] / (S * S);
    for (let i = 0; i < 3; i++) raw[o + i] = acc[3] ? Math.round(acc[i] / acc[3]) : 0;
    raw[o + 3] = Math.round(a);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(root, 'media', 'icon.png');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`wrote ${path.relative(root, out)} (${N}×${N}, ${png.length} bytes)`);
