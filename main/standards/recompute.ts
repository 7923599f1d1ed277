import { computeDueItems, type DueItem } from '../../shared/standards/engine';
import type { DB } from '../db/connection';
import { loadCaseFacts } from './facts';
import { getProfile } from './profiles';

/** Runs the engine for one case, as of `now`. */
export function dueItemsForCase(db: DB, caseId: number, now: Date): DueItem[] {
  const loaded = loadCaseFacts(db, caseId);
  if (!loaded) return [];
  return computeDueItems(loaded.facts, getProfile(db, loaded.profileId, loaded.profileVersion), now);
}

/**
 * Recomputes and stores a case's due items (issue 4 §2: changing a fact recomputes). Call it in the same
 * transaction as the change. The stored state is as of `now`; the dashboard also treats a pending item
 * whose due time has passed as overdue, so time passing needs no recompute.
 */
export function recomputeCase(db: DB, caseId: number, now: Date): DueItem[] {
  const items = dueItemsForCase(db, caseId, now);
  db.prepare('DELETE FROM due_items WHERE case_id = ?').run(caseId);
  const put = db.prepare(
    `INSERT INTO due_items (case_id, rule_id, occurrence, label, source, profile_id, profile_version, starts_at, due_at, state, met_at, urgent)
     VALUES (@caseId, @ruleId, @occurrence, @label, @source, @profileId, @profileVersion, @startsAt, @dueAt, @state, @metAt, @urgent)`,
  );
  for (const i of items) put.run({ ...i, caseId, urgent: i.urgent ? 1 : 0 });
  return items;
}

/** Every open case, in one transaction (after a profile change, or at start-up to refresh states). */
export function recomputeOpenCases(db: DB, now: Date): number {
  const ids = (db.prepare("SELECT id FROM cases WHERE status != 'closed'").all() as { id: number }[]).map((r) => r.id);
  db.transaction(() => {
    for (const id of ids) recomputeCase(db, id, now);
  })();
  return ids.length;
}
