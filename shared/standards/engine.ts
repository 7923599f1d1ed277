import type { Category, Flag, Motivation, RiskLevel } from '../domain/vocabulary';
import { addMonthsToDayNumber, addWorkingDayNumbers, endOfDayAt, isLastWorkingDayBeforeBreak, localDateOf, londonDayOf } from './calendar';
import type { Duration, FactKind, Profile, Rule } from './profile';

/**
 * The service-standards engine (DESIGN §4): pure and deterministic. Given a case's facts, a profile and
 * the time now, it returns every due item with its due time and state. Nothing here reads a clock, a
 * database or a literal timescale: the caller passes `now`, the facts and the profile.
 */

export interface CaseFact {
  kind: FactKind;
  at: string; // ISO instant
  /** For plan reviews: whether the review changed the plan (starts "issue the updated plan"). */
  changedPlan?: boolean;
}

export interface Waiver {
  ruleId: string;
  occurrence: number;
  reason: string;
  by: string;
  at: string;
}

export interface CaseFacts {
  receivedAt: string;
  category: Category;
  flags: readonly Flag[];
  motivation: readonly Motivation[];
  hateIncident: boolean;
  riskLevel: RiskLevel;
  closedAt: string | null;
  facts: readonly CaseFact[];
  /** The contact interval the current action plan sets, in calendar days (P4.11), if any. */
  planContactIntervalDays: number | null;
  waivers: readonly Waiver[];
}

export type DueState = 'pending' | 'met-on-time' | 'met-late' | 'breached' | 'waived';

export interface DueItem {
  ruleId: string;
  label: string;
  source: string;
  profileId: string;
  profileVersion: number;
  /** 1 for a one-off rule; 1, 2, 3… for repeating ones. */
  occurrence: number;
  startsAt: string;
  dueAt: string;
  state: DueState;
  metAt: string | null;
  waiver: Pick<Waiver, 'reason' | 'by' | 'at'> | null;
  urgent: boolean;
}

/** A fact at the last minute still counts: "by 23:59" includes 23:59:59. */
const GRACE_MS = 59_999;
const MAX_OCCURRENCES = 500;

/** When an item that starts at `start` (ms) falls due (ms), by the rule's unit (DESIGN §4). */
export function dueFrom(start: number, due: Duration): number {
  if (due.unit === 'hours') return start + due.amount * 3_600_000;
  const day = londonDayOf(start);
  switch (due.unit) {
    case 'same-day':
      return endOfDayAt(day);
    case 'working-days':
      return endOfDayAt(addWorkingDayNumbers(day, due.amount));
    case 'calendar-days':
      return endOfDayAt(day + due.amount);
    case 'calendar-months':
      return endOfDayAt(addMonthsToDayNumber(day, due.amount));
  }
}

function applies(rule: Rule, c: CaseFacts): boolean {
  switch (rule.appliesWhen) {
    case 'always':
      return true;
    case 'urgent-category':
      return c.hateIncident || c.category === 'hate-incident' || c.category === 'domestic-abuse' || c.motivation.includes('race');
    case 'graffiti':
      return c.flags.includes('discriminatory-graffiti');
    case 'emergency-repair':
      return c.flags.includes('emergency-repair');
    case 'friday-rule':
      return c.flags.includes('fear-of-violence') && isLastWorkingDayBeforeBreak(localDateOf(new Date(c.receivedAt)));
  }
}

export function durationFor(rule: Rule, c: CaseFacts): Duration {
  if (rule.planSetsInterval && c.planContactIntervalDays) return { amount: c.planContactIntervalDays, unit: 'calendar-days' };
  const variant = rule.variants.find((v) => (v.when === 'violence-or-threat' ? c.flags.includes('violence-or-threat') : c.riskLevel === 'high'));
  return variant ? variant.due : rule.due;
}

const time = (iso: string) => new Date(iso).getTime();

/** A fact with its instant parsed once: the engine compares times many times per case. */
interface TimedFact {
  kind: FactKind;
  t: number;
  changedPlan: boolean;
}

/** Instants at which a rule's (first) occurrences start. */
function starts(rule: Rule, c: CaseFacts, sorted: readonly TimedFact[]): number[] {
  const t = rule.trigger;
  switch (t.on) {
    case 'report-received':
      return [time(c.receivedAt)];
    case 'case-closed':
      return c.closedAt ? [time(c.closedAt)] : [];
    case 'first': {
      const f = sorted.find((x) => x.kind === t.fact);
      return f ? [f.t] : [];
    }
    case 'each':
      return sorted.filter((x) => x.kind === t.fact && (!t.changedPlan || x.changedPlan)).map((x) => x.t);
  }
}

export function computeDueItems(c: CaseFacts, profile: Profile, now: Date): DueItem[] {
  const sorted: TimedFact[] = c.facts.map((f) => ({ kind: f.kind, t: time(f.at), changedPlan: f.changedPlan === true })).sort((a, b) => a.t - b.t);
  const closed = c.closedAt ? time(c.closedAt) : null;
  const items: DueItem[] = [];
  for (const rule of profile.rules) {
    if (!applies(rule, c)) continue;
    const duration = durationFor(rule, c);
    const metKinds = new Set(rule.metBy);
    const item = (occurrence: number, start: number, due: number, state: DueState, metAt: number | null, waiver: Waiver | null): DueItem => ({
      ruleId: rule.id,
      label: rule.label,
      source: rule.source,
      profileId: profile.id,
      profileVersion: profile.version,
      occurrence,
      startsAt: new Date(start).toISOString(),
      dueAt: new Date(due).toISOString(),
      state,
      metAt: metAt === null ? null : new Date(metAt).toISOString(),
      waiver: waiver ? { reason: waiver.reason, by: waiver.by, at: waiver.at } : null,
      urgent: rule.urgent,
    });
    // The times of the facts that can meet this rule, in order; each occurrence starts later than the
    // last, so one pointer walks the list once instead of searching it from the start every time.
    const metTimes = sorted.filter((f) => metKinds.has(f.kind)).map((f) => f.t);
    let pointer = 0;
    const firstMetFrom = (start: number): number | null => {
      if (pointer > 0 && metTimes[pointer - 1]! >= start) pointer = 0; // a new chain (an 'each' trigger) may start earlier
      while (pointer < metTimes.length && (rule.repeats ? metTimes[pointer]! <= start : metTimes[pointer]! < start)) pointer += 1;
      return pointer < metTimes.length ? metTimes[pointer]! : null;
    };
    const waiverOf = new Map(c.waivers.filter((w) => w.ruleId === rule.id).map((w) => [w.occurrence, w]));
    let occurrence = 0;
    for (const first of starts(rule, c, sorted)) {
      let start = first;
      while (occurrence < MAX_OCCURRENCES) {
        occurrence += 1;
        const due = dueFrom(start, duration);
        const waiver = waiverOf.get(occurrence) ?? null;
        // The fact that meets it: the first of its kinds at or after the start (strictly after, for a
        // repeating rule, so the contact that started this period does not also end it).
        const metAt = firstMetFrom(start);
        // After closure nothing new falls due, except the rules that closure itself starts.
        if (closed !== null && rule.trigger.on !== 'case-closed' && metAt === null && !waiver && due > closed) {
          occurrence -= 1;
          break;
        }
        if (waiver) items.push(item(occurrence, start, due, 'waived', metAt, waiver));
        else if (metAt !== null) items.push(item(occurrence, start, due, metAt <= due + GRACE_MS ? 'met-on-time' : 'met-late', metAt, null));
        else items.push(item(occurrence, start, due, now.getTime() > due + GRACE_MS ? 'breached' : 'pending', null, null));
        if (!rule.repeats) break;
        const next = waiver ? Math.max(due, metAt ?? 0) : metAt;
        if (next === null || (closed !== null && next >= closed)) break;
        start = next;
      }
    }
  }
  // Plain comparisons: ISO strings of one format sort correctly, and localeCompare is far slower.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return items.sort((a, b) => cmp(a.dueAt, b.dueAt) || cmp(a.ruleId, b.ruleId));
}

/** The item to show in a case header: the earliest one still open (breached first, then pending). */
export function nextDue(items: readonly DueItem[]): DueItem | null {
  return items.find((i) => i.state === 'breached') ?? items.find((i) => i.state === 'pending') ?? null;
}
