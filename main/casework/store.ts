import type { ActionResultView, FormatSentView, InterviewAgreementView, SafetyMeasureView } from '../../shared/schemas/casework';
import type { ReadableDB, WritableDB } from '../db/connection';
import type { ActionKind } from '../../shared/domain/action-kinds';

/**
 * The tables of migration 0017 (issue 18): interview agreements (P4.9), action results (P5.10,
 * P5.17–5.20), safety measures (P3.17) and formats sent (P8.3). Counter-allegations are case_links.
 */

export function insertInterviewAgreement(db: WritableDB, a: { caseId: number; basis: string; reason: string; givenOn: string; by: number; at: string }): number {
  return Number(
    db
      .prepare('INSERT INTO interview_agreements (case_id, basis, reason, given_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(a.caseId, a.basis, a.reason, a.givenOn, a.by, a.at).lastInsertRowid,
  );
}

/** The agreement that holds now: the latest recorded. */
export function currentInterviewAgreement(db: ReadableDB, caseId: number): InterviewAgreementView | null {
  const row = db
    .prepare(
      `SELECT a.id, a.basis, a.reason, a.given_on AS givenOn, u.display_name AS recordedBy FROM interview_agreements a JOIN users u ON u.id = a.recorded_by
       WHERE a.case_id = ? ORDER BY a.recorded_at DESC, a.id DESC LIMIT 1`,
    )
    .get(caseId) as InterviewAgreementView | undefined;
  return row ?? null;
}

export function upsertActionResult(db: WritableDB, caseId: number, r: ActionResultView, by: number, at: string): void {
  db.prepare(
    `INSERT INTO action_results (action_id, case_id, decided_on, damages_pence, costs_pence, costs_payer, offence, police_outcome, notes, recorded_by, recorded_at)
     VALUES (@actionId, @caseId, @decidedOn, @damagesPence, @costsPence, @costsPayer, @offence, @policeOutcome, @notes, @by, @at)
     ON CONFLICT (action_id) DO UPDATE SET decided_on = excluded.decided_on, damages_pence = excluded.damages_pence, costs_pence = excluded.costs_pence,
       costs_payer = excluded.costs_payer, offence = excluded.offence, police_outcome = excluded.police_outcome, notes = excluded.notes,
       recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
  ).run({ ...r, caseId, by, at });
}

const RESULT_COLUMNS = `action_id AS actionId, decided_on AS decidedOn, damages_pence AS damagesPence, costs_pence AS costsPence, costs_payer AS costsPayer,
  offence, police_outcome AS policeOutcome, notes`;

export function getActionResult(db: ReadableDB, actionId: number): ActionResultView | null {
  return (db.prepare(`SELECT ${RESULT_COLUMNS} FROM action_results WHERE action_id = ?`).get(actionId) as ActionResultView | undefined) ?? null;
}

/** Results by action id, for the legal register's rows. */
export function actionResultsFor(db: ReadableDB, actionIds: readonly number[]): Map<number, ActionResultView> {
  if (!actionIds.length) return new Map();
  const rows = db.prepare(`SELECT ${RESULT_COLUMNS} FROM action_results WHERE action_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(actionIds)) as ActionResultView[];
  return new Map(rows.map((r) => [r.actionId, r]));
}

export function insertSafetyMeasure(
  db: WritableDB,
  m: { caseId: number; partyId: number | null; kind: string; status: string; on: string; costPence: number; provider: string; liaison: string; notes: string; by: number; at: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO safety_measures (case_id, party_id, kind, status, on_date, cost_pence, provider, liaison, notes, recorded_by, recorded_at)
         VALUES (@caseId, @partyId, @kind, @status, @on, @costPence, @provider, @liaison, @notes, @by, @at)`,
      )
      .run(m).lastInsertRowid,
  );
}

export function listSafetyMeasures(db: ReadableDB, caseId: number): SafetyMeasureView[] {
  return db
    .prepare(
      `SELECT m.id, m.party_id AS partyId, CASE WHEN p.anonymous = 1 THEN 'an anonymous person' ELSE p.name END AS partyName, m.kind, m.status, m.on_date AS "on",
         m.cost_pence AS costPence, m.provider, m.liaison, m.notes
       FROM safety_measures m LEFT JOIN parties p ON p.id = m.party_id WHERE m.case_id = ? ORDER BY m.on_date, m.id`,
    )
    .all(caseId) as SafetyMeasureView[];
}

export function insertFormatSent(db: WritableDB, f: { documentId: number; caseId: number; format: string; language: string; producedBy: string; sentOn: string; by: number; at: string }): number {
  return Number(
    db
      .prepare(
        `INSERT INTO document_formats (document_id, case_id, format, language, produced_by, sent_on, recorded_by, recorded_at)
         VALUES (@documentId, @caseId, @format, @language, @producedBy, @sentOn, @by, @at)`,
      )
      .run(f).lastInsertRowid,
  );
}

export function listFormatsSent(db: ReadableDB, caseId: number): FormatSentView[] {
  return db
    .prepare(
      `SELECT f.id, f.document_id AS documentId, d.title AS documentTitle, f.format, f.language, f.produced_by AS producedBy, f.sent_on AS sentOn
       FROM document_formats f JOIN documents d ON d.id = f.document_id WHERE f.case_id = ? ORDER BY f.sent_on, f.id`,
    )
    .all(caseId) as FormatSentView[];
}

/** The cases linked to this one as counter-allegations (P4.7), either way round. */
export function counterAllegations(db: ReadableDB, caseId: number, reason: string): { caseId: number; ref: string }[] {
  return db
    .prepare(
      `SELECT c.id AS caseId, c.ref FROM case_links l JOIN cases c ON c.id = l.linked_case_id WHERE l.case_id = @caseId AND l.reason = @reason
       UNION SELECT c.id AS caseId, c.ref FROM case_links l JOIN cases c ON c.id = l.case_id WHERE l.linked_case_id = @caseId AND l.reason = @reason`,
    )
    .all({ caseId, reason }) as { caseId: number; ref: string }[];
}

/** Links two cases one way round; false when that direction already holds a link (of any reason). */
export function insertCounterLink(db: WritableDB, caseId: number, linkedId: number, reason: string, at: string): boolean {
  return db.prepare('INSERT OR IGNORE INTO case_links (case_id, linked_case_id, reason, created_at) VALUES (?, ?, ?, ?)').run(caseId, linkedId, reason, at).changes === 1;
}

/** What the result's rules need of an action (not actions/store: that one reads results from here). */
export function actionFacts(db: ReadableDB, id: number): { caseId: number; kind: ActionKind; startedOn: string } | null {
  return (db.prepare('SELECT case_id AS caseId, kind, started_on AS startedOn FROM case_actions WHERE id = ?').get(id) as { caseId: number; kind: ActionKind; startedOn: string } | undefined) ?? null;
}
