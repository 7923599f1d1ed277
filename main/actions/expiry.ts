import { actionLabel } from '../../shared/domain/action-kinds';
import { endOfDay, formatDateUK, londonDate } from '../../shared/time/london';
import type { WritableDB } from '../db/connection';
import { appendAudit } from '../security/audit';
import { recomputeCase } from '../standards/recompute';
import { insertActionEvent, lapsedActions, markExpired } from './store';

/**
 * Issue 18 (P5.6): ABCs, warnings' live periods and court orders end on their own. An action still
 * running after its expiry date is marked expired, with a dated entry in the chronology (an outcome
 * event at the end of its last day), at sign-in and daily while Hearth is open.
 *
 * Idempotent: only running actions are picked, and marking one checks it is still running, so a second
 * sweep (or two at once) records nothing twice. The person signed in is recorded as who ran it; the
 * entry says it was automatic.
 */
export function expireLapsedActions(db: WritableDB, user: { id: number; username: string }, now: Date): number {
  const today = londonDate(now);
  const lapsed = lapsedActions(db, today);
  if (!lapsed.length) return 0;
  const at = now.toISOString();
  let expired = 0;
  db.transaction(() => {
    const cases = new Set<number>();
    for (const a of lapsed) {
      if (!markExpired(db, a.id, at)) continue;
      const summary = `${actionLabel(a.kind)} expired at the end of ${formatDateUK(a.expiresOn)}. Marked automatically.`;
      insertActionEvent(db, { actionId: a.id, kind: 'outcome', at: endOfDay(a.expiresOn).toISOString(), summary, proven: false, nextHearingAt: null, by: user.id, recordedAt: at });
      cases.add(a.caseId);
      expired += 1;
    }
    // An ABC's end ends its reviews (the engine reads the end as a fact).
    for (const caseId of cases) recomputeCase(db, caseId, now);
    appendAudit(db, { at, userId: user.id, username: user.username, action: 'action:expired', target: null, outcome: 'ok', detail: { actions: lapsed.map((a) => a.id).join(', '), expired } });
  }).immediate();
  return expired;
}
