/** Minimal PNG encoder (Node zlib, no dependency): RGBA, and indexed colour with transparency. */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Filters each row with the PNG "Up" or "Sub" filter, whichever gives the smaller absolute sum. */
function filterRows(raw: Uint8Array, width: number, height: number, bpp: number): Buffer {
  const stride = width * bpp;
  const out = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = raw.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? raw.subarray((y - 1) * stride, y * stride) : null;
    const sub = new Uint8Array(stride);
    const up = new Uint8Array(stride);
    let sSub = 0;
    let sUp = 0;
    for (let i = 0; i < stride; i++) {
      sub[i] = (row[i] - (i >= bpp ? row[i - bpp] : 0)) & 0xff;
      up[i] = (row[i] - (prev ? prev[i] : 0)) & 0xff;
      sSub += sub[i] < 128 ? sub[i] : 256 - sub[i];
      sUp += up[i] < 128 ? up[i] : 256 - up[i];
    }
    const o = y * (stride + 1);
    out[o] = sUp <= sSub ? 2 : 1;
    out.set(sUp <= sSub ? up : sub, o + 1);
  }
  return out;
}

function encode(width: number, height: number, colourType: number, bpp: number, raw: Uint8Array, extra: Buffer[] = []): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colourType;
  const idat = deflateSync(filterRows(raw, width, height, bpp), { level: 9 });
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), ...extra, chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))]);
}

/** PNG of 8-bit RGBA pixels, row-major from the top. */
export function encodeRgba(width: number, height: number, rgba: Uint8Array): Buffer {
  return encode(width, height, 6, 4, rgba);
}

/** PNG of palette indices (≤ 256 RGBA colours; alpha written as a tRNS chunk). */
export function encodeIndexed(width: number, height: number, indices: Uint8Array, palette: [number, number, number, number][]): Buffer {
  const plte = Buffer.from(palette.flatMap(([r, g, b]) => [r, g, b]));
  const trns = Buffer.from(palette.map(([, , , a]) => a));
  return encode(width, height, 3, 1, indices, [chunk('PLTE', plte), chunk('tRNS', trns)]);
}
