/**
 * The browser-mode wire codec: JSON cannot carry file bytes, so every Uint8Array (a Node Buffer is one)
 * travels as `{"$bytes": "<base64>"}` and is turned back on the other side. Electron IPC needs none of
 * this (structured clone carries Uint8Array); browser mode's server and its fetch twin in the renderer
 * call encodeWire before JSON.stringify and decodeWire after JSON.parse.
 *
 * So that the marker can never be confused with data, any other object key that starts with "$" gets
 * one more "$" on the way out and loses it on the way back: encode and decode are exact inverses for
 * every JSON value and every Uint8Array inside one.
 *
 * Pure TypeScript (TextEncoder/TextDecoder and typed arrays only), because the renderer runs it too.
 */
export const BYTES_KEY = '$bytes';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENCODE = new Uint8Array(64);
const DECODE = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i += 1) {
  ENCODE[i] = ALPHABET.charCodeAt(i);
  DECODE[ALPHABET.charCodeAt(i)] = i;
}
const PAD = 0x3d; // '='

/** Standard base64 (RFC 4648 §4, padded). Written into an ASCII byte array, then decoded in one go: fast for 200 MB. */
export function bytesToBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = ENCODE[v >>> 18]!;
    out[o++] = ENCODE[(v >>> 12) & 63]!;
    out[o++] = ENCODE[(v >>> 6) & 63]!;
    out[o++] = ENCODE[v & 63]!;
  }
  if (i < n) {
    const v = (bytes[i]! << 16) | (i + 1 < n ? bytes[i + 1]! << 8 : 0);
    out[o++] = ENCODE[v >>> 18]!;
    out[o++] = ENCODE[(v >>> 12) & 63]!;
    out[o++] = i + 1 < n ? ENCODE[(v >>> 6) & 63]! : PAD;
    out[o++] = PAD;
  }
  return new TextDecoder().decode(out);
}

/** The inverse of bytesToBase64; anything that is not canonical padded base64 is refused. */
export function base64ToBytes(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw new Error('wire: base64 text has a length that is not a multiple of 4');
  const src = new TextEncoder().encode(text);
  if (src.length !== text.length) throw new Error('wire: base64 text contains a character outside base64');
  const pad = src.length === 0 ? 0 : src[src.length - 1] === PAD ? (src[src.length - 2] === PAD ? 2 : 1) : 0;
  const out = new Uint8Array((src.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < src.length; i += 4) {
    const last = i + 4 === src.length;
    const a = DECODE[src[i]!]!;
    const b = DECODE[src[i + 1]!]!;
    const c = last && pad === 2 ? 0 : DECODE[src[i + 2]!]!;
    const d = last && pad >= 1 ? 0 : DECODE[src[i + 3]!]!;
    if ((a | b | c | d) < 0) throw new Error('wire: base64 text contains a character outside base64');
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = v >>> 16;
    if (o < out.length) out[o++] = (v >>> 8) & 255;
    if (o < out.length) out[o++] = v & 255;
    // Canonical form only: the bits a padded quantum drops must be zero.
    if (last && ((pad === 1 && (v & 255) !== 0) || (pad === 2 && (v & 0xffff) !== 0))) throw new Error('wire: base64 text is not canonical');
  }
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/** Sets an own property even for the key "__proto__" (which plain assignment would turn into a prototype change). */
const put = (o: Record<string, unknown>, k: string, v: unknown) => Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

const escapeKey = (k: string) => (k.startsWith('$') ? `$${k}` : k);
const unescapeKey = (k: string) => (k.startsWith('$$') ? k.slice(1) : k);

/**
 * How bytes become base64 text and back. The pure TypeScript pair above runs everywhere (the renderer
 * has no Buffer); browser mode's server passes Node's native one (main/browser/node-base64.ts), which is
 * several times faster for a 1 MiB upload part and makes fewer copies, with the same strictness.
 */
export interface Base64Codec {
  encode(bytes: Uint8Array): string;
  decode(text: string): Uint8Array;
}
export const PORTABLE_BASE64: Base64Codec = { encode: bytesToBase64, decode: base64ToBytes };

/** Replaces every Uint8Array (and Buffer) in a JSON-able value by `{"$bytes": base64}`. */
export function encodeWire(value: unknown, codec: Base64Codec = PORTABLE_BASE64): unknown {
  if (value instanceof Uint8Array) return { [BYTES_KEY]: codec.encode(value) };
  if (Array.isArray(value)) return value.map((v) => encodeWire(v, codec));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // JSON.stringify drops undefined properties anyway; keeping them out keeps the two in step.
      if (v !== undefined) put(out, escapeKey(k), encodeWire(v, codec));
    }
    return out;
  }
  return value;
}

/** Turns every `{"$bytes": base64}` back into a Uint8Array; throws on a marker whose text is not base64. */
export function decodeWire(value: unknown, codec: Base64Codec = PORTABLE_BASE64): unknown {
  if (Array.isArray(value)) return value.map((v) => decodeWire(v, codec));
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === BYTES_KEY) {
      const text = value[BYTES_KEY];
      if (typeof text !== 'string') throw new Error('wire: a $bytes marker must hold base64 text');
      return codec.decode(text);
    }
    const out: Record<string, unknown> = {};
    for (const k of keys) put(out, unescapeKey(k), decodeWire(value[k], codec));
    return out;
  }
  return value;
}
