import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_BASE64 } from '../../../main/wire/node-base64';
import { decodeWire, encodeWire, PORTABLE_BASE64 } from '../../../shared/ipc/wire';

/** The server's native base64 must accept and refuse exactly what the renderer's portable one does. */
const outcome = (decode: (t: string) => Uint8Array, text: string) => {
  try {
    return { ok: Array.from(decode(text)) };
  } catch (error) {
    return { refused: (error as Error).message.startsWith('wire:') };
  }
};

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';
const nearlyBase64 = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('base64')),
  fc.array(fc.constantFrom(...ALPHABET, '-', '_', ' ', '\n', 'é'), { maxLength: 40 }).map((cs) => cs.join('')),
  fc.uint8Array({ minLength: 1, maxLength: 30 }).map((b) => Buffer.from(b).toString('base64').replace(/=+$/, '')),
);

describe('NODE_BASE64', () => {
  it('encodes as the portable codec does', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
          expect(NODE_BASE64.encode(bytes)).toBe(PORTABLE_BASE64.encode(bytes));
        }), { numRuns: 300 });
  });

  it('accepts and refuses exactly the same texts, with the same bytes', () => {
    fc.assert(fc.property(nearlyBase64, (text) => {
          expect(outcome(NODE_BASE64.decode, text)).toEqual(outcome(PORTABLE_BASE64.decode, text));
        }), { numRuns: 3000 });
  });

  it.each(['QUJD=', 'QU*D', 'QQ==QUJD', 'QR==', 'QUJé', 'QUJ', 'QUJD\n'])('refuses %j', (text) => {
    expect(() => NODE_BASE64.decode(text)).toThrow(/^wire:/);
  });

  it('round-trips a wire value with a 1 MiB part', () => {
    const bytes = new Uint8Array(1024 * 1024).map((_, i) => i * 13);
    const back = decodeWire(JSON.parse(JSON.stringify(encodeWire({ index: 3, bytes }, NODE_BASE64))), NODE_BASE64) as { bytes: Uint8Array };
    expect(Buffer.from(back.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('decodes tens of megabytes in one text (a whole answer, not a part) without running out of stack', () => {
    const bytes = Buffer.alloc(36 * 1024 * 1024, 0xa5);
    bytes.writeUInt32BE(0xdeadbeef, bytes.length - 4);
    const decoded = NODE_BASE64.decode(bytes.toString('base64'));
    expect(decoded.length).toBe(bytes.length);
    expect(Buffer.from(decoded).equals(bytes)).toBe(true);
  });
});
