// Draws the app's icons (public/icons/*.png): two linked rings, white and pink, on the app's purple,
// for the home screen of a phone. Run once after changing the drawing: `node scripts/make-icons.js`.
// PNG written by hand (zlib only), so no image tool is needed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const PURPLE = [0x5b, 0x2a, 0x86];
const WHITE = [0xff, 0xff, 0xff];
const PINK = [0xf4, 0xb8, 0xe4];

/** `scale` shrinks the rings towards the middle: maskable icons keep them inside the safe circle. */
function draw(size, scale) {
  const rings = [
    { cx: 0.5 - 0.11 * scale, color: WHITE },
    { cx: 0.5 + 0.11 * scale, color: PINK },
  ];
  const radius = 0.2 * scale;
  const half = 0.045 * scale;
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let [r, g, b] = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const px = (x + (sx + 0.5) / samples) / size;
          const py = (y + (sy + 0.5) / samples) / size;
          let color = PURPLE;
          // The pink ring over the white one, except at the top crossing, where the white passes over.
          const onRing = rings.map((ring) => Math.abs(Math.hypot(px - ring.cx, py - 0.5) - radius) <= half);
          if (onRing[1]) color = rings[1].color;
          if (onRing[0] && (!onRing[1] || py < 0.5)) color = rings[0].color;
          r += color[0];
          g += color[1];
          b += color[2];
        }
      }
      const n = samples * samples;
      pixels.set([Math.round(r / n), Math.round(g / n), Math.round(b / n)], (y * size + x) * 3);
    }
  }
  return png(size, pixels);
}

function png(size, rgb) {
  const rows = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) rgb.copy(rows, y * (size * 3 + 1) + 1, y * size * 3, (y + 1) * size * 3);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(data.length + 12);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), data.length + 8);
  return out;
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

const out = new URL('../public/icons/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), draw(192, 1));
writeFileSync(new URL('icon-512.png', out), draw(512, 1));
writeFileSync(new URL('icon-maskable-512.png', out), draw(512, 0.8));
writeFileSync(new URL('apple-touch-icon.png', out), draw(180, 0.9));
