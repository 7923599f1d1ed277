import { interviewRefusal } from '../../shared/actions/interview-guard';
import { actionLabel, isLegalAction } from '../../shared/domain/action-kinds';
import { COUNTER_ALLEGATION, type InterviewBasis } from '../../shared/domain/policy-measures';
import { AppError } from '../../shared/result';
import type { ActionResultView, CaseworkView } from '../../shared/schemas/casework';
import type { ReadableDB, WritableDB } from '../db/connection';
import { caseAccessFacts, caseIdByRef, getCaseHeader } from '../db/queries/cases';
import { getParty } from '../db/queries/parties';
import { can } from '../security/can';
import type { SessionUser } from '../security/session';
import { actionFacts, counterAllegations, currentInterviewAgreement, insertCounterLink, listFormatsSent, listSafetyMeasures, upsertActionResult } from './store';

/**
 * Issue 18's case records (items 2, 5, 6, 7, 11): the rules around them live here; the tables in
 * ./store.ts; the handlers (main/ipc/handlers/casework.ts) authorise, audit and commit.
 */

/** The agreement that holds, as the pure guard reads it. */
function agreementFact(db: ReadableDB, caseId: number) {
  const a = currentInterviewAgreement(db, caseId);
  return a ? { basis: a.basis as InterviewBasis, givenOn: a.givenOn } : null;
}

/** P4.9: refuses an interview (or an invitation to one) with anyone but the complainant until the complainant agrees. */
export function assertMayInterview(db: ReadableDB, caseId: number, partyId: number | null, today: string): void {
  if (partyId === null) return;
  const p = getParty(db, partyId, today);
  if (!p || p.caseId !== caseId) throw new AppError('bad-input', 'That person is not part of this case.');
  const refusal = interviewRefusal(p.role, p.anonymous ? '' : p.name, agreementFact(db, caseId));
  if (refusal) throw new AppError('guard', refusal);
}

/** The same check for a letter, answered as words (null when it may go). */
export function interviewLetterRefusal(db: ReadableDB, caseId: number, party: { role: string; name: string; anonymous: boolean } | null): string | null {
  if (!party) return null;
  return interviewRefusal(party.role as never, party.anonymous ? '' : party.name, agreementFact(db, caseId));
}

export function caseworkView(db: ReadableDB, caseId: number): CaseworkView {
  const agreement = currentInterviewAgreement(db, caseId);
  return {
    interviewAgreement: agreement,
    interviewRefusal: interviewRefusal('witness', '', agreementFact(db, caseId)),
    counterAllegations: counterAllegations(db, caseId, COUNTER_ALLEGATION),
    safetyMeasures: listSafetyMeasures(db, caseId),
    formatsSent: listFormatsSent(db, caseId),
  };
}

/**
 * P5.10, P5.17–5.20: what an action came to. Damages and costs orders belong to court actions (and a
 * police prosecution's costs); the offence and police outcome to police measures.
 */
export function recordActionResult(db: WritableDB, r: ActionResultView, today: string, by: number, at: string): number {
  const action = actionFacts(db, r.actionId);
  if (!action) throw new AppError('not-found', 'There is no such action.');
  if (r.decidedOn > today) throw new AppError('bad-input', 'The date of the result is in the future.');
  if (r.decidedOn < action.startedOn) throw new AppError('bad-input', `The result cannot come before the action started (${action.startedOn}).`);
  const police = action.kind === 'police-measure';
  if ((r.offence !== null || r.policeOutcome !== null) && !police) throw new AppError('bad-input', 'The offence and the police outcome are for police measures only. Record a court’s decision as damages or a costs order.');
  if (police && r.policeOutcome === null) throw new AppError('bad-input', 'Choose what came of the police measure (the outcome).');
  if (r.damagesPence !== null && !isLegalAction(action.kind)) throw new AppError('bad-input', `Damages are awarded by a court: “${actionLabel(action.kind)}” is not a court action.`);
  upsertActionResult(db, action.caseId, r, by, at);
  return action.caseId;
}

/**
 * P4.7: "Where it is considered that the complainant is in fact perpetrating harassment, we will take
 * action accordingly." Links the two cases as counter-allegations (one link, shown on both). The other
 * case must be one this officer may see; a case cannot be its own counter-allegation.
 */
export function linkCounterAllegation(db: WritableDB, caseId: number, otherRef: string, user: SessionUser, at: string): number {
  const otherId = caseIdByRef(db, otherRef.trim());
  const facts = otherId === null ? null : caseAccessFacts(db, otherId);
  if (otherId === null || !facts || !can(user, 'cases.read', facts)) throw new AppError('not-found', `There is no case “${otherRef.trim()}” that you can see. Check the reference (as on the case's page, e.g. C33-2026-0042).`);
  if (otherId === caseId) throw new AppError('bad-input', 'A case cannot be a counter-allegation of itself. Give the reference of the other case.');
  if (counterAllegations(db, caseId, COUNTER_ALLEGATION).some((l) => l.caseId === otherId)) throw new AppError('conflict', `${getCaseHeader(db, otherId)!.ref} is already linked as a counter-allegation.`);
  // A related-report link made at intake holds one direction (and counts in NM01): it is kept, and the
  // counter-allegation takes the other.
  if (!insertCounterLink(db, caseId, otherId, COUNTER_ALLEGATION, at) && !insertCounterLink(db, otherId, caseId, COUNTER_ALLEGATION, at)) {
    throw new AppError('conflict', 'These two cases are already linked both ways. Ask an administrator to look at the links.');
  }
  return otherId;
}
