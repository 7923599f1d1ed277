import type { GuardContext, GuardSubject } from '../../shared/actions/guards';
import type { ActionCreateInput } from '../../shared/schemas/actions';
import { AppError } from '../../shared/result';
import { londonDate } from '../../shared/time/london';
import type { DB } from '../db/connection';
import { getCaseHeader } from '../db/queries/cases';
import { getParty } from '../db/queries/parties';
import { getProfile } from '../standards/profiles';

/** Everything the pure guards need, read from the case (DESIGN §5). */
export function buildGuardContext(db: DB, input: ActionCreateInput, now: Date): GuardContext {
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
  const count = (sql: string, ...args: (string | number | null)[]) => (db.prepare(sql).get(...args) as { n: number }).n;
  const profileRow = db.prepare('SELECT profile_id, profile_version FROM cases WHERE id = ?').get(input.caseId) as { profile_id: string; profile_version: number };
  const conditionId = input.details.kind === 'possession' ? input.details.conditionActionId : null;
  return {
    kind: input.details.kind,
    details: input.details,
    subject,
    about,
    incidentCount: count('SELECT count(*) AS n FROM incidents WHERE case_id = ?', input.caseId),
    hateIncident: header.hateIncident,
    flags: header.flags,
    riskLevel: header.riskLevel,
    confirmationsForSubject: confirmFor === null ? 0 : count('SELECT count(*) AS n FROM confirmations WHERE case_id = ? AND party_id = ?', input.caseId, confirmFor),
    policeMeasures: (
      db.prepare("SELECT details FROM case_actions WHERE case_id = ? AND kind = 'police-measure' AND status = 'active'").all(input.caseId) as { details: string }[]
    ).map((r) => (JSON.parse(r.details) as { measure: string }).measure),
    injunctionAdultsOnly: getProfile(db, profileRow.profile_id, profileRow.profile_version).settings.injunctionAdultsOnly,
    provenInjunctionBreaches:
      conditionId === null
        ? 0
        : count(
            `SELECT count(*) AS n FROM action_events e JOIN case_actions a ON a.id = e.action_id
             WHERE a.id = ? AND a.case_id = ? AND a.kind = 'civil-injunction' AND e.kind = 'breach' AND e.proven = 1`,
            conditionId,
            input.caseId,
          ),
  };
}
