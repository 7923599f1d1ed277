import { computeDueItems, type DueItem } from '../../shared/standards/engine';
import type { DB } from '../db/connection';
import { loadCaseFacts, loadOpenCaseFacts } from './facts';
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
  const loaded = loadCaseFacts(db, caseId);
  if (!loaded) return [];
  const items = computeDueItems(loaded.facts, getProfile(db, loaded.profileId, loaded.profileVersion), now);
  db.prepare('DELETE FROM due_items WHERE case_id = ?').run(caseId);
  const put = db.prepare(
    `INSERT INTO due_items (case_id, rule_id, occurrence, label, source, profile_id, profile_version, starts_at, due_at, state, met_at, urgent, live)
     VALUES (@caseId, @ruleId, @occurrence, @label, @source, @profileId, @profileVersion, @startsAt, @dueAt, @state, @metAt, @urgent, @live)`,
  );
  const closed = loaded.facts.closedAt !== null;
  for (const i of items) put.run({ ...i, caseId, urgent: i.urgent ? 1 : 0, live: isLive(closed, i.ruleId) });
  return items;
}

/** Whether an item belongs on the dashboard's index: open cases' items, and the survey closure starts. */
const isLive = (caseClosed: boolean, ruleId: string) => (!caseClosed || ruleId === 'feedback-survey' ? 1 : 0);

const KEY = (caseId: number, ruleId: string, occurrence: number) => `${caseId} ${ruleId} ${occurrence}`;
const SIGNATURE = (i: { dueAt: string; state: string; metAt: string | null; startsAt: string; profileVersion: number }) =>
  `${i.dueAt}|${i.state}|${i.metAt ?? ''}|${i.startsAt}|${i.profileVersion}`;

/**
 * Every open case, in one transaction (at start-up to refresh states, after a profile change). Facts are
 * loaded for all open cases in a few queries, and only the due items that changed are written: most of an
 * open case's history (met contacts, past reviews) is the same as last time.
 */
export function recomputeOpenCases(db: DB, now: Date): number {
  const all = loadOpenCaseFacts(db);
  const stored = new Map<string, string>();
  for (const r of db
    .prepare(
      `SELECT case_id AS caseId, rule_id AS ruleId, occurrence, due_at AS dueAt, state, met_at AS metAt, starts_at AS startsAt, profile_version AS profileVersion
       FROM due_items WHERE case_id IN (SELECT id FROM cases WHERE status != 'closed')`,
    )
    .iterate() as IterableIterator<{ caseId: number; ruleId: string; occurrence: number; dueAt: string; state: string; metAt: string | null; startsAt: string; profileVersion: number }>) {
    stored.set(KEY(r.caseId, r.ruleId, r.occurrence), SIGNATURE(r));
  }
  const put = db.prepare(
    `INSERT INTO due_items (case_id, rule_id, occurrence, label, source, profile_id, profile_version, starts_at, due_at, state, met_at, urgent, live)
     VALUES (@caseId, @ruleId, @occurrence, @label, @source, @profileId, @profileVersion, @startsAt, @dueAt, @state, @metAt, @urgent, 1)
     ON CONFLICT (case_id, rule_id, occurrence) DO UPDATE SET label = excluded.label, source = excluded.source, profile_id = excluded.profile_id,
       profile_version = excluded.profile_version, starts_at = excluded.starts_at, due_at = excluded.due_at, state = excluded.state,
       met_at = excluded.met_at, urgent = excluded.urgent, live = 1`,
  );
  const drop = db.prepare('DELETE FROM due_items WHERE case_id = ? AND rule_id = ? AND occurrence = ?');
  db.transaction(() => {
    for (const [caseId, loaded] of all) {
      for (const i of computeDueItems(loaded.facts, getProfile(db, loaded.profileId, loaded.profileVersion), now)) {
        const key = KEY(caseId, i.ruleId, i.occurrence);
        if (stored.get(key) !== SIGNATURE(i)) put.run({ ...i, caseId, urgent: i.urgent ? 1 : 0 });
        stored.delete(key);
      }
    }
    for (const key of stored.keys()) {
      const [caseId, ruleId, occurrence] = key.split(' ') as [string, string, string];
      drop.run(Number(caseId), ruleId, Number(occurrence));
    }
  })();
  return all.size;
}
