import { actionLabel, type ActionKind } from '../../shared/domain/action-kinds';
import type { RegisterRow } from '../../shared/schemas/actions';
import type { ReadableDB } from '../db/connection';
import type { SessionUser } from '../security/session';
import { registerRows } from './store';
import { profileOfCase } from '../standards/profiles';
import { addDays } from '../../shared/time/days';
import { londonDate } from '../../shared/time/london';

const ENDED = ['completed', 'withdrawn', 'refused', 'expired'];

/** When the reminder before an order's expiry starts, by the case's profile (issue 18, P5.6). */
function reminderFrom(db: ReadableDB, r: { caseId: number; status: string; expiresOn: string | null }): string | null {
  if (!r.expiresOn || ENDED.includes(r.status)) return null;
  return addDays(r.expiresOn, -profileOfCase(db, r.caseId).settings.orderExpiryReminderDays);
}
import { actionResultsFor } from '../casework/store';

/**
 * The legal-action register for legal teams (issue 5 §3): every court action across the cases the user
 * may see, with the next hearing, expiry and breaches. A proven breach of an injunction meets condition
 * 2 of the absolute ground for possession (law.md §5.3), and the register says so. On a restricted case
 * the user has not opened with a reason (`granted`), the subject's name is withheld (issue 13).
 */
export function legalRegister(
  db: ReadableDB,
  user: SessionUser,
  q: { partner: string | null; kind: ActionKind | null; status: 'current' | 'all' },
  now: Date,
  granted: ReadonlySet<number>,
): RegisterRow[] {
  const partners = q.partner ? user.partners.filter((p) => p === q.partner) : user.partners;
  if (!partners.length) return [];
  const rows = registerRows(db, { partners, referredOnly: user.role === 'legal', kind: q.kind, current: q.status === 'current', nowIso: now.toISOString() });
  const today = londonDate(now);
  const results = actionResultsFor(db, rows.map((r) => r.actionId));
  return rows.map(({ restricted, ...r }) => {
    const from = reminderFrom(db, r);
    return {
      ...r,
      subjectName: restricted && !granted.has(r.caseId) ? null : r.subjectName,
      label: actionLabel(r.kind),
      absoluteGroundOpen: r.kind === 'civil-injunction' && r.provenBreaches > 0,
      renewalReminderFrom: from,
      renewalDue: from !== null && today >= from,
      result: results.get(r.actionId) ?? null,
    };
  });
}
