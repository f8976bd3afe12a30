import { crc32, deflateSync } from "node:zlib";

import { seededRandom } from "./random";

// An RGB PNG drawn in code: a gradient with rings, coloured by the seed.

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

function colour(random: () => number): [number, number, number] {
  return [40 + random() * 215, 40 + random() * 215, 40 + random() * 215];
}

function pixels(seed: string, size: number): Buffer {
  const random = seededRandom(seed);
  const [from, to] = [colour(random), colour(random)];
  const rings = 4 + Math.floor(random() * 8);
  const rows = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 3 + 1);
    for (let x = 0; x < size; x++) {
      const mix = (x + y) / (2 * size);
      const distance = Math.hypot(x - size / 2, y - size / 2) / (size / 2);
      const shade = 0.75 + 0.25 * Math.cos(distance * rings * Math.PI);
      for (let c = 0; c < 3; c++) {
        const value = ((from[c] ?? 0) * (1 - mix) + (to[c] ?? 0) * mix) * shade;
        rows[row + 1 + x * 3 + c] = Math.round(value);
      }
    }
  }
  return rows;
}

export function renderPng(options: { seed: string; size?: number }): Buffer {
  const size = options.size ?? 256;
  const head = Buffer.alloc(13);
  head.writeUInt32BE(size, 0);
  head.writeUInt32BE(size, 4);
  head.writeUInt8(8, 8);
  head.writeUInt8(2, 9);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", head),
    chunk("IDAT", deflateSync(pixels(options.seed, size))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
