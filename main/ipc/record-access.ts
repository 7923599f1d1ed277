import type { CaseLocator, CaseScope } from '../../shared/ipc/case-scope';
import { AppError } from '../../shared/result';
import type { Action } from '../../shared/roles';
import { caseAccessFacts, caseIdByRef, type CaseAccessRow } from '../db/queries/cases';
import { caseIdOfRecord } from '../db/queries/case-locate';
import { readSettings } from '../db/queries/settings';
import { can } from '../security/can';
import type { ActiveSession } from '../security/session';
import { type EvidenceUploads, UPLOAD_GONE } from '../evidence/uploads';
import type { JobRegistry } from '../jobs/registry';

/**
 * The record-level half of authorisation, applied by dispatch to every channel that names a case
 * (issue 13, finding 1): the case is found once from the input, then can(user, action, case) decides
 * (the user's partners, the legal referral), then the restricted-case rule. A case the user may not see
 * is "not found", so its existence is not confirmed either (OWASP: IDOR).
 */

export interface CaseVerdict {
  facts: CaseAccessRow | null;
  /** What the audit event records about the access (the stated reason, until when a grant runs). */
  audit: { target: string | null; detail: Record<string, string> };
  /** Run once the request has succeeded: the grant a stated reason gives starts only then. */
  afterSuccess: () => void;
}

const NOT_FOUND: Record<Exclude<CaseLocator['kind'], 'case-ref'>, string> = {
  case: 'There is no such case, or it is not one you can see.',
  party: 'There is no such person, or they are not on a case you can see.',
  consent: 'There is no such consent, or it is not on a case you can see.',
  action: 'There is no such action, or it is not on a case you can see.',
  'plan-action': 'There is no such action on a plan, or it is not on a case you can see.',
  evidence: 'There is no such evidence, or it is not on a case you can see.',
  document: 'There is no such document, or it is not on a case you can see.',
  bundle: 'There is no such bundle, or it is not on a case you can see.',
  job: 'There is no such job, or it was started by someone else.',
  'evidence-upload': UPLOAD_GONE,
};

const notFound = (locator: CaseLocator) =>
  new AppError('not-found', locator.kind === 'case-ref' ? `There is no case ${locator.ref.toUpperCase()}, or it is not one you can see.` : NOT_FOUND[locator.kind]);

/** What dispatch knows of the work in progress in this process: files arriving in parts, background jobs. */
export interface InProgress {
  uploads: EvidenceUploads;
  jobs: JobRegistry;
}

function caseIdOf(session: ActiveSession, locator: CaseLocator, work: InProgress): number | null {
  const { db } = session.ws;
  switch (locator.kind) {
    case 'case':
      return locator.id;
    case 'case-ref':
      return caseIdByRef(db, locator.ref);
    case 'job': {
      // The owner's own job only, while their role still allows what its kind needs (a bundle build:
      // legal.register) as well as the channel's action; the case's own rules follow as for any channel.
      const job = work.jobs.locate(locator.jobId, { userId: session.user.id, workspaceId: session.ws.workspaceId });
      return job && can(session.user, job.access) ? job.caseId : null;
    }
    case 'evidence-upload':
      return work.uploads.caseOf(locator.jobId, session.user.id);
    default:
      return caseIdOfRecord(db, locator.kind, locator.id);
  }
}

/** The case's facts when this user may touch it for `action`, else null (not found, other partner, not referred). */
function visibleCase(session: ActiveSession, caseId: number | null, action: Action): CaseAccessRow | null {
  const facts = caseId === null ? null : caseAccessFacts(session.ws.db, caseId);
  return facts && can(session.user, action, facts) ? facts : null;
}

function restrictedRefusal(ref: string, opening: boolean, minutes: number): AppError {
  const message = opening
    ? `${ref} is restricted. Say why you need to open it; your reason is recorded.`
    : `${ref} is restricted. Open the case and give your reason for opening it (it is recorded); it then stays open to you for ${minutes} minutes.`;
  return new AppError('reason-required', message);
}

/** Applies the rules to a channel's scope, or throws the refusal ('not-found', 'reason-required'). */
export function checkCaseScope(session: ActiveSession, action: Action, scope: CaseScope, work: InProgress): CaseVerdict {
  const none: CaseVerdict = { facts: null, audit: { target: null, detail: {} }, afterSuccess: () => undefined };
  if (scope === 'cross-case' || scope === 'no-case') return none;
  const minutes = () => readSettings(session.ws.db).restrictedAccessMinutes;

  if (scope.kind === 'linked-cases') {
    for (const id of scope.ids) {
      const facts = visibleCase(session, id, action);
      if (!facts) throw new AppError('not-found', 'A case to link to does not exist or is not yours to see.');
      if (facts.restricted && !session.grants.liveUntil(facts.id)) throw restrictedRefusal(facts.ref, false, minutes());
    }
    return none;
  }

  const facts = visibleCase(session, caseIdOf(session, scope, work), action);
  if (!facts) throw notFound(scope);
  const verdict: CaseVerdict = { facts, audit: { target: `case:${facts.ref}`, detail: {} }, afterSuccess: () => undefined };
  if (!facts.restricted) return verdict;

  // Only the channels that open a case carry a reason (case:get, case:getByRef); they alone may grant.
  const opening = 'reason' in scope;
  const reason = opening ? scope.reason : undefined;
  if (reason) {
    // The grant is written into this request's audit event, and starts only when the request has
    // succeeded: a refused or unaudited opening grants nothing.
    const until = session.grants.expiryAfter(minutes());
    verdict.audit.detail = { reason, grantedUntil: until.toISOString() };
    verdict.afterSuccess = () => session.grants.give(facts.id, until);
    return verdict;
  }
  const until = session.grants.liveUntil(facts.id);
  if (!until) throw restrictedRefusal(facts.ref, opening, minutes());
  verdict.audit.detail = { grantUntil: until.toISOString() };
  return verdict;
}
