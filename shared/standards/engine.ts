import { MOTIVATION_STRAND, type Category, type Flag, type Motivation, type RiskLevel } from '../domain/vocabulary';
import { addWorkingDayNumbers, isLastWorkingDayBeforeBreak, isWorkingDay } from './calendar';
import type { Duration, FactKind, Profile, Rule } from './profile';
import { addMonthsToDayNumber } from '../time/days';
import { endOfDayAt, localDateOf, londonDayOf } from '../time/london';

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
  /** Issue 18 (P3.2): someone perceives it as harassment: investigated as such from intake, whatever the motivation. */
  perceivedHarassment?: boolean;
  /** Issue 18 (P1.4–1.6): screened out at intake as belonging under another policy: no harassment deadlines. */
  screenedOut?: boolean;
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

/** A rule's due time for an occurrence starting at `start`: its duration, but never sooner than its floor in hours. */
function dueOf(rule: Rule, start: number, duration: Duration): number {
  const due = dueFrom(start, duration);
  return rule.atLeastHours === undefined ? due : Math.max(due, start + rule.atLeastHours * 3_600_000);
}

/** The first fact at or after `start` that ends a rule's chain (an ABC's end ends its reviews), or null. */
function endOfChain(rule: Rule, facts: TimedFacts, start: number): number | null {
  if (!rule.endsWith) return null;
  for (const t of facts.byKind.get(rule.endsWith) ?? EMPTY) if (t >= start) return t;
  return null;
}

/** What the engine needs of a case besides its facts. */
export type CaseHeader = Omit<CaseFacts, 'facts'>;

/** Racial harassment (P6.2): race, colour or nationality (Equality Act s9). */
const isRacial = (m: Motivation) => MOTIVATION_STRAND[m] === 'race';

function applies(rule: Rule, c: CaseHeader): boolean {
  switch (rule.appliesWhen) {
    case 'always':
      return true;
    case 'urgent-category':
      return c.hateIncident || c.perceivedHarassment === true || c.category === 'hate-incident' || c.category === 'domestic-abuse' || c.motivation.some(isRacial);
    case 'immediate-danger':
      return c.flags.includes('immediate-danger');
    case 'graffiti':
      return c.flags.includes('discriminatory-graffiti');
    case 'emergency-repair':
      return c.flags.includes('emergency-repair');
    case 'friday-rule':
      return c.flags.includes('fear-of-violence') && isLastWorkingDayBeforeBreak(localDateOf(new Date(c.receivedAt)));
    case 'weekend-rule': {
      // P4.5's intent: nobody is in the office until the next working day, whether the report came on
      // the Friday or on the closed days themselves (Good Friday, a Saturday, a bank holiday).
      if (!c.flags.includes('fear-of-violence')) return false;
      const day = localDateOf(new Date(c.receivedAt));
      return !isWorkingDay(day) || isLastWorkingDayBeforeBreak(day);
    }
  }
}

export function durationFor(rule: Rule, c: CaseHeader): Duration {
  if (rule.planSetsInterval && c.planContactIntervalDays) return { amount: c.planContactIntervalDays, unit: 'calendar-days' };
  const variant = rule.variants.find((v) => (v.when === 'violence-or-threat' ? c.flags.includes('violence-or-threat') : c.riskLevel === 'high'));
  return variant ? variant.due : rule.due;
}

const time = (iso: string) => Date.parse(iso);

/**
 * A case's facts as instants (ms), sorted, per kind: the engine's working form. Recomputing every open
 * case builds this straight from the database rows, with no CaseFact objects or strings in between.
 */
export interface TimedFacts {
  byKind: Map<FactKind, number[]>;
  /** Facts recorded as changing the plan (plan reviews), per kind: the 'each … changedPlan' trigger. */
  changedByKind: Map<FactKind, number[]>;
}

const EMPTY: readonly number[] = [];
const ascending = (a: number, b: number) => a - b;

function pushTo(map: Map<FactKind, number[]>, kind: FactKind, t: number): void {
  const list = map.get(kind);
  if (list) list.push(t);
  else map.set(kind, [t]);
}

/** Collects facts as instants; `sorted()` puts each kind in time order before the engine reads it. */
export class TimedFactsBuilder implements TimedFacts {
  readonly byKind = new Map<FactKind, number[]>();
  readonly changedByKind = new Map<FactKind, number[]>();

  add(kind: FactKind, t: number, changedPlan: boolean): void {
    pushTo(this.byKind, kind, t);
    if (changedPlan) pushTo(this.changedByKind, kind, t);
  }

  sorted(): TimedFacts {
    for (const list of this.byKind.values()) sortIfNeeded(list);
    for (const list of this.changedByKind.values()) sortIfNeeded(list);
    return this;
  }
}

/** Rows usually arrive in time order (the indexes end in `at`): checking is cheaper than sorting. */
function sortIfNeeded(list: number[]): void {
  for (let i = 1; i < list.length; i += 1) {
    if (list[i]! < list[i - 1]!) {
      list.sort(ascending);
      return;
    }
  }
}

export function timedFacts(facts: readonly CaseFact[]): TimedFacts {
  const b = new TimedFactsBuilder();
  for (const f of facts) b.add(f.kind, time(f.at), f.changedPlan === true);
  return b.sorted();
}

/** The times of the facts that can meet a rule, in order (one kind: its list as it is). */
function metTimesFor(rule: Rule, facts: TimedFacts): readonly number[] {
  let found: number[][] | null = null;
  for (const kind of rule.metBy) {
    const list = facts.byKind.get(kind);
    if (list?.length && !found?.includes(list)) (found ??= []).push(list);
  }
  if (!found) return EMPTY;
  if (found.length === 1) return found[0]!;
  return found.flat().sort(ascending);
}

/** Instants at which a rule's (first) occurrences start. */
function starts(rule: Rule, c: CaseHeader, facts: TimedFacts): readonly number[] {
  const t = rule.trigger;
  switch (t.on) {
    case 'report-received':
      return [time(c.receivedAt)];
    case 'case-closed':
      return c.closedAt ? [time(c.closedAt)] : EMPTY;
    case 'first': {
      const list = facts.byKind.get(t.fact);
      return list?.length ? [list[0]!] : EMPTY;
    }
    case 'each':
      return (t.changedPlan ? facts.changedByKind : facts.byKind).get(t.fact) ?? EMPTY;
  }
}

/** One due item as numbers (instants in ms): what the engine works in before anything is formatted. */
export interface DueRecord {
  rule: Rule;
  occurrence: number;
  start: number;
  due: number;
  state: DueState;
  met: number | null;
  waiver: Waiver | null;
}

/** Receives each due item as the engine finds it (the arguments of a DueRecord). */
export type DueVisitor = (rule: Rule, occurrence: number, start: number, due: number, state: DueState, met: number | null, waiver: Waiver | null) => void;

/**
 * Every due item of a case, in rule order then occurrence order, handed to `visit` one by one: the
 * recompute of every open case digests them as they come instead of keeping half a million objects.
 * `now` only decides between pending and breached; everything else follows from the facts and profile.
 */
export function visitDueItems(c: CaseHeader, facts: TimedFacts, profile: Profile, now: number, visit: DueVisitor): void {
  if (c.screenedOut) return;
  const closed = c.closedAt ? time(c.closedAt) : null;
  for (const rule of profile.rules) {
    if (!applies(rule, c)) continue;
    const duration = durationFor(rule, c);
    const metTimes = metTimesFor(rule, facts);
    // Each occurrence starts later than the last, so one pointer walks the met times once instead of
    // searching them from the start every time.
    let pointer = 0;
    const waiverOf = c.waivers.length ? new Map(c.waivers.filter((w) => w.ruleId === rule.id).map((w) => [w.occurrence, w])) : null;
    let occurrence = 0;
    for (const first of starts(rule, c, facts)) {
      let start = first;
      // A chain stops at closure, or at the fact that ends it (whichever comes first).
      const ends = endOfChain(rule, facts, first);
      const stop = ends === null ? closed : closed === null ? ends : Math.min(ends, closed);
      while (occurrence < MAX_OCCURRENCES) {
        occurrence += 1;
        const due = dueOf(rule, start, duration);
        const waiver = waiverOf?.get(occurrence) ?? null;
        // The fact that meets it: the first of its kinds at or after the start (strictly after, for a
        // repeating rule, so the contact that started this period does not also end it).
        if (pointer > 0 && metTimes[pointer - 1]! >= start) pointer = 0; // a new chain (an 'each' trigger) may start earlier
        while (pointer < metTimes.length && (rule.repeats ? metTimes[pointer]! <= start : metTimes[pointer]! < start)) pointer += 1;
        const metAt = pointer < metTimes.length ? metTimes[pointer]! : null;
        // After closure (or the chain's end) nothing new falls due, except the rules that closure itself starts.
        if (stop !== null && rule.trigger.on !== 'case-closed' && metAt === null && !waiver && due > stop) {
          occurrence -= 1;
          break;
        }
        const state: DueState = waiver ? 'waived' : metAt !== null ? (metAt <= due + GRACE_MS ? 'met-on-time' : 'met-late') : now > due + GRACE_MS ? 'breached' : 'pending';
        visit(rule, occurrence, start, due, state, metAt, waiver);
        if (!rule.repeats) break;
        const next = waiver ? Math.max(due, metAt ?? 0) : metAt;
        if (next === null || (stop !== null && next >= stop)) break;
        start = next;
      }
    }
  }
}

export function computeDueRecords(c: CaseHeader, facts: TimedFacts, profile: Profile, now: number): DueRecord[] {
  const records: DueRecord[] = [];
  visitDueItems(c, facts, profile, now, (rule, occurrence, start, due, state, met, waiver) => records.push({ rule, occurrence, start, due, state, met, waiver }));
  return records;
}

/** Records as the items screens, letters and the CLI show: ISO times, sorted by due time then rule. */
export function toDueItems(records: readonly DueRecord[], profile: Profile): DueItem[] {
  const items = records.map(
    (r): DueItem => ({
      ruleId: r.rule.id,
      label: r.rule.label,
      source: r.rule.source,
      profileId: profile.id,
      profileVersion: profile.version,
      occurrence: r.occurrence,
      startsAt: new Date(r.start).toISOString(),
      dueAt: new Date(r.due).toISOString(),
      state: r.state,
      metAt: r.met === null ? null : new Date(r.met).toISOString(),
      waiver: r.waiver ? { reason: r.waiver.reason, by: r.waiver.by, at: r.waiver.at } : null,
      urgent: r.rule.urgent,
    }),
  );
  // Plain comparisons: ISO strings of one format sort correctly, and localeCompare is far slower.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return items.sort((a, b) => cmp(a.dueAt, b.dueAt) || cmp(a.ruleId, b.ruleId));
}

export function computeDueItems(c: CaseFacts, profile: Profile, now: Date): DueItem[] {
  return toDueItems(computeDueRecords(c, timedFacts(c.facts), profile, now.getTime()), profile);
}

/** The item to show in a case header: the earliest one still open (breached first, then pending). */
export function nextDue(items: readonly DueItem[]): DueItem | null {
  return items.find((i) => i.state === 'breached') ?? items.find((i) => i.state === 'pending') ?? null;
}
