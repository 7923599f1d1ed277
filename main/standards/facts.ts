import type { Category, Flag, Motivation, RiskLevel } from '../../shared/domain/vocabulary';
import type { CaseFact, CaseFacts } from '../../shared/standards/engine';
import type { FactKind } from '../../shared/standards/profile';
import type { DB } from '../db/connection';
import { parseList } from '../db/queries/json-column';

/**
 * Gathers what the engine needs to know about a case (issue 4 §2: "facts meet rules"). Facts come from
 * where officers already record them, so nobody records anything twice:
 * - contacts and interviews with a complainant or victim → complainant-contact / complainant-interview;
 * - referrals to the police or the local authority → weekend-referral (P4.5);
 * - action plans (agreed, issued) and their reviews;
 * - surveys offered after closure (P6.2);
 * - standard_facts for the rest (acknowledged, graffiti removed, repair done, case review).
 */
const COMPLAINANT_ROLES = "('complainant', 'victim')";

export interface CaseStandardsRow {
  profileId: string;
  profileVersion: number;
  facts: CaseFacts;
}

export function loadCaseFacts(db: DB, caseId: number): CaseStandardsRow | null {
  const c = db
    .prepare('SELECT received_at, category, flags, motivation, hate_incident, risk_level, closed_at, profile_id, profile_version FROM cases WHERE id = ?')
    .get(caseId) as
    | { received_at: string; category: Category; flags: string; motivation: string; hate_incident: number; risk_level: RiskLevel; closed_at: string | null; profile_id: string; profile_version: number }
    | undefined;
  if (!c) return null;
  const rows = db
    .prepare(
      `SELECT kind, at, 0 AS changed FROM standard_facts WHERE case_id = @id
       UNION ALL SELECT 'complainant-contact', c.at, 0 FROM contacts c JOIN parties p ON p.id = c.party_id WHERE c.case_id = @id AND p.role IN ${COMPLAINANT_ROLES}
       UNION ALL SELECT 'complainant-interview', i.at, 0 FROM interviews i JOIN parties p ON p.id = i.party_id WHERE i.case_id = @id AND p.role IN ${COMPLAINANT_ROLES}
       UNION ALL SELECT 'weekend-referral', at, 0 FROM referrals WHERE case_id = @id AND agency IN ('police', 'local-authority')
       UNION ALL SELECT 'plan-agreed', agreed_at, 0 FROM action_plans WHERE case_id = @id AND agreed_at IS NOT NULL
       UNION ALL SELECT 'plan-issued', issued_at, 0 FROM action_plans WHERE case_id = @id AND issued_at IS NOT NULL AND version > 1
       UNION ALL SELECT 'plan-review', at, changed_plan FROM plan_reviews WHERE case_id = @id
       UNION ALL SELECT 'survey-offered', offered_on || 'T12:00:00.000Z', 0 FROM surveys WHERE case_id = @id`,
    )
    .all({ id: caseId }) as { kind: FactKind; at: string; changed: number }[];
  const facts: CaseFact[] = rows.map((r) => ({ kind: r.kind, at: r.at, ...(r.changed ? { changedPlan: true } : {}) }));
  const plan = db.prepare('SELECT contact_interval_days FROM action_plans WHERE case_id = ? AND agreed_at IS NOT NULL ORDER BY version DESC LIMIT 1').get(caseId) as
    | { contact_interval_days: number | null }
    | undefined;
  const waivers = db
    .prepare('SELECT w.rule_id AS ruleId, w.occurrence, w.reason, u.display_name AS by, w.waived_at AS at FROM due_waivers w JOIN users u ON u.id = w.waived_by WHERE w.case_id = ?')
    .all(caseId) as CaseFacts['waivers'][number][];
  return {
    profileId: c.profile_id,
    profileVersion: c.profile_version,
    facts: {
      receivedAt: c.received_at,
      category: c.category,
      flags: parseList<Flag>(c.flags),
      motivation: parseList<Motivation>(c.motivation),
      hateIncident: c.hate_incident === 1,
      riskLevel: c.risk_level,
      closedAt: c.closed_at,
      facts,
      planContactIntervalDays: plan?.contact_interval_days ?? null,
      waivers,
    },
  };
}
