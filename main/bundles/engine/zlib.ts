import { deflateSync, inflateSync } from 'node:zlib';

/**
 * Deflate and inflate through Node's zlib (pdf-lib's pure-JavaScript deflate is several times slower).
 * Most streams a bundle writes are a few kilobytes, for which a smaller window costs half as much to
 * set up and compresses as well.
 */
export function deflate(bytes: Uint8Array): Uint8Array {
  return bytes.length < 16 * 1024 ? deflateSync(bytes, { level: 6, windowBits: 11, memLevel: 6 }) : deflateSync(bytes, { level: 6 });
}

export function inflate(bytes: Uint8Array): Uint8Array {
  return inflateSync(bytes);
}
