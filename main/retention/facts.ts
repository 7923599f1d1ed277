import type { RetentionFacts } from '../../shared/retention/due';
import { ageOn, londonDate } from '../../shared/time/london';
import type { ReadableDB } from '../db/connection';
import { type CaseRetentionRow, caseOrders, partyBirthDates } from './store';

/** What the schedule's triggers need to know about one case, read from its record. */
export function retentionFacts(db: ReadableDB, c: CaseRetentionRow, now: Date): RetentionFacts {
  const today = londonDate(now);
  // A screened-out report (screened_out holds its outcome) may carry no closure date: it ended when it came in.
  const closedAt = c.closedAt ?? (c.screenedOut !== null ? c.receivedAt : null);
  const orders = caseOrders(db, c.id);
  const running = (o: (typeof orders)[number]) => ['active', 'granted'].includes(o.status) && (o.expiresOn === null || o.expiresOn >= today);
  const ended = orders.filter((o) => !running(o)).map((o) => (o.expiresOn && o.expiresOn < today ? o.expiresOn : o.updatedAt.slice(0, 10)));
  const reportedOn = c.receivedAt.slice(0, 10);
  const children = partyBirthDates(db, c.id).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && ageOn(d, reportedOn) < 18);
  return {
    closedOn: closedAt ? londonDate(new Date(closedAt)) : null,
    screenedOut: c.screenedOut !== null,
    legalActionLive: orders.some(running),
    legalActionEndedOn: ended.length ? ended.sort().at(-1)! : null,
    youngestChildBornOn: children.length ? children.sort().at(-1)! : null,
  };
}
