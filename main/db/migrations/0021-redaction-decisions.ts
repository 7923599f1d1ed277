import type { WritableDB } from '../connection';

/**
 * Version 17 (issue 16 §3; numbered 0019 in the plan, renumbered at merge): the redaction review's
 * decisions. One per case and key, where the key is a SHA-256 of the passage and the finding (accept,
 * edit) or of the passage alone (reword): a passage that has changed since has a new key, so an old
 * decision never applies to it silently. `text` holds the replacement words (edit) or the passage as
 * reworded (reword), both checked by the disclosure guard before they are stored; the audit log records
 * only the key, the person's role and the kind of decision.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE redaction_decisions (
      case_id    INTEGER NOT NULL REFERENCES cases (id),
      key        TEXT NOT NULL CHECK (length(key) = 64),
      kind       TEXT NOT NULL CHECK (kind IN ('accept', 'edit', 'reword')),
      text       TEXT,
      party_id   INTEGER REFERENCES parties (id),
      decided_by INTEGER NOT NULL REFERENCES users (id),
      decided_at TEXT NOT NULL,
      PRIMARY KEY (case_id, key),
      CHECK ((kind = 'accept') = (text IS NULL))
    ) STRICT;
  `);
}
