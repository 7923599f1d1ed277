import { addDays, addMonths, type LocalDate } from '../time/days';
import { localDateOf, londonTime } from '../time/london';

/**
 * Report periods (issue 8): a run of whole London calendar days, `from` and `to` both included. Pure, so
 * the Reports screen, the CLI and the report builder agree on what "Q1 2026/27" and "the previous
 * period" mean.
 *
 * The group reports to boards by financial year (1 April to 31 March, as the regulator's Tenant
 * Satisfaction Measures do) and its quarters: Q1 April–June, Q2 July–September, Q3 October–December,
 * Q4 January–March.
 */
export interface Period {
  from: LocalDate;
  to: LocalDate;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const parts = (d: LocalDate) => d.split('-').map(Number) as [number, number, number];
const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The instants that bound a period: [start, end), as ISO UTC strings comparable with stored times. */
export function periodBounds(p: Period): { start: string; end: string } {
  return { start: londonTime(p.from, 0, 0).toISOString(), end: londonTime(addDays(p.to, 1), 0, 0).toISOString() };
}

/** Days in the period, both ends included. */
export function periodDays(p: Period): number {
  const [fy, fm, fd] = parts(p.from);
  const [ty, tm, td] = parts(p.to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000) + 1;
}

/** Whole calendar months from the 1st of a month to the last day of a month: how many, else null. */
export function wholeMonths(p: Period): number | null {
  const [fy, fm, fd] = parts(p.from);
  const [ty, tm, td] = parts(p.to);
  if (fd !== 1 || td !== lastDayOfMonth(ty, tm)) return null;
  const n = (ty - fy) * 12 + (tm - fm) + 1;
  return n > 0 ? n : null;
}

/**
 * The period a report compares with: the same number of whole months just before it when the period is
 * whole months (a quarter against the quarter before, a year against the year before); otherwise the
 * same number of days just before it.
 */
export function previousPeriod(p: Period): Period {
  const months = wholeMonths(p);
  if (months !== null) return { from: addMonths(p.from, -months), to: addDays(p.from, -1) };
  const days = periodDays(p);
  return { from: addDays(p.from, -days), to: addDays(p.from, -1) };
}

/** The financial year (its first calendar year: 2026 for 2026/27) that a day falls in. */
export const financialYearOf = (d: LocalDate) => {
  const [y, m] = parts(d);
  return m >= 4 ? y : y - 1;
};

export const financialYearLabel = (startYear: number) => `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;

export function financialYear(startYear: number): Period {
  return { from: ymd(startYear, 4, 1), to: ymd(startYear + 1, 3, 31) };
}

/** Quarter 1–4 of a financial year. */
export function financialQuarter(startYear: number, q: 1 | 2 | 3 | 4): Period {
  const firstMonth = q === 4 ? 1 : 3 * q + 1; // Q1 April, Q2 July, Q3 October, Q4 January
  const year = q === 4 ? startYear + 1 : startYear;
  return { from: ymd(year, firstMonth, 1), to: ymd(year, firstMonth + 2, lastDayOfMonth(year, firstMonth + 2)) };
}

export function quarterOf(d: LocalDate): { startYear: number; q: 1 | 2 | 3 | 4 } {
  const [, m] = parts(d);
  const q = (m >= 4 ? Math.floor((m - 4) / 3) + 1 : 4) as 1 | 2 | 3 | 4;
  return { startYear: financialYearOf(d), q };
}

/** "Q1 2026/27" when the period is exactly a financial quarter, "2026/27" for a financial year, else null. */
export function periodName(p: Period): string | null {
  const { startYear, q } = quarterOf(p.from);
  const quarter = financialQuarter(startYear, q);
  if (quarter.from === p.from && quarter.to === p.to) return `Q${q} ${financialYearLabel(startYear)}`;
  const year = financialYear(financialYearOf(p.from));
  if (year.from === p.from && year.to === p.to) return `Financial year ${financialYearLabel(financialYearOf(p.from))}`;
  return null;
}

/** "1 April 2026" */
export function longDate(d: LocalDate): string {
  const [y, m, day] = parts(d);
  return `${day} ${MONTHS[m - 1]} ${y}`;
}

/** "Q1 2026/27 (1 April 2026 to 30 June 2026)" or "3 May 2026 to 9 May 2026". */
export function describePeriod(p: Period): string {
  const range = `${longDate(p.from)} to ${longDate(p.to)}`;
  const name = periodName(p);
  return name ? `${name} (${range})` : range;
}

/** The last `count` financial quarters up to and including the one containing `today`, newest first. */
export function recentQuarters(today: LocalDate, count: number): { label: string; period: Period }[] {
  const out: { label: string; period: Period }[] = [];
  let { startYear, q } = quarterOf(today);
  for (let i = 0; i < count; i += 1) {
    const period = financialQuarter(startYear, q);
    out.push({ label: `Q${q} ${financialYearLabel(startYear)} (${MONTHS[Number(period.from.slice(5, 7)) - 1]!.slice(0, 3)}–${MONTHS[Number(period.to.slice(5, 7)) - 1]!.slice(0, 3)} ${period.to.slice(0, 4)})`, period });
    if (q === 1) {
      q = 4;
      startYear -= 1;
    } else q = (q - 1) as 1 | 2 | 3;
  }
  return out;
}

export interface Bucket {
  label: string;
  /** ISO UTC instants, [start, end). */
  start: string;
  end: string;
}

/**
 * Time slices for a trend line: weeks (Monday to Sunday, clipped to the period) for a period of up to
 * 100 days, calendar months up to three years, quarters beyond that.
 */
export function trendBuckets(p: Period): Bucket[] {
  const days = periodDays(p);
  const starts: LocalDate[] = [p.from];
  const label = (from: LocalDate) => {
    const [y, m, d] = parts(from);
    if (days <= 100) return `${d} ${MONTHS[m - 1]!.slice(0, 3)}`;
    if (days <= 1100) return `${MONTHS[m - 1]!.slice(0, 3)} ${y}`;
    const { startYear, q } = quarterOf(from);
    return `Q${q} ${financialYearLabel(startYear)}`;
  };
  for (;;) {
    const last = starts[starts.length - 1]!;
    let next: LocalDate;
    if (days <= 100) {
      const [y, m, d] = parts(last);
      const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday 0
      next = addDays(last, 7 - weekday);
    } else {
      const [y, m] = parts(last);
      const step = days <= 1100 ? 1 : 3 - ((m - 1) % 3); // to the next month, or the next financial quarter
      next = addMonths(ymd(y, m, 1), step);
    }
    if (next > p.to) break;
    starts.push(next);
  }
  return starts.map((from, i) => {
    const to = i + 1 < starts.length ? addDays(starts[i + 1]!, -1) : p.to;
    const b = periodBounds({ from, to });
    return { label: label(from), start: b.start, end: b.end };
  });
}

/** Today's London date (for defaults such as "this quarter"). */
export const londonToday = (now: Date) => localDateOf(now);
