import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, BYTES_KEY, bytesToBase64, decodeWire, encodeWire } from '../../../shared/ipc/wire';

/** What a transport does with a value: encode, JSON text, parse, decode. */
const overTheWire = (v: unknown) => decodeWire(JSON.parse(JSON.stringify(encodeWire(v))));

/** JSON-able values with Uint8Arrays (and Buffers) mixed in at any depth, and keys that look like the marker. */
const { tree } = fc.letrec((tie) => ({
  leaf: fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)), fc.boolean(), fc.constant(null), fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 40 }).map((a) => Buffer.from(a))),
  key: fc.oneof(fc.string(), fc.constantFrom('$bytes', '$$bytes', '$', '$$', '$x', '__proto__', 'constructor')),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 5 }), fc.dictionary(tie('key') as fc.Arbitrary<string>, tie('node'), { maxKeys: 5 })),
  tree: tie('node'),
}));

/** Buffers come back as plain Uint8Arrays with the same bytes; compare on that footing. */
function normalise(v: unknown): unknown {
  if (v instanceof Uint8Array) return { bytes: Array.from(v) };
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) Object.defineProperty(out, k, { value: normalise(x), enumerable: true });
    return out;
  }
  return v;
}

describe('base64', () => {
  it('matches Node’s encoder for any bytes, and decodes back exactly', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(Buffer.from(base64ToBytes(text)).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['a length that is not a multiple of 4', 'QUJD='],
    ['a character outside the alphabet', 'QU*D'],
    ['padding in the middle', 'QQ==QUJD'],
    ['non-canonical trailing bits', 'QR=='],
    ['a non-ASCII character', 'QUJé'],
  ])('refuses %s', (_what, text) => {
    expect(() => base64ToBytes(text)).toThrow(/wire:/);
  });

  it('round-trips 50 MB (its speed is in npm run bench: uploads), byte for byte at every chunk boundary', () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).map((_, i) => i * 7);
    const back = base64ToBytes(bytesToBase64(bytes));
    expect(back.length).toBe(bytes.length);
    // Spot checks across the whole length, including both ends: a chunking error shifts everything after it.
    for (let i = 0; i < bytes.length; i += 1_048_573) expect(back[i]).toBe(bytes[i]);
    expect(back[bytes.length - 1]).toBe(bytes[bytes.length - 1]);
  });
});

describe('encodeWire / decodeWire', () => {
  it('round-trips any JSON value with bytes inside it, through real JSON text (property-based)', () => {
    fc.assert(
      fc.property(tree, (value) => {
        expect(normalise(overTheWire(value))).toEqual(normalise(value));
      }),
      { numRuns: 400 },
    );
  });

  it('carries bytes as {"$bytes": base64} and nothing else', () => {
    const encoded = encodeWire({ caseId: 1, bytes: new Uint8Array([1, 2, 3]), nested: [{ b: Buffer.from('hi') }] });
    expect(encoded).toEqual({ caseId: 1, bytes: { [BYTES_KEY]: 'AQID' }, nested: [{ b: { [BYTES_KEY]: 'aGk=' } }] });
    const decoded = decodeWire(JSON.parse(JSON.stringify(encoded))) as { bytes: Uint8Array; nested: { b: Uint8Array }[] };
    expect(decoded.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(decoded.bytes)).toEqual([1, 2, 3]);
    expect(new TextDecoder().decode(decoded.nested[0]!.b)).toBe('hi');
  });

  it('does not mistake data that looks like the marker for bytes', () => {
    const tricky = { $bytes: 'AQID', other: { $bytes: 'AQID', extra: 1 }, $$bytes: 'x' };
    expect(overTheWire(tricky)).toEqual(tricky);
    expect(overTheWire([{ $bytes: 'AQID' }])).toEqual([{ $bytes: 'AQID' }]);
  });

  it('keeps a "__proto__" key as data and never changes a prototype', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown;
    const decoded = decodeWire(parsed) as Record<string, unknown>;
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(Object.hasOwn(decoded, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a marker whose text is not base64 or not text', () => {
    expect(() => decodeWire({ bytes: { $bytes: '!!!!' } })).toThrow(/wire:/);
    expect(() => decodeWire({ bytes: { $bytes: 42 } })).toThrow(/wire:/);
  });

  it('leaves values without bytes as they are', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(decodeWire(JSON.parse(JSON.stringify(encodeWire(v))))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });
});
