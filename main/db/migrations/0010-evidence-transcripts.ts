import type { WritableDB } from '../connection';

/**
 * Version 10: typed transcripts (PD 32 para 27.11; reference/bundles.md B17). An exhibit can be marked
 * hard to read, and carry a typed copy that the court bundle places straight after it. Who typed it and
 * when are kept with it.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    ALTER TABLE evidence ADD COLUMN illegible INTEGER NOT NULL DEFAULT 0 CHECK (illegible IN (0, 1));
    ALTER TABLE evidence ADD COLUMN transcript TEXT;
    ALTER TABLE evidence ADD COLUMN transcript_by INTEGER REFERENCES users (id);
    ALTER TABLE evidence ADD COLUMN transcript_at TEXT;
  `);
}
