import type { WritableDB } from '../connection';

/**
 * Version 17 (issue 17, the leftovers of the first day in the office).
 *
 * The dashboard's order: its live items again, by urgency then due time, carrying every column the
 * dashboard reads from an item (state and live too, though the index's condition implies them, because
 * SQLite only counts an index as covering when it holds every column the query names). Overdue lines
 * are then read in their order and the walk stops at the end of the page; the section totals and the
 * counts per officer come from the index alone plus each item's case. Measured on 50,000 generated cases
 * (92,000 live items): one walk 1,200 ms → 80 ms, a page of overdue lines 1,080 ms → under 1 ms.
 *
 * Incidents whose time is not known (only the day was given, as the form's "your best estimate" allows):
 * occurred_time_known 0, occurred_at the start of that London day. Existing incidents all had a time.
 *
 * Referrals to the legal team and their withdrawal, each dated, for the case's chronology (the case's
 * legal_referred flag says only where things stand now).
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE legal_referrals (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases (id),
      referred INTEGER NOT NULL CHECK (referred IN (0, 1)),
      at TEXT NOT NULL,
      recorded_by INTEGER NOT NULL REFERENCES users (id)
    ) STRICT;
    CREATE INDEX legal_referrals_case ON legal_referrals (case_id);
    ALTER TABLE incidents ADD COLUMN occurred_time_known INTEGER NOT NULL DEFAULT 1 CHECK (occurred_time_known IN (0, 1));
    CREATE INDEX due_items_live_order ON due_items (urgent, due_at, case_id, rule_id, occurrence, state, live)
      WHERE live = 1 AND state IN ('pending', 'breached');
  `);
}
