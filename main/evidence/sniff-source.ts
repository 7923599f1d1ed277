import { Readable } from 'node:stream';
import type * as Strtok3 from 'strtok3';
import { type EvidenceSource } from './source';
import { classify, mp4Handlers, sniff, type Sniffed } from './sniff';

/**
 * sniff() for a file that is not in memory: file-type reads what it needs through a tokenizer over the
 * file's pieces, told the file's size (several of its detectors use it), so a 200 MB upload is typed
 * without ever being held whole. strtok3 is file-type's own tokenizer package (ESM-only, loaded like
 * file-type: see sniff.ts).
 */
type Strtok3Module = typeof Strtok3;
let strtok3Module: Promise<Strtok3Module> | undefined;
const loadStrtok3 = (): Promise<Strtok3Module> => (strtok3Module ??= import('strtok3'));

export async function sniffSource(source: EvidenceSource): Promise<Sniffed> {
  if (source.inMemory) return sniff(source.inMemory);
  const [{ fromStream }, { fileTypeFromTokenizer }] = await Promise.all([loadStrtok3(), import('file-type')]);
  const stream = Readable.from(toBuffers(source.pieces()), { objectMode: false });
  const tokenizer = await fromStream(stream, { fileInfo: { size: source.size } });
  try {
    const found = await fileTypeFromTokenizer(tokenizer);
    return classify(found, () => mp4HandlersIn(source.pieces()));
  } finally {
    await tokenizer.close();
    stream.destroy();
  }
}

function* toBuffers(pieces: Iterable<Uint8Array>): Generator<Buffer> {
  for (const p of pieces) yield Buffer.from(p.buffer, p.byteOffset, p.byteLength);
}

/** mp4Handlers over pieces: each piece is scanned with the last 15 bytes of the one before, so a box split between two is still read. */
export function mp4HandlersIn(pieces: Iterable<Uint8Array>): { sound: boolean; video: boolean } {
  const seen = { sound: false, video: false };
  let carry: Uint8Array = new Uint8Array(0);
  for (const piece of pieces) {
    const joined = new Uint8Array(carry.length + piece.length);
    joined.set(carry);
    joined.set(piece, carry.length);
    const h = mp4Handlers(joined);
    seen.sound ||= h.sound;
    seen.video ||= h.video;
    carry = joined.slice(Math.max(0, joined.length - 15));
  }
  return seen;
}
