import { financialYear, financialYearLabel, financialYearOf, quarterOf, recentQuarters, type Period } from '../../../../shared/reports/period';
import type { ReportCategory, ReportFilters } from '../../../../shared/schemas/reports';

/**
 * What the filters hold: a period chosen from financial quarters and years (or typed dates), a partner
 * ('' for all the person's partners) and a category. Periods are London dates ('YYYY-MM-DD').
 */
export interface FilterState {
  /** 'YYYY-MM-DD..YYYY-MM-DD' for a listed period, or 'custom'. */
  choice: string;
  from: string;
  to: string;
  partner: string;
  category: ReportCategory;
}

const key = (p: Period) => `${p.from}..${p.to}`;

/** The last eight quarters and the last three financial years, newest first. */
export function periodOptions(today: string): { value: string; label: string }[] {
  const quarters = recentQuarters(today, 8).map((q, i) => ({ value: key(q.period), label: i === 0 ? `${q.label}, so far` : q.label }));
  const fy = financialYearOf(today);
  const years = [fy, fy - 1, fy - 2].map((y, i) => ({ value: key(financialYear(y)), label: `Financial year ${financialYearLabel(y)}${i === 0 ? ', so far' : ''}` }));
  return [...quarters, ...years, { value: 'custom', label: 'Other dates…' }];
}

/** Opens on the last complete quarter: what a board paper reports. */
export function initialFilters(today: string): FilterState {
  const last = recentQuarters(today, 2)[1]!.period;
  return { choice: key(last), from: last.from, to: last.to, partner: '', category: 'all' };
}

export function choosePeriod(state: FilterState, choice: string): FilterState {
  if (choice === 'custom') return { ...state, choice };
  const [from, to] = choice.split('..') as [string, string];
  return { ...state, choice, from, to };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The request, or why there is none yet (typed dates that are incomplete or the wrong way round). */
export function toReportFilters(s: FilterState): { filters: ReportFilters } | { problem: string } {
  if (!DATE.test(s.from) || !DATE.test(s.to)) return { problem: 'Enter both dates of the period, like 01/04/2026.' };
  if (s.from > s.to) return { problem: 'The period must end on or after the day it starts.' };
  return { filters: { from: s.from, to: s.to, partners: s.partner ? [s.partner] : [], category: s.category } };
}

export const thisQuarter = (today: string) => quarterOf(today);
