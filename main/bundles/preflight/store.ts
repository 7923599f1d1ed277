import type { ReadableDB, WritableDB } from '../../db/connection';
import { hasTable } from '../../db/queries/meta';

/** The pre-flight check's overrides (migration 0011): one reason per injunction and problem. */
export interface PreflightOverride {
  code: string;
  reason: string;
  by: string;
  at: string;
}

export function listOverrides(db: ReadableDB, actionId: number): PreflightOverride[] {
  if (!hasTable(db, 'preflight_overrides')) return [];
  return db
    .prepare(
      `SELECT o.code, o.reason, u.display_name AS "by", o.given_at AS "at"
       FROM preflight_overrides o JOIN users u ON u.id = o.given_by WHERE o.action_id = ? ORDER BY o.given_at`,
    )
    .all(actionId) as PreflightOverride[];
}

/** Records (or replaces) the reason for passing over one problem. */
export function saveOverride(db: WritableDB, o: { actionId: number; code: string; reason: string; by: number; at: string }): void {
  db.prepare(
    `INSERT INTO preflight_overrides (action_id, code, reason, given_by, given_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (action_id, code) DO UPDATE SET reason = excluded.reason, given_by = excluded.given_by, given_at = excluded.given_at`,
  ).run(o.actionId, o.code, o.reason, o.by, o.at);
}
