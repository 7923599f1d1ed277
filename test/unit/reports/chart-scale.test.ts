import { describe, expect, it } from 'vitest';
import { niceScale } from '../../../main/reports/pdf/chart';

describe('chart axes', () => {
  it('rounds the top of an axis to a readable step', () => {
    expect(niceScale(0)).toEqual({ top: 4, step: 1 });
    expect(niceScale(3)).toEqual({ top: 3, step: 1 });
    expect(niceScale(7)).toEqual({ top: 8, step: 2 });
    expect(niceScale(134)).toEqual({ top: 150, step: 50 });
    expect(niceScale(1_970_00)).toEqual({ top: 200_000, step: 50_000 });
    // Rates may step in fractions.
    expect(niceScale(1.67, false)).toEqual({ top: 2, step: 0.5 });
  });
});
