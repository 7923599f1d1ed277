import { londonDate } from '../../shared/time/london';
import { reindexCase } from '../cases/search-index';
import type { WritableDB } from '../db/connection';
import { touchCase } from '../db/queries/cases';
import type { SessionUser } from '../security/session';
import { recomputeCase } from '../standards/recompute';
import { activeSession, type CaseContext } from './handler';

export interface WriteContext {
  db: WritableDB;
  user: SessionUser;
  /** Now, as an ISO instant (the recorded-at time of what is written). */
  at: string;
  /** Today's London date, for date-only rules ("not in the future"). */
  today: string;
}

/**
 * The one way a handler changes a case: dispatch has already resolved and authorised the case
 * (ctx.case); this writes, touches the case, refreshes its search row if asked, and recomputes its
 * deadlines — all in one transaction with the request's audit event, so a fact, the deadline it meets
 * and the record of who changed it are never out of step.
 */
export function changeCase<T>(ctx: CaseContext, write: (w: WriteContext) => T, options: { reindex?: boolean } = {}): T {
  const { ws, user } = activeSession(ctx);
  const caseId = ctx.case.id;
  const now = ctx.core.now();
  const at = now.toISOString();
  return ctx.commit(() =>
    ws.db.transaction(() => {
      const result = write({ db: ws.db, user, at, today: londonDate(now) });
      touchCase(ws.db, caseId, at);
      if (options.reindex) reindexCase(ws.db, caseId);
      recomputeCase(ws.db, caseId, now);
      return result;
    })(),
  );
}
