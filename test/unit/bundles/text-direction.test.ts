import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberAt, textDirection } from '../../../main/bundles/engine/text-direction';
import { oracleTextDirection } from './text-direction.oracle';

const bytes = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0) & 0xff));

/** Content streams made of what pages really hold: matrices, text shows, strings, names, paths, comments. */
const angle = fc.constantFrom(0, 90, 180, 270, 30);
const matrix = fc.tuple(angle, fc.integer({ min: 1, max: 40 }), fc.integer({ min: -900, max: 900 }), fc.integer({ min: -900, max: 900 })).map(([a, s, x, y]) => {
  const r = (a * Math.PI) / 180;
  const f = (v: number) => (Math.abs(v) < 1e-12 ? '0' : String(Math.round(v * 1e6) / 1e6));
  return `${f(s * Math.cos(r))} ${f(s * Math.sin(r))} ${f(-s * Math.sin(r))} ${f(s * Math.cos(r))} ${x} ${y}`;
});
const token = fc.oneof(
  matrix.map((m) => `${m} cm`),
  matrix.map((m) => `BT ${m} Tm`),
  fc.constantFrom('q', 'Q', 'BT', 'ET', '(Hello) Tj', '<48656C6C6F> Tj', '[(A) -120 (B)] TJ', "(x) '", '1 2 (y) "', '/F1 12 Tf', '0 0 100 100 re f', '% a comment\n', '(nested (parens) \\) ok) Tj', '<< /MCID 3 >> BDC', 'EMC', '-.5 +3 2.25 1 0 0 cm', '/Name#20x Do'),
);
const stream = fc.array(token, { maxLength: 60 }).map((t) => t.join(' '));

describe('which way text runs on a page (engine/text-direction.ts)', () => {
  it('agrees with the reference reading on generated content streams', () => {
    fc.assert(
      fc.property(stream, (s) => {
        expect(textDirection(bytes(s))).toBe(oracleTextDirection(bytes(s)));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads numbers as PDF spells them, and nothing else as a number', () => {
    const at = (s: string) => numberAt(bytes(s), 0, s.length);
    expect(at('612')).toBe(612);
    expect(at('-0.5')).toBe(-0.5);
    expect(at('+.25')).toBe(0.25);
    expect(at('4.')).toBe(4);
    expect(at('-')).toBeNaN();
    expect(at('.')).toBeNaN();
    expect(at('1.2.3')).toBeNaN();
    expect(at('Tj')).toBeNaN();
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (v) => {
      const s = v.toFixed(4);
      expect(at(s)).toBeCloseTo(Number(s), 9);
    }));
  });
});
