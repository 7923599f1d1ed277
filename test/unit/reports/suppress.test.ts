import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressColumn } from '../../../shared/reports/suppress';

const H = { count: null, suppressed: true };
const S = (count: number) => ({ count, suppressed: false });

describe('small-number suppression', () => {
  it('hides counts from 1 to 4 and shows 0 and 5 or more', () => {
    expect(suppressColumn([0, 1, 4, 5, 12])).toEqual([S(0), H, H, S(5), S(12)]);
  });

  it('hides the next smallest count too when only one would be hidden (it could be worked out from the total)', () => {
    expect(suppressColumn([7, 1, 0])).toEqual([H, H, S(0)]);
    expect(suppressColumn([9, 6, 3])).toEqual([S(9), H, H]);
  });

  it('hides a zero when there is no other count to hide', () => {
    expect(suppressColumn([0, 3, 0])).toEqual([H, H, S(0)]);
  });

  it('leaves columns with nothing small alone', () => {
    expect(suppressColumn([5, 0, 20])).toEqual([S(5), S(0), S(20)]);
    expect(suppressColumn([])).toEqual([]);
  });

  it('never shows a count from 1 to 4, and never leaves exactly one count hidden', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 10 }), (counts) => {
        const cells = suppressColumn(counts);
        for (const c of cells) if (!c.suppressed) expect(c.count === 0 || c.count! >= 5).toBe(true);
        const hidden = cells.filter((c) => c.suppressed).length;
        expect(hidden === 1 && counts.length > 1).toBe(false);
        cells.forEach((c, i) => {
          if (!c.suppressed) expect(c.count).toBe(counts[i]);
        });
      }),
    );
  });
});
