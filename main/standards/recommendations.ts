import type { DueRecord } from '../../shared/standards/engine';
import type { Rule } from '../../shared/standards/profile';
import { endOfDay, londonTime } from '../../shared/time/london';
import { partnerRecommendations } from '../case-review/store';
import type { ReadableDB } from '../db/connection';

/**
 * An ASB Case Review's recommendations owned by the partner (issue 20 §4) as due items, beside the
 * service standards' and through the same store, digest and dashboard. Their due dates are agreed at
 * the review, not worked out from a profile's durations, so each is a rule of its own: it starts on the
 * day of the meeting, is due by the end of its due day (23:59 London time, as every "by" day is) and
 * is met on the day it was done. One closed without being done is no longer due.
 */
export const RECOMMENDATION_RULE_ID = 'case-review-recommendation';

type Recommendation = ReturnType<typeof partnerRecommendations>[number];

function ruleFor(what: string): Rule {
  const label = `ASB case review recommendation: ${what}`;
  return {
    id: RECOMMENDATION_RULE_ID,
    label: label.length > 120 ? `${label.slice(0, 119)}…` : label,
    source: 's.104',
    appliesWhen: 'always',
    trigger: { on: 'report-received' },
    metBy: ['case-review'],
    due: { amount: 1, unit: 'calendar-days' },
    variants: [],
    repeats: false,
    planSetsInterval: false,
    urgent: false,
  };
}

export function recommendationRecord(r: Recommendation, now: number): DueRecord | null {
  if (r.status === 'not-done') return null;
  const start = londonTime(r.meetingOn, 0, 0).getTime();
  const due = endOfDay(r.dueOn).getTime();
  const met = r.status === 'done' && r.completedOn ? londonTime(r.completedOn, 12, 0).getTime() : null;
  const state = met !== null ? (r.completedOn! <= r.dueOn ? 'met-on-time' : 'met-late') : now > due ? 'breached' : 'pending';
  return { rule: ruleFor(r.what), occurrence: r.id, start, due, state, met, waiver: null };
}

/** The recommendation due items of some cases (or all), by case. */
export function recommendationRecords(db: ReadableDB, caseIds: readonly number[] | 'all', now: number): Map<number, DueRecord[]> {
  const byCase = new Map<number, DueRecord[]>();
  for (const r of partnerRecommendations(db, caseIds)) {
    const record = recommendationRecord(r, now);
    if (!record) continue;
    const list = byCase.get(r.caseId) ?? [];
    list.push(record);
    byCase.set(r.caseId, list);
  }
  return byCase;
}
