import type { GuardContext, GuardSubject } from '../../shared/actions/guards';
import type { ActionCreateInput } from '../../shared/schemas/actions';
import { AppError } from '../../shared/result';
import { londonDate } from '../../shared/time/london';
import type { ReadableDB } from '../db/connection';
import { getCaseHeader } from '../db/queries/cases';
import { getParty } from '../db/queries/parties';
import { countIncidents } from '../db/queries/timeline';
import { profileOfCase } from '../standards/profiles';
import { activePoliceMeasures, confirmationCount, provenInjunctionBreaches } from './store';
import { termDisclosures } from '../../shared/actions/term-disclosure';
import { injunctionOf, termReferences } from '../../shared/domain/injunction';
import { PROTECTED_ROLES } from '../../shared/domain/vocabulary';
import { listConsents } from '../db/queries/consents';
import { listParties } from '../db/queries/parties';

/** Everything the pure guards need, read from the case (DESIGN §5). */
export function buildGuardContext(db: ReadableDB, input: ActionCreateInput, now: Date): GuardContext {
  const header = getCaseHeader(db, input.caseId);
  if (!header) throw new AppError('not-found', 'There is no such case.');
  const today = londonDate(now);
  const person = (id: number | null): GuardSubject | null => {
    if (id === null) return null;
    const p = getParty(db, id, today);
    if (!p || p.caseId !== input.caseId) throw new AppError('bad-input', 'That person is not part of this case.');
    return { role: p.role, name: p.anonymous ? 'the anonymous person' : p.name, tenure: p.tenure, age: p.age, address: p.address };
  };
  const subject = person(input.subjectPartyId);
  const aboutId = 'aboutPartyId' in input.details ? input.details.aboutPartyId : null;
  const about = person(aboutId ?? null);
  const confirmFor = aboutId ?? input.subjectPartyId;
  const conditionId = input.details.kind === 'possession' ? input.details.conditionActionId : null;
  return {
    kind: input.details.kind,
    details: input.details,
    subject,
    about,
    incidentCount: countIncidents(db, input.caseId),
    hateIncident: header.hateIncident,
    flags: header.flags,
    riskLevel: header.riskLevel,
    confirmationsForSubject: confirmFor === null ? 0 : confirmationCount(db, input.caseId, confirmFor),
    policeMeasures: activePoliceMeasures(db, input.caseId),
    injunctionAdultsOnly: profileOfCase(db, input.caseId).settings.injunctionAdultsOnly,
    provenInjunctionBreaches: conditionId === null ? 0 : provenInjunctionBreaches(db, input.caseId, conditionId),
    termDisclosures: input.details.kind === 'civil-injunction' ? injunctionTermDisclosures(db, input, today) : [],
  };
}

/** The injunction's operative words (its terms and any home it excludes from) that identify someone withheld from the court. */
function injunctionTermDisclosures(db: ReadableDB, input: ActionCreateInput, today: string): string[] {
  const inj = injunctionOf(input.details as unknown as Record<string, unknown>);
  const refs = termReferences(inj.terms);
  const pieces = inj.terms.map((t, i) => ({ place: `Term ${refs[i]}`, text: t.text }));
  if (inj.homeExclusion?.premises) pieces.push({ place: 'The home the respondent is excluded from', text: inj.homeExclusion.premises });
  const parties = listParties(db, input.caseId, today);
  const respondent = parties.find((p) => p.id === input.subjectPartyId) ?? null;
  const people = parties.filter((p) => PROTECTED_ROLES.includes(p.role));
  const consents = listConsents(db, input.caseId).map((c) => ({ partyId: c.partyId, recipient: c.recipient, recipientName: c.recipientName, writtenOn: c.writtenOn, withdrawnOn: c.withdrawnOn }));
  return termDisclosures(pieces, people, consents, respondent, today);
}
