import type { WritableDB } from '../connection';

/**
 * Version 11 (issue 15): witness statements drafted, reviewed and finalised, and incidents that say
 * when they were reported as well as when they happened.
 *
 * - incidents.reported_at: when the Claimant was told. Incidents recorded at intake arrived with the
 *   report, so they take the report's time; any other incident's report time was never recorded and
 *   stays NULL (a statement then says nothing about when it was reported rather than guess).
 * - witness_statements: one witness's nth statement on a case (the maker is a user, e.g. the officer,
 *   or a party). statement_versions: its drafts and finalised versions. A finalised version is never
 *   changed again (the store refuses); a change after finalising is a new version. A statement in
 *   another language keeps the original, the English translation and the translator's certificate
 *   (PD 32 paras 18.1, 20.1, 23.2), and says how it was taken (18.2). exhibits: the items the witness
 *   produces and the mark each has in this statement (initials and number, e.g. "AH1").
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    ALTER TABLE incidents ADD COLUMN reported_at TEXT;
    UPDATE incidents SET reported_at = (SELECT c.received_at FROM cases c WHERE c.id = incidents.case_id)
      WHERE recorded_at = (SELECT c.created_at FROM cases c WHERE c.id = incidents.case_id);

    CREATE TABLE witness_statements (
      id             INTEGER PRIMARY KEY,
      case_id        INTEGER NOT NULL REFERENCES cases (id),
      maker_user_id  INTEGER REFERENCES users (id),
      maker_party_id INTEGER REFERENCES parties (id),
      maker_name     TEXT NOT NULL,
      initials       TEXT NOT NULL,
      number         INTEGER NOT NULL CHECK (number >= 1),
      created_by     INTEGER NOT NULL REFERENCES users (id),
      created_at     TEXT NOT NULL,
      CHECK ((maker_user_id IS NULL) <> (maker_party_id IS NULL))
    ) STRICT;
    CREATE INDEX witness_statements_case ON witness_statements (case_id);

    CREATE TABLE statement_versions (
      id                     INTEGER PRIMARY KEY,
      statement_id           INTEGER NOT NULL REFERENCES witness_statements (id),
      version                INTEGER NOT NULL CHECK (version >= 1),
      status                 TEXT NOT NULL CHECK (status IN ('draft', 'final')),
      body                   TEXT NOT NULL,
      language               TEXT NOT NULL DEFAULT 'English',
      how_taken              TEXT NOT NULL DEFAULT '',
      translation            TEXT,
      translator_name        TEXT,
      translated_on          TEXT,
      translator_certificate TEXT,
      truth_in_language      TEXT,
      exhibits               TEXT NOT NULL DEFAULT '[]',
      statement_date         TEXT,
      saved_by               INTEGER NOT NULL REFERENCES users (id),
      saved_at               TEXT NOT NULL,
      finalised_by           INTEGER REFERENCES users (id),
      finalised_at           TEXT,
      UNIQUE (statement_id, version),
      CHECK ((status = 'final') = (finalised_at IS NOT NULL))
    ) STRICT;

    -- A finalised version is locked: the database refuses a change, whatever code asks.
    CREATE TRIGGER statement_versions_locked BEFORE UPDATE ON statement_versions
      WHEN OLD.status = 'final'
      BEGIN SELECT RAISE(ABORT, 'statement version is finalised'); END;
  `);
}
