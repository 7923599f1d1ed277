import type { Action } from '../../shared/roles';
import { AppError } from '../../shared/result';
import type { DB } from '../db/connection';
import { caseAccessFacts, type CaseAccessRow } from '../db/queries/cases';
import { can } from '../security/can';
import type { SessionUser } from '../security/session';

/**
 * The record-level half of authorisation for case handlers: the dispatcher has asked can(user, action)
 * about the role; this asks can(user, action, case) about this case. A case the user may not see is
 * reported as not found, so its existence is not confirmed either (OWASP: IDOR).
 */
export function authorizeCase(db: DB, user: SessionUser, caseId: number, action: Action): CaseAccessRow {
  const facts = caseAccessFacts(db, caseId);
  if (!facts || !can(user, action, facts)) throw new AppError('not-found', 'There is no such case, or it is not one you can see.');
  return facts;
}
