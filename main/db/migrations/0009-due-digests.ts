import type { WritableDB } from '../connection';

/**
 * Version 9: recomputing every open case's deadlines quickly (issue 4: under a second for 20,000 open).
 * - due_digests keeps, per case, a digest of the due items last written, so a recompute compares one
 *   value per case instead of reading back every stored item. A case without a digest (all of them,
 *   after this migration) has its items rewritten by the next recompute.
 * - The indexes the engine's facts come from gain the columns it reads, so those reads never leave the
 *   index for the (much larger) table rows.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE due_digests (
      case_id INTEGER PRIMARY KEY REFERENCES cases (id),
      digest  TEXT NOT NULL
    );
    DROP INDEX standard_facts_case;
    CREATE INDEX standard_facts_case ON standard_facts (case_id, at, kind);
    DROP INDEX plan_reviews_case;
    CREATE INDEX plan_reviews_case ON plan_reviews (case_id, at, changed_plan);
    DROP INDEX contacts_case;
    CREATE INDEX contacts_case ON contacts (case_id, at, party_id);
  `);
}
