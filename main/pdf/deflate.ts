import { deflateSync, inflateSync } from 'node:zlib';
import type { PDFContext, PDFRawStream } from './lib';

/**
 * zlib's output buffer for a short stream: under half of Buffer.poolSize, so it is a slice of Node's shared
 * pool instead of a new 16 KB ArrayBuffer for each of a bundle's several hundred page streams (which
 * compress to well under this; a longer output simply takes another chunk).
 */
const SMALL_CHUNK = 4000;

/**
 * Deflate and inflate through Node's zlib (pdf-lib's pure-JavaScript deflate is several times slower).
 * Most streams a bundle writes are a few kilobytes of page operators, for which a smaller window costs
 * half as much to set up, and level 1 compresses within a few bytes of level 6 at a third of the time
 * (measured on an exhibit sheet: 4,660 bytes to 386 at level 1, 387 at level 6): a cold build of 300
 * exhibit sheets spent about two fifths of its generated pages' time in level-6 deflate (issue 15).
 */
export function deflate(bytes: Uint8Array): Uint8Array {
  return bytes.length < 16 * 1024 ? deflateSync(bytes, { level: 1, windowBits: 11, memLevel: 6, chunkSize: SMALL_CHUNK }) : deflateSync(bytes, { level: 6 });
}

/** Below this a stream is written as it is: deflate's header and checksum make a few operators longer, not shorter. */
const WORTH_DEFLATING = 128;

/**
 * Inflates at most `limit` bytes: a stream that would inflate past it throws (zlib stops as soon as its
 * output reaches the limit, so a decompression bomb costs no more than the limit to find).
 */
export function inflate(bytes: Uint8Array, limit = INFLATE_LIMIT): Uint8Array {
  return inflateSync(bytes, { maxOutputLength: limit });
}

/** The most any one stream of an evidence file may inflate to: far above any real page, far below a bomb. */
export const INFLATE_LIMIT = 64 * 1024 * 1024;

/** A stream for the output: Flate-compressed with Node's zlib, unless it is too short to gain from it. */
export function flate(ctx: PDFContext, contents: string | Uint8Array, extra: Record<string, unknown> = {}): PDFRawStream {
  const bytes = typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents;
  if (bytes.length < WORTH_DEFLATING) return ctx.stream(bytes, { ...(extra as object) });
  return ctx.stream(deflate(bytes), { ...(extra as object), Filter: 'FlateDecode' });
}
