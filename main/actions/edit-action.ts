import { hearingCentreName } from '../../shared/court/hearing-centres';
import { injunctionOf, termReferences, type Injunction, type InjunctionTerm } from '../../shared/domain/injunction';
import type { ActionEditInput } from '../../shared/schemas/actions';
import { AppError } from '../../shared/result';
import type { WritableDB } from '../db/connection';
import { vetAction } from './create-action';
import { getAction, replaceActionVersion } from './store';

/**
 * Correcting a recorded civil injunction (issue 15): the same form and the same guards as recording it,
 * kept as a new version. The version it replaces is kept whole (migration 0017); the audit trail says
 * who, when and what changed in words that name the parts changed, never their content, since a term
 * or the evidence behind it can hold what is withheld from others.
 */
export function editAction(db: WritableDB, input: ActionEditInput, user: { id: number }, now: Date): { version: number; changes: string[] } {
  const current = getAction(db, input.actionId);
  if (!current) throw new AppError('not-found', 'There is no such action.');
  if (current.kind !== 'civil-injunction' || input.details.kind !== 'civil-injunction') {
    throw new AppError('bad-input', 'Only a civil injunction can be edited; record any other action again.');
  }
  if (current.status !== 'active') throw new AppError('bad-input', `This injunction is ${current.status}: what the court decided is not changed here. Record a variation as a step of the action instead.`);
  const { details, acknowledgements } = vetAction(db, { caseId: current.caseId, subjectPartyId: input.subjectPartyId, startedOn: input.startedOn, details: input.details, acknowledgements: input.acknowledgements }, now);
  const changes = [
    ...(current.subjectPartyId !== input.subjectPartyId ? ['the person it is against'] : []),
    ...(current.startedOn !== input.startedOn ? ['the start date'] : []),
    ...injunctionChanges(injunctionOf(current.details), injunctionOf(details)),
  ];
  if (!changes.length) throw new AppError('bad-input', 'Nothing was changed: the injunction is as recorded.');
  const version = replaceActionVersion(db, current.id, { subjectPartyId: input.subjectPartyId, startedOn: input.startedOn, details, acknowledgements }, { by: user.id, at: now.toISOString(), changes });
  return { version, changes };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What changed between two versions of an injunction, naming the parts ("term 1(b) reworded"), not their words. */
export function injunctionChanges(before: Injunction, after: Injunction): string[] {
  const out: string[] = [];
  const said = (what: string, a: unknown, b: unknown) => {
    if (!same(a, b)) out.push(what);
  };
  said('who applies (section 5(1))', before.applicantStatus, after.applicantStatus);
  said('the housing management link (section 5(3))', before.housingManagementLink, after.housingManagementLink);
  if (!same(before.conductLimbs, after.conductLimbs)) out.push(`the behaviour relied on (section 2(1)${after.conductLimbs.map((l) => `(${l})`).join('') || ': none'})`);
  out.push(...termChanges(before.terms, after.terms));
  said('the exclusion from home (section 13)', before.homeExclusion, after.homeExclusion);
  if (before.durationMonths !== after.durationMonths || before.untilFurtherOrder !== after.untilFurtherOrder) {
    out.push(`how long it lasts (now ${after.untilFurtherOrder ? 'until further order' : after.durationMonths ? `${after.durationMonths} months` : 'not said'})`);
  }
  said('whether it is sought without notice, and why', [before.withoutNotice, before.withoutNoticeJustification], [after.withoutNotice, after.withoutNoticeJustification]);
  if (before.court !== after.court) out.push(`the hearing centre (now ${after.court ? hearingCentreName(after.court) : 'none'})`);
  said('the claim number', before.claimNumber, after.claimNumber);
  said('the youth court and the youth offending team', [before.youthCourt, before.youthOffendingTeamConsultedOn], [after.youthCourt, after.youthOffendingTeamConsultedOn]);
  if (before.legacyPowerOfArrest && !after.legacyPowerOfArrest) out.push('the power of arrest for the whole order, now on named terms');
  return out;
}

/** Term by term, by position in the order: added, removed, reworded, and each term's power of arrest and supervision. */
function termChanges(before: readonly InjunctionTerm[], after: readonly InjunctionTerm[]): string[] {
  const out: string[] = [];
  const refsAfter = termReferences(after);
  const refsBefore = termReferences(before);
  after.forEach((t, i) => {
    const ref = refsAfter[i]!;
    const was = before.find((_, k) => refsBefore[k] === ref);
    if (!was) return void out.push(`term ${ref} added`);
    if (was.text !== t.text || was.kind !== t.kind) out.push(`term ${ref} reworded`);
    if (was.powerOfArrest !== t.powerOfArrest || was.arrestGround !== t.arrestGround) out.push(`the power of arrest on term ${ref}`);
    if (was.area !== t.area || was.planEvidenceId !== t.planEvidenceId) out.push(`the area and plan of term ${ref}`);
    if (was.supervisor !== t.supervisor) out.push(`who supervises term ${ref} (section 3(1))`);
    if (was.suitabilityEvidence !== t.suitabilityEvidence) out.push(`the evidence of suitability for term ${ref} (section 3(2))`);
  });
  refsBefore.forEach((ref) => {
    if (!refsAfter.includes(ref)) out.push(`term ${ref} removed`);
  });
  return out;
}
