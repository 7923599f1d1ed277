import type { WritableDB } from '../connection';

/**
 * Version 17 (issue 15): a recorded injunction can be corrected rather than recorded again. Each edit
 * keeps the version it replaces here, whole (details, subject, start date, the reasons given to go
 * ahead), with who replaced it, when, and what changed in words; case_actions keeps the current
 * version, so everything that reads an action (the papers, the register, the guards) reads the current
 * one, and actions never edited have no rows here and load as before.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE action_versions (
      id               INTEGER PRIMARY KEY,
      action_id        INTEGER NOT NULL REFERENCES case_actions (id),
      version          INTEGER NOT NULL CHECK (version >= 1),
      subject_party_id INTEGER REFERENCES parties (id),
      started_on       TEXT NOT NULL,
      details          TEXT NOT NULL,
      acknowledgements TEXT NOT NULL,
      replaced_by      INTEGER NOT NULL REFERENCES users (id),
      replaced_at      TEXT NOT NULL,
      changes          TEXT NOT NULL,
      UNIQUE (action_id, version)
    ) STRICT;
  `);
}
