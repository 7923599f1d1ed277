import type { Complaint, Correction } from '../../shared/case-review/threshold-check';
import type { CaseReviewApplyInput, CaseReviewListRow, RecommendationView } from '../../shared/schemas/case-review';
import type { ReadableDB, WritableDB } from '../db/connection';
import { parseList, toList } from '../db/queries/json-column';

/** The tables of migration 0024 (issue 20, the ASB Case Review). The rules are in ./service.ts. */

export interface ThresholdRow {
  id: string;
  version: number;
  definition: string;
}

/**
 * The threshold the partner's area uses on a day: the dated version in force then (migration 0029), else
 * the latest version of the threshold named on the partner.
 */
export function partnerThresholdRow(db: ReadableDB, partner: string, onDay: string): ThresholdRow {
  const dated = db
    .prepare(
      `SELECT t.id, t.version, t.definition FROM partner_case_review_thresholds p JOIN case_review_thresholds t ON t.id = p.threshold_id AND t.version = p.threshold_version
       WHERE p.partner = ? AND p.in_force_from <= ? ORDER BY p.in_force_from DESC LIMIT 1`,
    )
    .get(partner, onDay) as ThresholdRow | undefined;
  return dated ?? baseThresholdRow(db, partner);
}

/** The latest version of the threshold named on the partner (the area's threshold before any dated one). */
export function baseThresholdRow(db: ReadableDB, partner: string): ThresholdRow {
  return db
    .prepare(
      `SELECT t.id, t.version, t.definition FROM partners p JOIN case_review_thresholds t ON t.id = p.case_review_threshold
       WHERE p.code = ? ORDER BY t.version DESC LIMIT 1`,
    )
    .get(partner) as ThresholdRow;
}

export function thresholdRow(db: ReadableDB, id: string, version: number): ThresholdRow {
  return db.prepare('SELECT id, version, definition FROM case_review_thresholds WHERE id = ? AND version = ?').get(id, version) as ThresholdRow;
}

export function insertApplication(db: WritableDB, a: CaseReviewApplyInput & { partner: string; thresholdId: string; thresholdVersion: number; by: number; at: string }): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO case_review_applications (case_id, partner, applicant_party_id, applicant_name, on_behalf, victim_party_id, consent_on, consent_notes, received_on,
           received_via, via_reference, addresses, vulnerable, threshold_id, threshold_version, recorded_by, recorded_at, applicant_address, applicant_postcode)
         VALUES (@caseId, @partner, @applicantPartyId, @applicantName, @onBehalf, @victimPartyId, @consentOn, @consentNotes, @receivedOn,
           @receivedVia, @viaReference, @addresses, @vulnerable, @thresholdId, @thresholdVersion, @by, @at, @applicantAddress, @applicantPostcode)`,
      )
      .run({
        caseId: a.caseId,
        partner: a.partner,
        applicantPartyId: a.applicantPartyId,
        applicantName: a.applicantName,
        applicantAddress: a.applicantAddress,
        applicantPostcode: a.applicantPostcode,
        onBehalf: a.onBehalf ? 1 : 0,
        victimPartyId: a.victimPartyId,
        consentOn: a.consentOn,
        consentNotes: a.consentNotes,
        receivedOn: a.receivedOn,
        receivedVia: a.receivedVia,
        viaReference: a.viaReference,
        addresses: toList(a.addresses),
        vulnerable: a.vulnerable ? 1 : 0,
        thresholdId: a.thresholdId,
        thresholdVersion: a.thresholdVersion,
        by: a.by,
        at: a.at,
      }).lastInsertRowid,
  );
  const link = db.prepare('INSERT OR IGNORE INTO case_review_cases (application_id, case_id) VALUES (?, ?)');
  for (const caseId of [a.caseId, ...a.linkedCaseIds]) link.run(id, caseId);
  return id;
}

export interface ApplicationRow {
  id: number;
  case_id: number;
  case_ref: string;
  partner: string;
  applicant_party_id: number | null;
  applicant_name: string;
  applicant_address: string;
  applicant_postcode: string;
  on_behalf: number;
  victim_party_id: number | null;
  victim_name: string | null;
  consent_on: string | null;
  consent_notes: string;
  received_on: string;
  received_via: string;
  via_reference: string;
  addresses: string;
  vulnerable: number;
  threshold_id: string;
  threshold_version: number;
  corrections: string;
  threshold_met: number | null;
  threshold_counted: number | null;
  threshold_decided_on: string | null;
  threshold_reason: string;
}

const APPLICATION = `SELECT a.*, c.ref AS case_ref, CASE WHEN v.anonymous = 1 THEN 'an anonymous person' ELSE v.name END AS victim_name
  FROM case_review_applications a JOIN cases c ON c.id = a.case_id LEFT JOIN parties v ON v.id = a.victim_party_id`;

/** Applications that concern a case: made on it, or on another case and linked to it. */
export function applicationsOfCase(db: ReadableDB, caseId: number): ApplicationRow[] {
  return db.prepare(`${APPLICATION} WHERE a.id IN (SELECT application_id FROM case_review_cases WHERE case_id = ?) ORDER BY a.received_on, a.id`).all(caseId) as ApplicationRow[];
}

export function getApplication(db: ReadableDB, id: number): ApplicationRow | null {
  return (db.prepare(`${APPLICATION} WHERE a.id = ?`).get(id) as ApplicationRow | undefined) ?? null;
}

export function applicationCases(db: ReadableDB, applicationId: number): { id: number; ref: string }[] {
  return db.prepare('SELECT c.id, c.ref FROM case_review_cases l JOIN cases c ON c.id = l.case_id WHERE l.application_id = ? ORDER BY c.id').all(applicationId) as { id: number; ref: string }[];
}

/** The postal address of an applicant who is not on the case (where the letters about their application go). */
export function setApplicantAddress(db: WritableDB, applicationId: number, address: string, postcode: string): void {
  db.prepare('UPDATE case_review_applications SET applicant_address = ?, applicant_postcode = ? WHERE id = ?').run(address, postcode, applicationId);
}

/** Links one more case to an application (a no-op when it is already linked). */
export function linkApplicationCase(db: WritableDB, applicationId: number, caseId: number): void {
  db.prepare('INSERT OR IGNORE INTO case_review_cases (application_id, case_id) VALUES (?, ?)').run(applicationId, caseId);
}

/** Whether the application concerns the case (made on it, or linked to it). */
export function applicationConcerns(db: ReadableDB, applicationId: number, caseId: number): boolean {
  return db.prepare('SELECT 1 FROM case_review_cases WHERE application_id = ? AND case_id = ?').get(applicationId, caseId) !== undefined;
}

interface ComplaintRow {
  source: 'incident' | 'report';
  id: number;
  case_id: number;
  ref: string;
  occurred_at: string;
  reported_at: string | null;
  recorded_at: string;
  reporter: string | null;
  hate: number;
  description: string;
}

/**
 * The complaints on a set of cases: every incident (reported by whom, when), and each case's own report
 * when it has no incident recorded (the report is then the one complaint it holds). A hate incident is
 * one on a case marked as such, or with a hate motivation recorded.
 */
export function complaintsOn(db: ReadableDB, caseIds: readonly number[]): Complaint[] {
  const rows = db
    .prepare(
      `WITH scope AS (SELECT value AS id FROM json_each(?))
       SELECT 'incident' AS source, i.id, i.case_id, c.ref, i.occurred_at, i.reported_at, i.recorded_at,
         CASE WHEN p.anonymous = 1 THEN '' ELSE p.name END AS reporter,
         (c.hate_incident = 1 OR c.motivation <> '[]') AS hate, i.description
       FROM incidents i JOIN cases c ON c.id = i.case_id LEFT JOIN parties p ON p.id = i.reported_by
       WHERE i.case_id IN scope
       UNION ALL
       SELECT 'report', c.id, c.id, c.ref, c.received_at, c.received_at, c.created_at,
         (SELECT CASE WHEN p.anonymous = 1 THEN '' ELSE p.name END FROM parties p WHERE p.case_id = c.id AND p.role IN ('complainant', 'victim') ORDER BY p.id LIMIT 1),
         (c.hate_incident = 1 OR c.motivation <> '[]'), c.summary
       FROM cases c WHERE c.id IN scope AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.case_id = c.id)`,
    )
    .all(JSON.stringify(caseIds)) as ComplaintRow[];
  return rows.map((r) => ({
    key: `${r.source}:${r.id}`,
    caseId: r.case_id,
    caseRef: r.ref,
    occurredAt: r.occurred_at,
    reportedAt: r.reported_at,
    recordedAt: r.recorded_at,
    reporter: r.reporter ?? '',
    hate: r.hate === 1,
    description: r.description,
  }));
}

export function setThresholdDecision(db: WritableDB, id: number, d: { corrections: Correction[]; met: boolean; counted: number; decidedOn: string; reason: string }): void {
  db.prepare('UPDATE case_review_applications SET corrections = ?, threshold_met = ?, threshold_counted = ?, threshold_decided_on = ?, threshold_reason = ? WHERE id = ?').run(
    JSON.stringify(d.corrections),
    d.met ? 1 : 0,
    d.counted,
    d.decidedOn,
    d.reason,
    id,
  );
}

export const correctionsOf = (row: ApplicationRow): Correction[] => JSON.parse(row.corrections) as Correction[];
export const addressesOf = (row: ApplicationRow): string[] => parseList<string>(row.addresses);

export interface ReviewRow {
  lead_body: string;
  meeting_on: string;
  attendees: string;
  held: number;
  decision: string;
  applicant_told_on: string | null;
}

export function getReview(db: ReadableDB, applicationId: number): ReviewRow | null {
  return (db.prepare('SELECT lead_body, meeting_on, attendees, held, decision, applicant_told_on FROM case_reviews WHERE application_id = ?').get(applicationId) as ReviewRow | undefined) ?? null;
}

export function upsertReview(
  db: WritableDB,
  r: { applicationId: number; leadBody: string; meetingOn: string; attendees: string[]; held: boolean; decision: string; applicantToldOn: string | null; by: number; at: string },
): void {
  db.prepare(
    `INSERT INTO case_reviews (application_id, lead_body, meeting_on, attendees, held, decision, applicant_told_on, recorded_by, recorded_at)
     VALUES (@applicationId, @leadBody, @meetingOn, @attendees, @held, @decision, @applicantToldOn, @by, @at)
     ON CONFLICT (application_id) DO UPDATE SET lead_body = excluded.lead_body, meeting_on = excluded.meeting_on, attendees = excluded.attendees, held = excluded.held,
       decision = excluded.decision, applicant_told_on = excluded.applicant_told_on, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
  ).run({ ...r, attendees: toList(r.attendees), held: r.held ? 1 : 0 });
}

export function insertRecommendation(db: WritableDB, r: { applicationId: number; caseId: number; ownerBody: string; partnerOwned: boolean; what: string; dueOn: string; by: number; at: string }): number {
  return Number(
    db
      .prepare(
        `INSERT INTO case_review_recommendations (application_id, case_id, owner_body, partner_owned, what, due_on, recorded_by, recorded_at)
         VALUES (@applicationId, @caseId, @ownerBody, @partnerOwned, @what, @dueOn, @by, @at)`,
      )
      .run({ ...r, partnerOwned: r.partnerOwned ? 1 : 0 }).lastInsertRowid,
  );
}

const RECOMMENDATION = `SELECT id, owner_body AS ownerBody, partner_owned AS partnerOwned, what, due_on AS dueOn, status, evidence, completed_on AS completedOn FROM case_review_recommendations`;
type RecommendationRow = Omit<RecommendationView, 'partnerOwned'> & { partnerOwned: number };
const recommendationOf = (r: RecommendationRow): RecommendationView => ({ ...r, partnerOwned: r.partnerOwned === 1 });

export function recommendationsOf(db: ReadableDB, applicationId: number): RecommendationView[] {
  return (db.prepare(`${RECOMMENDATION} WHERE application_id = ? ORDER BY due_on, id`).all(applicationId) as RecommendationRow[]).map(recommendationOf);
}

export function getRecommendation(db: ReadableDB, id: number): (RecommendationView & { caseId: number; applicationId: number }) | null {
  const r = db.prepare(`${RECOMMENDATION.replace('SELECT id,', 'SELECT id, case_id AS caseId, application_id AS applicationId,')} WHERE id = ?`).get(id) as
    | (RecommendationRow & { caseId: number; applicationId: number })
    | undefined;
  return r ? { ...recommendationOf(r), caseId: r.caseId, applicationId: r.applicationId } : null;
}

export function updateRecommendation(db: WritableDB, u: { id: number; status: string; evidence: string; completedOn: string | null }): void {
  db.prepare('UPDATE case_review_recommendations SET status = @status, evidence = @evidence, completed_on = @completedOn WHERE id = @id').run(u);
}

/** The partner-owned recommendations of some cases, as the deadline engine reads them (due items). */
export function partnerRecommendations(db: ReadableDB, caseIds: readonly number[] | 'all'): { caseId: number; id: number; what: string; meetingOn: string; dueOn: string; status: string; completedOn: string | null }[] {
  const scope = caseIds === 'all' ? '' : 'AND r.case_id IN (SELECT value FROM json_each(@ids))';
  return db
    .prepare(
      `SELECT r.case_id AS caseId, r.id, r.what, v.meeting_on AS meetingOn, r.due_on AS dueOn, r.status, r.completed_on AS completedOn
       FROM case_review_recommendations r JOIN case_reviews v ON v.application_id = r.application_id
       WHERE r.partner_owned = 1 ${scope} ORDER BY r.case_id, r.id`,
    )
    .all(caseIds === 'all' ? {} : { ids: JSON.stringify(caseIds) }) as ReturnType<typeof partnerRecommendations>;
}

export function escalationsOf(db: ReadableDB, applicationId: number): { id: number; madeOn: string; grounds: string; outcome: string; outcomeOn: string | null; outcomeNotes: string }[] {
  return db
    .prepare('SELECT id, made_on AS madeOn, grounds, outcome, outcome_on AS outcomeOn, outcome_notes AS outcomeNotes FROM case_review_escalations WHERE application_id = ? ORDER BY made_on, id')
    .all(applicationId) as ReturnType<typeof escalationsOf>;
}

export function saveEscalation(
  db: WritableDB,
  e: { id: number | null; applicationId: number; madeOn: string; grounds: string; outcome: string; outcomeOn: string | null; outcomeNotes: string; by: number; at: string },
): number {
  if (e.id === null) {
    return Number(
      db
        .prepare(
          `INSERT INTO case_review_escalations (application_id, made_on, grounds, outcome, outcome_on, outcome_notes, recorded_by, recorded_at)
           VALUES (@applicationId, @madeOn, @grounds, @outcome, @outcomeOn, @outcomeNotes, @by, @at)`,
        )
        .run(e).lastInsertRowid,
    );
  }
  const changed = db
    .prepare('UPDATE case_review_escalations SET made_on = @madeOn, grounds = @grounds, outcome = @outcome, outcome_on = @outcomeOn, outcome_notes = @outcomeNotes WHERE id = @id AND application_id = @applicationId')
    .run(e).changes;
  return changed ? e.id : 0;
}

/** Applications across cases, for `hearth case-review list` and the screen's register. */
export function listApplications(db: ReadableDB, f: { partners: readonly string[]; from: string | null; to: string | null }): CaseReviewListRow[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.case_id AS caseId, c.ref AS caseRef, a.partner, a.received_on AS receivedOn, a.received_via AS receivedVia, a.applicant_name AS applicantName,
         a.threshold_met AS thresholdMet, v.meeting_on AS meetingOn,
         (SELECT count(*) FROM case_review_recommendations r WHERE r.application_id = a.id) AS recommendations,
         (SELECT count(*) FROM case_review_recommendations r WHERE r.application_id = a.id AND r.status = 'open') AS openRecommendations
       FROM case_review_applications a JOIN cases c ON c.id = a.case_id LEFT JOIN case_reviews v ON v.application_id = a.id
       WHERE a.partner IN (SELECT value FROM json_each(@partners)) AND (@from IS NULL OR a.received_on >= @from) AND (@to IS NULL OR a.received_on <= @to)
       ORDER BY a.received_on, a.id`,
    )
    .all({ partners: JSON.stringify(f.partners), from: f.from, to: f.to }) as (Omit<CaseReviewListRow, 'thresholdMet'> & { thresholdMet: number | null })[];
  return rows.map((r) => ({ ...r, thresholdMet: r.thresholdMet === null ? null : r.thresholdMet === 1 }));
}

export interface PartnerThresholdRow extends ThresholdRow {
  in_force_from: string;
  set_by: string;
  set_at: string;
}

/** A partner's dated threshold versions, oldest first, with who set each. */
export function partnerThresholdRows(db: ReadableDB, partner: string): PartnerThresholdRow[] {
  return db
    .prepare(
      `SELECT t.id, t.version, t.definition, p.in_force_from, u.display_name AS set_by, p.set_at
       FROM partner_case_review_thresholds p JOIN case_review_thresholds t ON t.id = p.threshold_id AND t.version = p.threshold_version
       JOIN users u ON u.id = p.set_by WHERE p.partner = ? ORDER BY p.in_force_from`,
    )
    .all(partner) as PartnerThresholdRow[];
}

export function nextThresholdVersion(db: ReadableDB, id: string): number {
  return ((db.prepare('SELECT max(version) AS v FROM case_review_thresholds WHERE id = ?').get(id) as { v: number | null }).v ?? 0) + 1;
}

export function insertThresholdVersion(db: WritableDB, t: { id: string; version: number; name: string; definition: string; at: string }): void {
  db.prepare('INSERT INTO case_review_thresholds (id, version, name, definition, created_at) VALUES (@id, @version, @name, @definition, @at)').run(t);
}

export function hasPartnerThresholdOn(db: ReadableDB, partner: string, day: string): boolean {
  return db.prepare('SELECT 1 FROM partner_case_review_thresholds WHERE partner = ? AND in_force_from = ?').get(partner, day) !== undefined;
}

export function insertPartnerThreshold(db: WritableDB, r: { partner: string; inForceFrom: string; id: string; version: number; by: number; at: string }): void {
  db.prepare('INSERT INTO partner_case_review_thresholds (partner, in_force_from, threshold_id, threshold_version, set_by, set_at) VALUES (@partner, @inForceFrom, @id, @version, @by, @at)').run(r);
}
