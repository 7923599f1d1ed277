import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachInstant } from '../../../main/standards/instants';

const read = (joined: string) => {
  const out: [number, boolean][] = [];
  forEachInstant(joined, (ms, flag) => out.push([ms, flag]));
  return out;
};

describe('reading group_concat lists of instants', () => {
  it('reads the stored form exactly as Date.parse does (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), fc.boolean()), { minLength: 1, maxLength: 6 }), (list) => {
        const joined = list.map(([d, f]) => `${d.toISOString()}${f ? 1 : 0}`).join(',');
        expect(read(joined)).toEqual(list.map(([d, f]) => [d.getTime(), f]));
      }),
    );
  });

  it('leap days, and anything not in the stored form goes through Date.parse', () => {
    expect(read('2028-02-29T23:59:00.000Z1')).toEqual([[Date.UTC(2028, 1, 29, 23, 59), true]]);
    expect(read('2026-11-21T10:00:00Z0,2026-11-21T10:00:00.000+01:000')).toEqual([
      [Date.UTC(2026, 10, 21, 10), false],
      [Date.UTC(2026, 10, 21, 9), false],
    ]);
    expect(Number.isNaN(read('2026-13-45T99:00:00.000Z0')[0]![0])).toBe(true);
  });
});
