import { addMonths, addMonthsToDayNumber, dayNumber, fromDayNumber, type LocalDate } from '../time/days';
import { londonDayOf } from '../time/london';
import type { Threshold } from './thresholds';

/**
 * The threshold check of an ASB Case Review application, from the record (issue 20 §2). Pure: the
 * complaints come from the incidents and reports of the cases the application is linked to.
 *
 * A complaint qualifies (s.104(11), as the Home Office guidance reads it) when it was made within one
 * month of the behaviour (the period of one month beginning with the day it happened) and within the
 * window before the application (the period of six months ending with the day the application was
 * received). Days are London days, so a report at 00:30 BST is counted on the London day it was made,
 * whatever UTC says, and a window across a clock change neither gains nor loses a day.
 *
 * The same complaint recorded on two linked cases (the same behaviour at the same minute, reported by
 * the same person) is counted once. The user may correct any complaint's count, with a reason.
 */
export interface Complaint {
  /** 'incident:12', or 'report:7' for a case's report with no incident recorded. */
  key: string;
  caseId: number;
  caseRef: string;
  occurredAt: string;
  /** When it was reported; null when nobody recorded it (then: when it was recorded). */
  reportedAt: string | null;
  recordedAt: string;
  /** Who made the complaint, as named on the case ('' when not recorded or anonymous). */
  reporter: string;
  hate: boolean;
  description: string;
}

export interface Correction {
  key: string;
  counts: boolean;
  reason: string;
}

export interface CheckedComplaint extends Complaint {
  occurredOn: LocalDate;
  reportedOn: LocalDate;
  counts: boolean;
  /** Whether it counts from the record alone, before any correction (the screen offers the opposite). */
  countsBefore: boolean;
  /** Why it counts or does not, in a sentence. */
  why: string;
  /** The complaint this one repeats on a linked case, when it does. */
  duplicateOf: string | null;
  corrected: Correction | null;
}

export interface ThresholdCheck {
  windowFrom: LocalDate;
  windowTo: LocalDate;
  /** Qualifying complaints needed (the vulnerable count when that applies). */
  needed: number;
  counted: number;
  hateCounted: number;
  met: boolean;
  /** Why it is met or not, in a sentence. */
  basis: string;
  complaints: CheckedComplaint[];
}

export interface CheckInput {
  receivedOn: LocalDate;
  vulnerable: boolean;
  threshold: Threshold;
  complaints: readonly Complaint[];
  corrections: readonly Correction[];
}

const day = (d: LocalDate) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const minuteOf = (iso: string) => Math.floor(Date.parse(iso) / 60_000);
const sameReporter = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** Whether one complaint qualifies on its own (before duplicates and corrections), and why. */
function judge(c: Complaint, fromDay: number, toDay: number, within: number): { occurredOn: number; reportedOn: number; counts: boolean; why: string } {
  const occurredOn = londonDayOf(Date.parse(c.occurredAt));
  const reportedOn = londonDayOf(Date.parse(c.reportedAt ?? c.recordedAt));
  const taken = c.reportedAt ? '' : ' (when it was reported is not recorded, so the day it was recorded is used)';
  const lastReportDay = addMonthsToDayNumber(occurredOn, within) - 1;
  if (reportedOn < occurredOn) return { occurredOn, reportedOn, counts: false, why: `Reported on ${day(fromDayNumber(reportedOn))}, before the behaviour it describes: check the dates.` };
  if (reportedOn > toDay) return { occurredOn, reportedOn, counts: false, why: `Reported on ${day(fromDayNumber(reportedOn))}, after the application.` };
  if (reportedOn < fromDay) return { occurredOn, reportedOn, counts: false, why: `Reported on ${day(fromDayNumber(reportedOn))}${taken}, before the window began on ${day(fromDayNumber(fromDay))}.` };
  if (reportedOn > lastReportDay) {
    return { occurredOn, reportedOn, counts: false, why: `Reported on ${day(fromDayNumber(reportedOn))}${taken}, more than ${within === 1 ? 'one month' : `${within} months`} after the behaviour (${day(fromDayNumber(occurredOn))}).` };
  }
  return { occurredOn, reportedOn, counts: true, why: `Reported on ${day(fromDayNumber(reportedOn))}${taken}, within ${within === 1 ? 'one month' : `${within} months`} of the behaviour and inside the window.` };
}

export function checkThreshold(input: CheckInput): ThresholdCheck {
  const t = input.threshold;
  const toDay = dayNumber(input.receivedOn);
  const windowFrom = addMonths(input.receivedOn, -t.windowMonths);
  const fromDay = dayNumber(windowFrom) + 1;
  const corrections = new Map(input.corrections.map((c) => [c.key, c]));
  const firstOf = new Map<string, string>();
  const complaints: CheckedComplaint[] = [];
  // Oldest report first, so the first record of a complaint is the one that counts.
  const ordered = [...input.complaints].sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.key < b.key ? -1 : 1));
  for (const c of ordered) {
    const j = judge(c, fromDay, toDay, t.reportWithinMonths);
    const dupKey = `${minuteOf(c.occurredAt)} ${sameReporter(c.reporter)}`;
    const first = firstOf.get(dupKey);
    let counts = j.counts;
    let why = j.why;
    let duplicateOf: string | null = null;
    if (first !== undefined) {
      duplicateOf = first;
      counts = false;
      why = `The same complaint as ${first.replace(/^\w+:/, '#')} on a linked case (same behaviour, same time, same person): counted once.`;
    } else firstOf.set(dupKey, c.key);
    const countsBefore = counts;
    const corrected = corrections.get(c.key) ?? null;
    if (corrected && corrected.counts !== counts) {
      counts = corrected.counts;
      why = `${counts ? 'Counted' : 'Not counted'} by correction: ${corrected.reason}`;
    }
    complaints.push({ ...c, occurredOn: fromDayNumber(j.occurredOn), reportedOn: fromDayNumber(j.reportedOn), counts, countsBefore, why, duplicateOf, corrected });
  }
  const counted = complaints.filter((c) => c.counts).length;
  const hateCounted = complaints.filter((c) => c.counts && c.hate).length;
  const needed = input.vulnerable && t.vulnerableCount !== null ? t.vulnerableCount : t.count;
  const byCount = counted >= needed;
  const byHate = t.hateIncidents !== null && hateCounted >= t.hateIncidents;
  const met = byCount || byHate;
  const window = `between ${day(fromDayNumber(fromDay))} and ${day(input.receivedOn)}`;
  const basis = byCount
    ? `Met: ${counted} qualifying complaint${counted === 1 ? '' : 's'} ${window}; ${needed} ${needed === 1 ? 'is' : 'are'} needed${needed !== t.count ? ' for a vulnerable victim' : ''}.`
    : byHate
      ? `Met: ${hateCounted} hate incident${hateCounted === 1 ? '' : 's'} ${window}; the local threshold counts ${t.hateIncidents} as enough.`
      : `Not met: ${counted} qualifying complaint${counted === 1 ? '' : 's'} ${window}; ${needed} ${needed === 1 ? 'is' : 'are'} needed.`;
  return { windowFrom: fromDayNumber(fromDay), windowTo: input.receivedOn, needed, counted, hateCounted, met, basis, complaints };
}
