import type { ActionView, ClosureView } from '../../shared/schemas/actions';
import type { CaseHeader, ConsentView, EvidenceView, PartnerView, PartyView } from '../../shared/schemas/cases';
import type { CasePlans } from '../../shared/schemas/standards';
import type { DueItem } from '../../shared/standards/engine';
import { londonDate } from '../../shared/time/london';
import { loadClosure } from '../actions/closure';
import { listActions } from '../actions/queries';
import type { DB } from '../db/connection';
import { getCaseHeader } from '../db/queries/cases';
import { listConsents } from '../db/queries/consents';
import { listEvidence } from '../evidence/store';
import { parseList } from '../db/queries/json-column';
import { listParties } from '../db/queries/parties';
import { listPartners } from '../db/queries/partners';
import { getProfile } from '../standards/profiles';
import { loadPlans } from '../standards/plans';
import { dueItemsForCase } from '../standards/recompute';

/** Everything a document may draw on for one case, read once per request. */
export interface IncidentRow {
  id: number;
  occurredAt: string;
  description: string;
  acts: string[];
  location: string;
  reportedBy: number | null;
}

export interface ReferralRow {
  id: number;
  at: string;
  agency: string;
  agencyName: string;
  partyId: number | null;
  supportOffered: string;
  consentId: number | null;
  justification: string | null;
}

export interface CaseData {
  header: CaseHeader;
  partner: PartnerView;
  parties: PartyView[];
  consents: ConsentView[];
  actions: ActionView[];
  incidents: IncidentRow[];
  plans: CasePlans;
  closure: ClosureView;
  referrals: ReferralRow[];
  evidence: EvidenceView[];
  dueItems: DueItem[];
  appealWindowWorkingDays: number;
  /** London calendar day of `now`. */
  today: string;
  now: Date;
}

export function loadCaseData(db: DB, caseId: number, now: Date): CaseData {
  const header = getCaseHeader(db, caseId);
  if (!header) throw new Error(`documents: case ${caseId} vanished`);
  const today = londonDate(now);
  const partner = listPartners(db).find((p) => p.code === header.partner)!;
  const incidents = (
    db.prepare('SELECT id, occurred_at, description, acts, location, reported_by FROM incidents WHERE case_id = ? ORDER BY occurred_at, id').all(caseId) as {
      id: number;
      occurred_at: string;
      description: string;
      acts: string;
      location: string;
      reported_by: number | null;
    }[]
  ).map((r) => ({ id: r.id, occurredAt: r.occurred_at, description: r.description, acts: parseList(r.acts), location: r.location, reportedBy: r.reported_by }));
  const referrals = db
    .prepare(
      `SELECT id, at, agency, agency_name AS agencyName, party_id AS partyId, support_offered AS supportOffered, consent_id AS consentId, justification
       FROM referrals WHERE case_id = ? ORDER BY at, id`,
    )
    .all(caseId) as ReferralRow[];
  const c = db.prepare('SELECT profile_id, profile_version FROM cases WHERE id = ?').get(caseId) as { profile_id: string; profile_version: number };
  return {
    header,
    partner,
    parties: listParties(db, caseId, today),
    consents: listConsents(db, caseId),
    actions: listActions(db, caseId),
    incidents,
    plans: loadPlans(db, caseId),
    closure: loadClosure(db, caseId),
    referrals,
    evidence: listEvidence(db, caseId),
    dueItems: dueItemsForCase(db, caseId, now),
    appealWindowWorkingDays: getProfile(db, c.profile_id, c.profile_version).settings.appealWindowWorkingDays,
    today,
    now,
  };
}
