import { describe, expect, it } from 'vitest';
import { describePeriod, financialQuarter, financialYear, periodBounds, periodName, previousPeriod, recentQuarters, trendBuckets, wholeMonths } from '../../../shared/reports/period';

describe('report periods', () => {
  it('bounds a period by London midnights, whatever the season', () => {
    // 1 April is in British Summer Time (UTC+1); 1 January is GMT.
    expect(periodBounds({ from: '2026-04-01', to: '2026-06-30' })).toEqual({ start: '2026-03-31T23:00:00.000Z', end: '2026-06-30T23:00:00.000Z' });
    expect(periodBounds({ from: '2026-01-01', to: '2026-03-31' })).toEqual({ start: '2026-01-01T00:00:00.000Z', end: '2026-03-31T23:00:00.000Z' });
    // The clocks go forward on 29 March 2026: that day is 23 hours long.
    expect(periodBounds({ from: '2026-03-29', to: '2026-03-29' })).toEqual({ start: '2026-03-29T00:00:00.000Z', end: '2026-03-29T23:00:00.000Z' });
  });

  it('knows the financial quarters and years (April to March)', () => {
    expect(financialQuarter(2026, 1)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(financialQuarter(2026, 3)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(financialQuarter(2026, 4)).toEqual({ from: '2027-01-01', to: '2027-03-31' });
    expect(financialYear(2026)).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(periodName({ from: '2027-01-01', to: '2027-03-31' })).toBe('Q4 2026/27');
    expect(periodName({ from: '2026-04-01', to: '2027-03-31' })).toBe('Financial year 2026/27');
    expect(periodName({ from: '2026-04-02', to: '2026-06-30' })).toBeNull();
    expect(describePeriod({ from: '2026-04-01', to: '2026-06-30' })).toBe('Q1 2026/27 (1 April 2026 to 30 June 2026)');
  });

  it('compares a quarter with the quarter before, a year with the year before, anything else with the same number of days', () => {
    expect(previousPeriod({ from: '2026-04-01', to: '2026-06-30' })).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-03-31' })).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(previousPeriod({ from: '2026-04-01', to: '2027-03-31' })).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    // February: a whole month, compared with the whole of January (31 days, not 28).
    expect(previousPeriod({ from: '2026-02-01', to: '2026-02-28' })).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(previousPeriod({ from: '2026-03-10', to: '2026-03-16' })).toEqual({ from: '2026-03-03', to: '2026-03-09' });
    expect(wholeMonths({ from: '2026-03-10', to: '2026-03-31' })).toBeNull();
  });

  it('lists recent quarters, newest first, across a year end', () => {
    expect(recentQuarters('2026-05-14', 3).map((q) => q.label)).toEqual(['Q1 2026/27 (Apr–Jun 2026)', 'Q4 2025/26 (Jan–Mar 2026)', 'Q3 2025/26 (Oct–Dec 2025)']);
  });

  it('slices a quarter into weeks and a year into months for the trend line', () => {
    const weeks = trendBuckets({ from: '2026-04-01', to: '2026-06-30' });
    // 1 April 2026 is a Wednesday: a short first week, then Monday-to-Sunday weeks, the last cut at 30 June.
    expect(weeks[0]).toMatchObject({ label: '1 Apr', start: '2026-03-31T23:00:00.000Z', end: '2026-04-05T23:00:00.000Z' });
    expect(weeks[1]!.label).toBe('6 Apr');
    expect(weeks.at(-1)).toMatchObject({ label: '29 Jun', end: '2026-06-30T23:00:00.000Z' });
    expect(weeks).toHaveLength(14);
    const months = trendBuckets({ from: '2026-04-01', to: '2027-03-31' });
    expect(months.map((m) => m.label)).toEqual(['Apr 2026', 'May 2026', 'Jun 2026', 'Jul 2026', 'Aug 2026', 'Sep 2026', 'Oct 2026', 'Nov 2026', 'Dec 2026', 'Jan 2027', 'Feb 2027', 'Mar 2027']);
    // Buckets tile the period with no gap or overlap.
    for (let i = 1; i < months.length; i += 1) expect(months[i]!.start).toBe(months[i - 1]!.end);
    const quarters = trendBuckets({ from: '2021-04-01', to: '2026-03-31' });
    expect(quarters).toHaveLength(20);
    expect(quarters[0]!.label).toBe('Q1 2021/22');
  });
});
