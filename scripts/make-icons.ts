// Draws the add-in's icons (assets/icon-{16,32,64,80,128}.png) without any image library: a
// Fluent-blue rounded square with a gold medal and a white check mark, anti-aliased by
// supersampling, encoded as PNG with zlib. Run: npx tsx scripts/make-icons.ts
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

const SIZES = [16, 32, 64, 80, 128];
const SAMPLES = 4; // per axis

type RGBA = [number, number, number, number];
const BLUE: RGBA = [15, 108, 189, 255];
const GOLD: RGBA = [242, 183, 5, 255];
const GOLD_EDGE: RGBA = [181, 125, 0, 255];
const WHITE: RGBA = [255, 255, 255, 255];

/** The picture in unit coordinates (0..1): the colour at a point, or null for transparent. */
function paint(x: number, y: number): RGBA | null {
  const r = 0.18; // corner radius
  const inSquare = (() => {
    const cx = Math.min(Math.max(x, r), 1 - r),
      cy = Math.min(Math.max(y, r), 1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  })();
  if (!inSquare) return null;
  const dx = x - 0.5,
    dy = y - 0.5;
  const d = Math.sqrt(dx * dx + dy * dy);
  if (d <= 0.34) {
    // Check mark: two strokes, as distance to segments.
    const seg = (ax: number, ay: number, bx: number, by: number) => {
      const vx = bx - ax,
        vy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
      return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
    };
    if (Math.min(seg(0.33, 0.52, 0.45, 0.64), seg(0.45, 0.64, 0.68, 0.38)) <= 0.055) return WHITE;
    return d >= 0.3 ? GOLD_EDGE : GOLD;
  }
  return BLUE;
}

function render(size: number): Buffer {
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = paint((x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size);
          if (!c) continue;
          for (let k = 0; k < 3; k++) acc[k] += c[k] * c[3];
          acc[3] += c[3];
        }
      const i = (y * size + x) * 4;
      const a = acc[3] / (SAMPLES * SAMPLES);
      for (let k = 0; k < 3; k++) px[i + k] = acc[3] ? Math.round(acc[k] / acc[3]) : 0;
      px[i + 3] = Math.round(a);
    }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const dir = path.resolve(__dirname, "../assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(file);
  }
}
