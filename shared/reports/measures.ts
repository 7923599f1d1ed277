import { ACTION_KINDS } from '../domain/action-kinds';
import { type CaseReviewFact, caseReviewReturns } from './case-review-returns';
import { APPENDIX_1_OFFENCES, POLICE_OUTCOMES, SENT_FORMATS } from '../domain/policy-measures';
import { AGENCIES, ACTS, CATEGORIES, COST_KINDS, REPORT_METHODS, SCREEN_OUTCOMES } from '../domain/vocabulary';
import type { EqualityView, Measures, ReportCategory } from '../schemas/reports';
import { DEFAULT_PROFILES } from '../standards/default-profiles';
import {
  CLOSURE_OUTCOMES,
  EQUALITY_FIELDS_ORDERED,
  EQUALITY_ROLES,
  NM01_CATEGORIES,
  NO_ESTATE,
  NO_POSTCODE,
  ANOTHER_ANSWER,
  NOT_RECORDED,
  PREFER_NOT_TO_SAY,
  RESOLUTION_TARGET_MONTHS,
  RESOLVED_OUTCOME,
  postcodeDistrict,
} from './definitions';
import { keys, RESPONSE_STATES, type ResponseState } from './keys';
import type { Bucket } from './period';
import { suppressColumn } from './suppress';
import { addMonths } from '../time/days';
import { localDateOf } from '../time/london';

/**
 * The measures of a monitoring report, from facts the main process loaded for one period (pure: the
 * tests feed it hand-made facts, and main feeds it the database's). `tally` walks the facts once and
 * names every figure each fact counts towards; `buildMeasures` counts, `casesBehind` lists the cases
 * behind one figure. One walk for both, so a figure and its drill-down always agree.
 */

export interface CaseFact {
  id: number;
  partner: string;
  category: string;
  hate: boolean;
  method: string;
  estate: string;
  postcode: string;
  receivedAt: string;
  /** Linked at intake to a case that was open when this report came in: a further report, not a new case (NM01). */
  linkedToOpen: boolean;
  /** Issue 18: screened out at intake (the policy it belongs under), or null. Such a record counts apart. */
  screenedOut?: string | null;
}

export interface PartnerFact {
  code: string;
  name: string;
  homes: number;
  homesSource: string;
}

export interface ReportFacts {
  /** ISO instant the report was made: what is "now" for deadlines not yet met. */
  now: string;
  category: ReportCategory;
  partners: PartnerFact[];
  buckets: Bucket[];
  /** Cases received in the period, every category (NM01 has its own); the category filter is applied here. */
  cases: CaseFact[];
  /** The rest are already limited to the report's category. */
  openAtEnd: { caseId: number }[];
  incidents: { caseId: number; acts: string[] }[];
  /**
   * Deadlines due in the period, as stored; `past`: due before now. Either one per item (n = 1, with its
   * case) or counted by kind (n items, caseId 0), which gives the same figures without the cases.
   */
  due: { caseId: number; ruleId: string; urgent: boolean; state: string; past: boolean; n: number }[];
  /** The words of each service-standard rule, by id. */
  rules: Record<string, { label: string; source: string }>;
  referrals: { caseId: number; agency: string; supportOffered: boolean; withoutConsent: boolean }[];
  closed: { caseId: number; receivedAt: string; closedAt: string; outcome: string | null }[];
  surveysOffered: { caseId: number }[];
  surveysCompleted: { caseId: number; satisfaction: number | null }[];
  actions: { caseId: number; kind: string }[];
  costs: { caseId: number; kind: string; pence: number }[];
  /** P7.2: the outcome score of each survey completed in the period (optional: older hand-made facts). */
  surveysOutcome?: { caseId: number; score: number }[];
  /** P5.10, P5.17–5.20: results of legal and police action decided in the period. */
  actionResults?: { caseId: number; damagesPence: number | null; costsPence: number | null; costsPayer: string | null; offence: string | null; policeOutcome: string | null }[];
  /** P3.17: safety measures fitted in the period, with what they cost. */
  safetyCosts?: { caseId: number; pence: number }[];
  /** P8.3: letters sent in another format in the period. */
  formatsSent?: { caseId: number; format: string }[];
  /** Issue 20: ASB case review applications with something in the period (received, decided, reviewed). */
  caseReviews?: CaseReviewFact[];
}

/** The safety measures' row among the costs (P3.17): not a kind of the costs table, so named here. */
export const SAFETY_COST = { code: 'safety-measures', label: 'Safety and target-hardening measures (P3.17)' } as const;

/** One fact counts towards a figure: `count` items (1 unless the fact is already counted), worth `amount`. */
export type Visit = (key: string, caseId: number, amount?: number, count?: number) => void;

/** A stored 'pending' whose due time has passed is breached; one not yet due is not yet due. */
export function responseState(state: string, past: boolean): ResponseState {
  if (state === 'pending') return past ? 'breached' : 'not-yet-due';
  return (RESPONSE_STATES as readonly string[]).includes(state) ? (state as ResponseState) : 'breached';
}

/** London's offset is whole hours, so the London day of an instant depends only on its UTC hour: memoised. */
const londonDays = new Map<string, string>();
function londonDay(iso: string): string {
  const hour = iso.slice(0, 13);
  let d = londonDays.get(hour);
  if (d === undefined) {
    d = localDateOf(new Date(`${hour}:00:00.000Z`));
    if (londonDays.size > 100_000) londonDays.clear();
    londonDays.set(hour, d);
  }
  return d;
}

export function resolvedOnTime(receivedAt: string, closedAt: string): boolean {
  return londonDay(closedAt) <= addMonths(londonDay(receivedAt), RESOLUTION_TARGET_MONTHS);
}

const bucketOf = (buckets: readonly Bucket[], at: string) => buckets.findIndex((b) => at >= b.start && at < b.end);

export function tally(f: ReportFacts, visit: Visit): void {
  const inCategory = (c: string) => f.category === 'all' || f.category === c;
  for (const c of f.cases) {
    if (c.screenedOut) {
      // Not a harassment or ASB case (P1.4–1.6): counted apart, not in the cases, NM01 or anything after.
      if (inCategory(c.category)) {
        visit(keys.screenedOut, c.id);
        visit(keys.screenedOutcome(c.screenedOut), c.id);
      }
      continue;
    }
    if (NM01_CATEGORIES.includes(c.category as never)) {
      const kind = c.linkedToOpen ? 'linked' : 'asb';
      visit(keys.nm01(kind, c.partner), c.id);
      visit(keys.nm01(kind, 'all'), c.id);
      if (c.hate && !c.linkedToOpen) {
        visit(keys.nm01('hate', c.partner), c.id);
        visit(keys.nm01('hate', 'all'), c.id);
      }
    }
    if (!inCategory(c.category)) continue;
    visit(keys.casesTotal, c.id);
    visit(keys.casesCategory(c.category), c.id);
    if (c.hate) visit(keys.casesHate, c.id);
    visit(keys.method(c.method), c.id);
    visit(keys.estate(c.estate.trim() || NO_ESTATE), c.id);
    visit(keys.district(postcodeDistrict(c.postcode) || NO_POSTCODE), c.id);
    const b = bucketOf(f.buckets, c.receivedAt);
    if (b >= 0) visit(keys.trend(b), c.id);
  }
  for (const o of f.openAtEnd) visit(keys.openAtEnd, o.caseId);
  for (const i of f.incidents) {
    visit(keys.incidentsTotal, i.caseId);
    for (const act of new Set(i.acts)) visit(keys.incidentAct(act), i.caseId);
  }
  // A year has some 200,000 deadlines: the keys each kind of item counts towards are worked out once.
  const dueKeys = new Map<string, string[]>();
  for (const d of f.due) {
    const state = responseState(d.state, d.past);
    const kind = `${d.ruleId} ${state} ${d.urgent ? 1 : 0}`;
    let list = dueKeys.get(kind);
    if (!list) {
      list = (d.urgent ? [d.ruleId, 'all', 'urgent'] : [d.ruleId, 'all']).flatMap((rule) => [keys.response(rule, 'due'), keys.response(rule, state)]);
      dueKeys.set(kind, list);
    }
    for (const key of list) visit(key, d.caseId, 1, d.n);
  }
  for (const r of f.referrals) {
    visit(keys.referrals, r.caseId);
    visit(keys.referralAgency(r.agency), r.caseId);
    if (r.supportOffered) visit(keys.supportOffered, r.caseId);
    if (r.withoutConsent) visit(keys.withoutConsent, r.caseId);
  }
  for (const k of f.closed) {
    visit(keys.closed, k.caseId);
    visit(keys.outcome(k.outcome ?? 'not-recorded'), k.caseId);
    if (k.outcome === RESOLVED_OUTCOME) {
      visit(keys.resolved, k.caseId);
      if (resolvedOnTime(k.receivedAt, k.closedAt)) visit(keys.resolvedOnTime, k.caseId);
    }
  }
  for (const s of f.surveysOffered) visit(keys.surveysOffered, s.caseId);
  for (const s of f.surveysCompleted) {
    visit(keys.surveysCompleted, s.caseId);
    if (s.satisfaction !== null) visit(keys.score(s.satisfaction), s.caseId);
  }
  const legal = new Set<string>(ACTION_KINDS.filter((k) => k.legal).map((k) => k.code));
  for (const a of f.actions) {
    visit(keys.actionsTotal, a.caseId);
    visit(keys.actionKind(a.kind), a.caseId);
    if (legal.has(a.kind)) visit(keys.actionsLegal, a.caseId);
  }
  for (const c of f.costs) {
    visit(keys.costsTotal, c.caseId, c.pence);
    visit(keys.costKind(c.kind), c.caseId, c.pence);
  }
  tallyPolicyMeasures(f, visit);
}

/** Issue 18's figures: outcome satisfaction, results of action, safety measures' cost, formats sent. */
function tallyPolicyMeasures(f: ReportFacts, visit: Visit): void {
  for (const s of f.surveysOutcome ?? []) visit(keys.outcomeScore(s.score), s.caseId);
  for (const r of f.actionResults ?? []) {
    if (r.damagesPence !== null && r.damagesPence > 0) visit(keys.damages, r.caseId, r.damagesPence);
    if (r.costsPence !== null && r.costsPayer) visit(keys.costsOrder(r.costsPayer), r.caseId, r.costsPence);
    if (r.policeOutcome) visit(keys.policeOutcome(r.policeOutcome), r.caseId);
    if (r.offence) visit(keys.offence(r.offence), r.caseId);
  }
  for (const c of f.safetyCosts ?? []) {
    visit(keys.costsTotal, c.caseId, c.pence);
    visit(keys.costKind(SAFETY_COST.code), c.caseId, c.pence);
  }
  for (const x of f.formatsSent ?? []) visit(keys.formatSent(x.format), x.caseId);
}

interface Tallied {
  n: number;
  sum: number;
  cases: Set<number> | null;
}

/** Figures that also say how many different cases they are on (cases with a referral, an action, a cost). */
const DISTINCT = ['support:', 'actions:', 'costs:'];

export class Counter {
  private readonly map = new Map<string, Tallied>();
  /** `distinctAll`: count distinct cases for every figure (tests); otherwise only where a figure shows it. */
  constructor(private readonly distinctAll = false) {}
  readonly visit: Visit = (key, caseId, amount = 1, count = 1) => {
    let t = this.map.get(key);
    if (!t) this.map.set(key, (t = { n: 0, sum: 0, cases: this.distinctAll || DISTINCT.some((p) => key.startsWith(p)) ? new Set() : null }));
    t.n += count;
    t.sum += amount;
    t.cases?.add(caseId);
  };
  n = (key: string) => this.map.get(key)?.n ?? 0;
  sum = (key: string) => this.map.get(key)?.sum ?? 0;
  cases = (key: string) => this.map.get(key)?.cases?.size ?? 0;
  /** Every key with this prefix, and what follows the prefix. */
  withPrefix(prefix: string): { rest: string; n: number }[] {
    const out: { rest: string; n: number }[] = [];
    for (const [k, t] of this.map) if (k.startsWith(prefix)) out.push({ rest: k.slice(prefix.length), n: t.n });
    return out;
  }
}

/** The case ids behind one figure, in the order first met. */
export function casesBehind(f: ReportFacts, key: string): number[] {
  const ids = new Set<number>();
  tally(f, (k, caseId) => {
    if (k === key) ids.add(caseId);
  });
  return [...ids];
}

const rate = (n: number, d: number) => (d > 0 ? n / d : null);
const per1000 = (n: number, homes: number) => (homes > 0 ? (n / homes) * 1000 : null);

/** The ten most frequent names, then how many cases the rest hold. */
function top(counter: Counter, prefix: string, blank: string, limit = 10) {
  const all = counter.withPrefix(prefix);
  const named = all.filter((x) => x.rest !== blank).sort((a, b) => b.n - a.n || a.rest.localeCompare(b.rest));
  const shown = named.slice(0, limit);
  return {
    list: shown.map((x) => ({ code: x.rest, label: x.rest, n: x.n })),
    other: named.slice(limit).reduce((s, x) => s + x.n, 0),
    blank: counter.n(prefix + blank),
  };
}

/** Rule order: as in the group's default profile, then any others by id. */
const RULE_ORDER = DEFAULT_PROFILES[0]!.rules.map((r) => r.id);
const ruleRank = (id: string) => {
  const i = RULE_ORDER.indexOf(id);
  return i === -1 ? RULE_ORDER.length : i;
};

export function buildMeasures(f: ReportFacts): Measures {
  const c = new Counter();
  tally(f, c.visit);
  const categories = CATEGORIES.filter((x) => f.category === 'all' || f.category === x.code);

  const rules = new Map<string, { label: string; source: string; urgent: boolean }>();
  for (const d of f.due) if (!rules.has(d.ruleId)) rules.set(d.ruleId, { label: f.rules[d.ruleId]?.label ?? d.ruleId, source: f.rules[d.ruleId]?.source ?? '', urgent: d.urgent });
  const ruleRows = [...rules.entries()]
    .sort(([a], [b]) => ruleRank(a) - ruleRank(b) || a.localeCompare(b))
    .map(([ruleId, r]) => ({
      ruleId,
      ...r,
      due: c.n(keys.response(ruleId, 'due')),
      metOnTime: c.n(keys.response(ruleId, 'met-on-time')),
      metLate: c.n(keys.response(ruleId, 'met-late')),
      breached: c.n(keys.response(ruleId, 'breached')),
      waived: c.n(keys.response(ruleId, 'waived')),
      notYetDue: c.n(keys.response(ruleId, 'not-yet-due')),
    }));
  const onTime = (rule: string) => {
    const met = c.n(keys.response(rule, 'met-on-time'));
    return rate(met, met + c.n(keys.response(rule, 'met-late')) + c.n(keys.response(rule, 'breached')));
  };

  const withHomes = f.partners.filter((p) => p.homes > 0);
  const homes = withHomes.reduce((s, p) => s + p.homes, 0);
  const countedAsb = withHomes.reduce((s, p) => s + c.n(keys.nm01('asb', p.code)), 0);
  const countedHate = withHomes.reduce((s, p) => s + c.n(keys.nm01('hate', p.code)), 0);

  const byScore = [1, 2, 3, 4, 5].map((s) => c.n(keys.score(s)));
  const scored = byScore.reduce((a, b) => a + b, 0);
  const outcomeByScore = [1, 2, 3, 4, 5].map((s) => c.n(keys.outcomeScore(s)));
  const outcomeScored = outcomeByScore.reduce((a, b) => a + b, 0);
  const estates = top(c, 'hotspots:estate:', NO_ESTATE);
  const districts = top(c, 'hotspots:district:', NO_POSTCODE);

  return {
    cases: {
      total: c.n(keys.casesTotal),
      hate: c.n(keys.casesHate),
      byCategory: categories.map((x) => ({ code: x.code, label: x.label, n: c.n(keys.casesCategory(x.code)) })),
      openAtEnd: c.n(keys.openAtEnd),
      trend: f.buckets.map((b, i) => ({ label: b.label, n: c.n(keys.trend(i)) })),
      screenedOut: c.n(keys.screenedOut),
      screenedByOutcome: SCREEN_OUTCOMES.map((o) => ({ code: o.code, label: o.label, n: c.n(keys.screenedOutcome(o.code)) })),
    },
    incidents: { total: c.n(keys.incidentsTotal), byAct: ACTS.map((a) => ({ code: a.code, label: a.label, n: c.n(keys.incidentAct(a.code)) })) },
    nm01: {
      partners: f.partners.map((p) => {
        const asb = c.n(keys.nm01('asb', p.code));
        const hate = c.n(keys.nm01('hate', p.code));
        return { ...p, asb, hate, linkedNotCounted: c.n(keys.nm01('linked', p.code)), asbPer1000: per1000(asb, p.homes), hatePer1000: per1000(hate, p.homes) };
      }),
      total: {
        homes,
        asb: c.n(keys.nm01('asb', 'all')),
        hate: c.n(keys.nm01('hate', 'all')),
        linkedNotCounted: c.n(keys.nm01('linked', 'all')),
        asbPer1000: per1000(countedAsb, homes),
        hatePer1000: per1000(countedHate, homes),
        partnersWithoutHomes: f.partners.filter((p) => p.homes === 0).map((p) => p.code),
      },
    },
    response: { rules: ruleRows, onTimeRate: onTime('all'), urgentOnTimeRate: onTime('urgent') },
    support: {
      referrals: c.n(keys.referrals),
      cases: c.cases(keys.referrals),
      supportOffered: c.n(keys.supportOffered),
      withoutConsent: c.n(keys.withoutConsent),
      byAgency: AGENCIES.map((a) => ({ code: a.code, label: a.label, n: c.n(keys.referralAgency(a.code)) })),
      formatsSent: SENT_FORMATS.map((x) => ({ code: x.code, label: x.label, n: c.n(keys.formatSent(x.code)) })),
    },
    resolution: {
      closed: c.n(keys.closed),
      resolved: c.n(keys.resolved),
      resolvedOnTime: c.n(keys.resolvedOnTime),
      byOutcome: CLOSURE_OUTCOMES.map((o) => ({ code: o.code, label: o.label, n: c.n(keys.outcome(o.code)) })),
    },
    satisfaction: {
      offered: c.n(keys.surveysOffered),
      completed: c.n(keys.surveysCompleted),
      byScore,
      scored,
      satisfied: byScore[3]! + byScore[4]!,
      dissatisfied: byScore[0]! + byScore[1]!,
      mean: scored > 0 ? byScore.reduce((s, n, i) => s + n * (i + 1), 0) / scored : null,
      outcome: {
        byScore: outcomeByScore,
        scored: outcomeScored,
        satisfied: outcomeByScore[3]! + outcomeByScore[4]!,
        dissatisfied: outcomeByScore[0]! + outcomeByScore[1]!,
        mean: outcomeScored > 0 ? outcomeByScore.reduce((s, n, i) => s + n * (i + 1), 0) / outcomeScored : null,
      },
    },
    actions: {
      total: c.n(keys.actionsTotal),
      legal: c.n(keys.actionsLegal),
      byKind: ACTION_KINDS.map((k) => ({ code: k.code, label: k.label, legal: k.legal, n: c.n(keys.actionKind(k.code)), cases: c.cases(keys.actionKind(k.code)) })),
      results: {
        damages: c.n(keys.damages),
        damagesPence: c.sum(keys.damages),
        costsRecovered: c.n(keys.costsOrder('respondent')),
        costsRecoveredPence: c.sum(keys.costsOrder('respondent')),
        costsPaid: c.n(keys.costsOrder('partner')),
        costsPaidPence: c.sum(keys.costsOrder('partner')),
        policeOutcomes: POLICE_OUTCOMES.map((o) => ({ code: o.code, label: o.label, n: c.n(keys.policeOutcome(o.code)) })),
        offences: APPENDIX_1_OFFENCES.map((o) => ({ code: o.code, label: o.label, n: c.n(keys.offence(o.code)) })),
      },
    },
    costs: {
      totalPence: c.sum(keys.costsTotal),
      byKind: [...COST_KINDS, SAFETY_COST].map((k) => ({ code: k.code, label: k.label, entries: c.n(keys.costKind(k.code)), cases: c.cases(keys.costKind(k.code)), pence: c.sum(keys.costKind(k.code)) })),
    },
    hotspots: { estates: estates.list, districts: districts.list, otherEstates: estates.other, otherDistricts: districts.other, noEstate: estates.blank, noPostcode: districts.blank },
    methods: REPORT_METHODS.map((m) => ({ code: m.code, label: m.label, n: c.n(keys.method(m.code)) })),
    caseReviews: caseReviewReturns(f),
  };
}

/** One person on a case received in the period: their role and their answers (null: none recorded). */
export interface EqualityFact {
  role: string;
  answers: Record<string, string | null>;
}

/** Counts by answer for each role, small numbers suppressed column by column (shared/reports/suppress.ts). */
export function buildEquality(people: readonly EqualityFact[]): EqualityView {
  const roles = EQUALITY_ROLES.map((r) => ({ code: r.code, label: r.label, people: people.filter((p) => p.role === r.code).length }));
  const fields = EQUALITY_FIELDS_ORDERED.map((q) => {
    const counts = new Map<string, number[]>();
    const add = (answer: string, col: number) => {
      let row = counts.get(answer);
      if (!row) counts.set(answer, (row = EQUALITY_ROLES.map(() => 0)));
      row[col]! += 1;
    };
    for (const p of people) {
      const col = EQUALITY_ROLES.findIndex((r) => r.code === p.role);
      if (col === -1) continue;
      const given = p.answers[q.field]?.trim() || NOT_RECORDED;
      add(given === NOT_RECORDED || given === PREFER_NOT_TO_SAY || q.answers.includes(given) ? given : ANOTHER_ANSWER, col);
    }
    // Every answer is listed, given or not: a row that appeared only when someone gave that answer would
    // say so by being there. Answers outside the list (free text from an import) share one row.
    const order = [...q.answers, ANOTHER_ANSWER, PREFER_NOT_TO_SAY, NOT_RECORDED];
    const rows = order.map((answer) => counts.get(answer) ?? EQUALITY_ROLES.map(() => 0));
    const columns = EQUALITY_ROLES.map((_, col) => suppressColumn(rows.map((r) => r[col]!)));
    return { field: q.field, label: q.label, answers: order.map((answer, i) => ({ answer, cells: columns.map((col) => col[i]!) })) };
  });
  return { roles, fields };
}
