import { seededRandom } from "./random";

// 16-bit mono PCM WAV: every browser plays it, and it can be written without a codec.

const SAMPLE_RATE = 22_050;
const PENTATONIC = [0, 2, 4, 7, 9, 12, 14, 16];

function header(dataBytes: number): Buffer {
  const head = Buffer.alloc(44);
  head.write("RIFF", 0, "ascii");
  head.writeUInt32LE(36 + dataBytes, 4);
  head.write("WAVE", 8, "ascii");
  head.write("fmt ", 12, "ascii");
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(1, 20);
  head.writeUInt16LE(1, 22);
  head.writeUInt32LE(SAMPLE_RATE, 24);
  head.writeUInt32LE(SAMPLE_RATE * 2, 28);
  head.writeUInt16LE(2, 32);
  head.writeUInt16LE(16, 34);
  head.write("data", 36, "ascii");
  head.writeUInt32LE(dataBytes, 40);
  return head;
}

type Note = { start: number; length: number; frequency: number };

function melody(seed: string, seconds: number): Note[] {
  const random = seededRandom(seed);
  const root = 196 + Math.floor(random() * 8) * 22;
  const beat = 0.22 + random() * 0.2;
  const notes: Note[] = [];
  for (let start = 0; start < seconds; start += beat) {
    const step = PENTATONIC[Math.floor(random() * PENTATONIC.length)] ?? 0;
    notes.push({ start, length: beat * 0.95, frequency: root * 2 ** (step / 12) });
  }
  return notes;
}

/** A tune of `seconds` seconds, different for every seed. */
export function renderWav(options: { seed: string; seconds: number }): Buffer {
  const total = Math.round(options.seconds * SAMPLE_RATE);
  const data = Buffer.alloc(total * 2);
  for (const note of melody(options.seed, options.seconds)) {
    const first = Math.round(note.start * SAMPLE_RATE);
    const count = Math.min(Math.round(note.length * SAMPLE_RATE), total - first);
    for (let i = 0; i < count; i++) {
      const t = i / SAMPLE_RATE;
      const envelope = Math.min(1, t * 80) * Math.exp(-t * 5);
      const phase = 2 * Math.PI * note.frequency * t;
      const value = (Math.sin(phase) + 0.3 * Math.sin(2 * phase)) * envelope * 0.35;
      data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, value)) * 32767), (first + i) * 2);
    }
  }
  return Buffer.concat([header(data.length), data]);
}
