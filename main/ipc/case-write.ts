import type { Action } from '../../shared/roles';
import { londonDate } from '../../shared/time/london';
import { authorizeCase } from '../cases/access';
import { reindexCase } from '../cases/search-index';
import type { DB } from '../db/connection';
import { touchCase } from '../db/queries/cases';
import type { SessionUser } from '../security/session';
import { recomputeCase } from '../standards/recompute';
import { activeSession, type HandlerContext } from './handler';

export interface WriteContext {
  db: DB;
  user: SessionUser;
  /** Now, as an ISO instant (the recorded-at time of what is written). */
  at: string;
  /** Today's London date, for date-only rules ("not in the future"). */
  today: string;
}

/**
 * The one way a handler changes a case: authorise against the case (can() with the record), name it in
 * the audit event, then write, touch the case, refresh its search row if asked, and recompute its
 * deadlines — all in one transaction, so a fact and the deadline it meets are never out of step.
 */
export function changeCase<T>(
  ctx: HandlerContext,
  caseId: number,
  write: (w: WriteContext) => T,
  options: { action?: Action; reindex?: boolean } = {},
): T {
  const { ws, user } = activeSession(ctx);
  const facts = authorizeCase(ws.db, user, caseId, options.action ?? 'cases.update');
  ctx.setAuditTarget(`case:${facts.ref}`);
  const now = ctx.core.now();
  const at = now.toISOString();
  return ws.db.transaction(() => {
    const result = write({ db: ws.db, user, at, today: londonDate(now) });
    touchCase(ws.db, caseId, at);
    if (options.reindex) reindexCase(ws.db, caseId);
    recomputeCase(ws.db, caseId, now);
    return result;
  })();
}
