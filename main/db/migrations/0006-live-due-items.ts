import type { WritableDB } from '../connection';

/**
 * Version 6: the dashboard reads only "live" due items — those of open cases, plus the feedback survey
 * that closure itself starts. A closed case keeps its history (reports need it) but drops out of the
 * index the dashboard walks, so years of closed cases do not slow down today's list.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    ALTER TABLE due_items ADD COLUMN live INTEGER NOT NULL DEFAULT 1 CHECK (live IN (0, 1));
    UPDATE due_items SET live = CASE
      WHEN rule_id = 'feedback-survey' THEN 1
      WHEN (SELECT status FROM cases WHERE cases.id = due_items.case_id) = 'closed' THEN 0
      ELSE 1 END;
    DROP INDEX due_items_open;
    CREATE INDEX due_items_live ON due_items (due_at) WHERE live = 1 AND state IN ('pending', 'breached');
  `);
}
