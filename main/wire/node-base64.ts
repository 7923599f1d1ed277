import type { Base64Codec } from '../../shared/ipc/wire';

/**
 * Base64 with Node's native Buffer code, as strict as the portable codec in shared/ipc/wire.ts: only
 * canonical, padded RFC 4648 §4 text is accepted (Buffer.from alone would skip stray characters and
 * accept missing padding). Used by browser mode's server, where a 200 MB upload is 200 parts of 1.4 MB
 * of text, and an office host's PC (main/host) downloads evidence in parts: decoding natively is several times faster than the portable loop and makes one copy fewer.
 */
// A character class, not one pattern over the whole text: a repeated group over tens of megabytes of
// base64 overflows the regular-expression engine's stack. Padding is checked by position; canonical
// form by the round trip below.
const OUTSIDE = /[^A-Za-z0-9+/=]/;

/** '=' only as the last one or two characters. */
function paddedAtTheEnd(text: string): boolean {
  const first = text.indexOf('=');
  return first === -1 || (first >= text.length - 2 && text.slice(first) === '='.repeat(text.length - first));
}

export const NODE_BASE64: Base64Codec = {
  encode: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  decode: (text) => {
    if (text.length % 4 !== 0) throw new Error('wire: base64 text has a length that is not a multiple of 4');
    if (OUTSIDE.test(text) || !paddedAtTheEnd(text)) throw new Error('wire: base64 text contains a character outside base64');
    const bytes = Buffer.from(text, 'base64');
    // Canonical form only: the bits a padded quantum drops must be zero, so the text is the bytes' own.
    if (bytes.toString('base64') !== text) throw new Error('wire: base64 text is not canonical');
    return bytes;
  },
};
