import type { DraftForm } from '../../shared/schemas/drafts';
import type { ReadableDB, WritableDB } from '../db/connection';
import { sql, sqlJoin } from '../db/sql';

/** The drafts table (migration 0011): one row per person, form and case. */

export interface DraftRow {
  form: DraftForm;
  caseId: number | null;
  body: string;
  updatedAt: string;
}

export function putDraft(db: WritableDB, userId: number, form: DraftForm, caseId: number | null, body: string, at: string): void {
  db.prepare(
    `INSERT INTO drafts (user_id, form, case_id, body, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (user_id, form, ifnull(case_id, 0)) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
  ).run(userId, form, caseId, body, at);
}

export function getDraft(db: ReadableDB, userId: number, form: DraftForm, caseId: number | null): DraftRow | null {
  const row = db
    .prepare('SELECT form, case_id AS caseId, body, updated_at AS updatedAt FROM drafts WHERE user_id = ? AND form = ? AND ifnull(case_id, 0) = ifnull(?, 0)')
    .get(userId, form, caseId) as DraftRow | undefined;
  return row ?? null;
}

/** A person's drafts, newest first, with the case reference of each (not the body). */
export function listDrafts(db: ReadableDB, userId: number): { form: DraftForm; caseId: number | null; caseRef: string | null; updatedAt: string }[] {
  return db
    .prepare('SELECT d.form, d.case_id AS caseId, c.ref AS caseRef, d.updated_at AS updatedAt FROM drafts d LEFT JOIN cases c ON c.id = d.case_id WHERE d.user_id = ? ORDER BY d.updated_at DESC')
    .all(userId) as { form: DraftForm; caseId: number | null; caseRef: string | null; updatedAt: string }[];
}

export function deleteDraft(db: WritableDB, userId: number, form: DraftForm, caseId: number | null): number {
  return db.prepare('DELETE FROM drafts WHERE user_id = ? AND form = ? AND ifnull(case_id, 0) = ifnull(?, 0)').run(userId, form, caseId).changes;
}

/** Drops a person's drafts of these forms for this case (or with no case), as their submission does. */
export function deleteDraftsOf(db: WritableDB, userId: number, forms: readonly DraftForm[], caseId: number | null): number {
  if (!forms.length) return 0;
  const q = sql`DELETE FROM drafts WHERE user_id = ${userId} AND form IN (${sqlJoin(forms)}) AND ifnull(case_id, 0) = ifnull(${caseId}, 0)`;
  return db.prepare(q.text).run(...q.params).changes;
}

/** Drafts last touched before `before` (anyone's: 30 days after the last keystroke), and those of people since removed. */
export function deleteExpiredDrafts(db: WritableDB, before: string): number {
  return db.prepare('DELETE FROM drafts WHERE updated_at < ? OR user_id IN (SELECT id FROM users WHERE removed_at IS NOT NULL)').run(before).changes;
}
