import type { WritableDB } from '../connection';

/**
 * Version 24 (issue 16, the leftovers): the redaction review covers letters as well as bundles, so each
 * decision says which review it belongs to (`target`: 'bundle', or a letter's own scope) and where the
 * passage was ("the chronology", "paragraph 4"). With both, a review can tell which of its earlier
 * decisions no longer match any passage (the record changed) and say so, instead of keeping them silently.
 * Decisions made before this version were all the bundle's; their place is not known.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    ALTER TABLE redaction_decisions ADD COLUMN target TEXT NOT NULL DEFAULT 'bundle';
    ALTER TABLE redaction_decisions ADD COLUMN place TEXT;
  `);
}
