import { addMonths, type LocalDate } from '../time/days';
import type { RetentionRule, RetentionSchedule } from './schedule';
import { ruleWords } from './words';

/**
 * When a case falls due for disposal under a schedule: each rule that applies gives a date (its trigger
 * plus its period), and the latest wins, since every applicable reason to keep must have run out. A live
 * legal order holds the date open; a case not yet closed has none.
 */
export interface RetentionFacts {
  closedOn: LocalDate | null;
  screenedOut: boolean;
  /** Some injunction, order, ABC or possession claim is still running or could still be breached. */
  legalActionLive: boolean;
  /** The day the last legal action ended; null when there was none. */
  legalActionEndedOn: LocalDate | null;
  /** The youngest party's date of birth, when a party was under 18 when the report came in. */
  youngestChildBornOn: LocalDate | null;
}

export type RetentionDue =
  | { state: 'open'; why: string }
  | { state: 'held-by-order'; why: string }
  | { state: 'dated'; dueOn: LocalDate; rule: RetentionRule; triggerOn: LocalDate; why: string };

/** Whether a rule applies to the case (its record kind), then the day its period runs from (its trigger). */
function triggerDate(rule: RetentionRule, f: RetentionFacts): LocalDate | null | 'n/a' {
  const applies = { case: !f.screenedOut, 'screened-out-report': f.screenedOut, 'case-with-legal-action': f.legalActionEndedOn !== null, 'case-involving-child': f.youngestChildBornOn !== null }[rule.recordKind];
  if (!applies) return 'n/a';
  switch (rule.trigger) {
    case 'case-closed':
      return f.closedOn;
    case 'legal-action-ended':
      return f.legalActionEndedOn ?? 'n/a';
    case 'youngest-party-25':
      return f.youngestChildBornOn ? addMonths(f.youngestChildBornOn, 25 * 12) : 'n/a';
  }
}

export function retentionDue(schedule: RetentionSchedule, f: RetentionFacts): RetentionDue {
  if (!f.closedOn) return { state: 'open', why: 'The case is still open.' };
  if (f.legalActionLive) return { state: 'held-by-order', why: 'An injunction, order, ABC or possession claim is still live or could be breached.' };
  let best: Extract<RetentionDue, { state: 'dated' }> | null = null;
  for (const rule of schedule.rules) {
    const on = triggerDate(rule, f);
    if (on === 'n/a' || on === null) continue;
    const dueOn = addMonths(on, rule.keepMonths);
    if (!best || dueOn > best.dueOn) best = { state: 'dated', dueOn, rule, triggerOn: on, why: `${ruleWords(rule)} (rule “${rule.id}”, ${schedule.id} v${schedule.version})` };
  }
  return best ?? { state: 'open', why: 'No rule of the schedule applies.' };
}
