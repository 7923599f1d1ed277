import { deflateSync, inflateSync } from 'node:zlib';
import type { PDFContext, PDFRawStream } from './lib';

/**
 * Deflate and inflate through Node's zlib (pdf-lib's pure-JavaScript deflate is several times slower).
 * Most streams a bundle writes are a few kilobytes, for which a smaller window costs half as much to
 * set up and compresses as well.
 */
export function deflate(bytes: Uint8Array): Uint8Array {
  return bytes.length < 16 * 1024 ? deflateSync(bytes, { level: 6, windowBits: 11, memLevel: 6 }) : deflateSync(bytes, { level: 6 });
}

/**
 * Inflates at most `limit` bytes: a stream that would inflate past it throws (zlib stops as soon as its
 * output reaches the limit, so a decompression bomb costs no more than the limit to find).
 */
export function inflate(bytes: Uint8Array, limit = INFLATE_LIMIT): Uint8Array {
  return inflateSync(bytes, { maxOutputLength: limit });
}

/** The most any one stream of an evidence file may inflate to: far above any real page, far below a bomb. */
export const INFLATE_LIMIT = 64 * 1024 * 1024;

/** A Flate-compressed stream for the output, using Node's zlib. */
export function flate(ctx: PDFContext, contents: string | Uint8Array, extra: Record<string, unknown> = {}): PDFRawStream {
  const bytes = typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents;
  return ctx.stream(deflate(bytes), { ...(extra as object), Filter: 'FlateDecode' });
}
