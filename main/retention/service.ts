import { retentionDue } from '../../shared/retention/due';
import { type RetentionSchedule, scheduleFor, scheduleWarnings } from '../../shared/retention/schedule';
import { ruleWords } from '../../shared/retention/words';
import { AppError } from '../../shared/result';
import type { DisposalItem, DisposalReview } from '../../shared/schemas/retention';
import { formatDateUK, londonDate } from '../../shared/time/london';
import type { ReadableDB } from '../db/connection';
import { can } from '../security/can';
import type { SessionUser } from '../security/session';
import { retentionFacts } from './facts';
import { schedulesIn } from './schedules/service';
import { type CaseRetentionRow, caseRetentionRow, closedCases, disposalOf, type HoldRow, latestKeep, liveHolds, liveHoldsOn, recentDisposals } from './store';

/**
 * The disposal review (issue 21 item 2): every closed case of the manager's partners whose retention date
 * has passed, with the rule and trigger that dated it, and what stands in the way (a legal hold, a live
 * order). A case kept with a reason returns on its new review date.
 */
export function holdWords(h: HoldRow): string {
  return `under legal hold placed ${formatDateUK(h.placedAt)} by ${h.placedBy} for ${h.kind.replace('-', ' ')}: ${h.reason}`;
}

export function assessCase(db: ReadableDB, c: CaseRetentionRow, now: Date, schedules: readonly RetentionSchedule[] = schedulesIn(db)): DisposalItem {
  const schedule = scheduleFor(c.partner, schedules);
  const due = retentionDue(schedule, retentionFacts(db, c, now));
  const holds = liveHoldsOn(db, c.id);
  const keep = latestKeep(db, c.id);
  const dated = due.state === 'dated' ? due : null;
  return {
    caseId: c.id,
    ref: c.ref,
    partner: c.partner,
    category: c.category,
    closedOn: c.closedAt ? londonDate(new Date(c.closedAt)) : null,
    state: due.state,
    dueOn: dated?.dueOn ?? null,
    triggerOn: dated?.triggerOn ?? null,
    ruleId: dated?.rule.id ?? null,
    basis: dated?.rule.basis ?? null,
    why: due.why,
    schedule: `${schedule.id} v${schedule.version}`,
    hold: holds[0] ? holdWords(holds[0]) : null,
    kept: keep ? { reason: keep.reason, reviewOn: keep.reviewOn } : null,
    keptFor: dated ? ruleWords(dated.rule) : null,
  };
}

const REVIEW_LIMIT = 500;

export function disposalReview(db: ReadableDB, user: SessionUser, now: Date): DisposalReview {
  const today = londonDate(now);
  const partners = user.partners.filter((p) => can(user, 'retention.review', { partner: p, legalReferred: false }));
  const items: DisposalItem[] = [];
  let total = 0;
  const schedules = schedulesIn(db);
  for (const c of closedCases(db, partners)) {
    const item = assessCase(db, c, now, schedules);
    const passed = item.state === 'dated' && item.dueOn! <= today && !(item.kept && item.kept.reviewOn > today);
    if (!passed) continue;
    total += 1;
    if (items.length < REVIEW_LIMIT) items.push(item);
  }
  items.sort((a, b) => (a.dueOn! < b.dueOn! ? -1 : a.dueOn! > b.dueOn! ? 1 : a.ref.localeCompare(b.ref)));
  const warnings = [...new Set(partners.flatMap((p) => scheduleWarnings(scheduleFor(p, schedules))))];
  const holds = liveHolds(db, partners).map((h) => ({ id: h.id, caseId: h.ofCase, ref: h.ref, onPerson: h.partyId !== null, words: holdWords(h) }));
  return { today, items, total, truncated: total > items.length, warnings, holds, recent: recentDisposals(db, partners, 20) };
}

/**
 * Why a case may not be disposed of now, or null: already disposed of, under a legal hold, a live order,
 * still open, or not yet due (a kept case waits for its review date).
 */
export function disposalRefusal(db: ReadableDB, caseId: number, now: Date): { refusal: string | null; item: DisposalItem | null } {
  const c = caseRetentionRow(db, caseId);
  if (!c) throw new AppError('not-found', 'There is no such case.');
  const done = disposalOf(db, caseId);
  if (done) return { refusal: `Refused: ${c.ref} was already ${done.method === 'anonymise' ? 'anonymised' : 'deleted'} on ${formatDateUK(done.disposedAt)}.`, item: null };
  const item = assessCase(db, c, now);
  if (item.hold) return { refusal: `Refused: ${c.ref} is ${item.hold}. A manager must lift the hold first.`, item };
  if (item.state === 'held-by-order') return { refusal: `Refused: ${c.ref} has a live injunction or order. ${item.why} It is kept until the order ends.`, item };
  if (item.state === 'open') return { refusal: `Refused: ${c.ref} is not due for disposal. ${item.why}`, item };
  const today = londonDate(now);
  if (item.dueOn! > today) return { refusal: `Refused: ${c.ref} is kept until ${formatDateUK(item.dueOn!)} (${item.why}).`, item };
  if (item.kept && item.kept.reviewOn > today) return { refusal: `Refused: ${c.ref} was kept until ${formatDateUK(item.kept.reviewOn)}: ${item.kept.reason}`, item };
  return { refusal: null, item };
}
