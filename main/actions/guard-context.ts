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

/** Everything the pure guards need, read from the case (DESIGN §5). */
export function buildGuardContext(db: ReadableDB, input: ActionCreateInput, now: Date): GuardContext {
  const header = getCaseHeader(db, input.caseId);
  if (!header) throw new AppError('not-found', 'There is no such case.');
  const today = londonDate(now);
  const person = (id: number | null): GuardSubject | null => {
    if (id === null) return null;
    const p = getParty(db, id, today);
    if (!p || p.caseId !== input.caseId) throw new AppError('bad-input', 'That person is not part of this case.');
    return { role: p.role, name: p.anonymous ? 'the anonymous person' : p.name, tenure: p.tenure, age: p.age };
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
  };
}
