import type { WritableDB } from '../connection';

/**
 * Version 11: redacted copies of exhibits (issue 16 item 4). What the person asked for (boxes drawn on
 * pages, words to cover, and whether to cover the details of the people withheld from the court) and the
 * copy made from it, kept in 1 MiB pieces like evidence. `generation` counts the requests, so a copy
 * finished after a newer request is not stored over it; `terms_sha256` records the words the copy was made
 * against, so a bundle can tell a copy made before the list of withheld people changed.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE evidence_redactions (
      evidence_id  INTEGER PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
      boxes        TEXT NOT NULL,
      terms        TEXT NOT NULL,
      withheld     INTEGER NOT NULL CHECK (withheld IN (0, 1)),
      generation   INTEGER NOT NULL,
      state        TEXT NOT NULL CHECK (state IN ('pending', 'ready', 'failed')),
      problem      TEXT,
      job_id       TEXT,
      terms_sha256 TEXT CHECK (terms_sha256 IS NULL OR length(terms_sha256) = 64),
      copy_sha256  TEXT CHECK (copy_sha256 IS NULL OR length(copy_sha256) = 64),
      copy_pages   INTEGER,
      copy_size    INTEGER,
      set_by       INTEGER NOT NULL REFERENCES users (id),
      set_at       TEXT NOT NULL,
      made_at      TEXT
    ) STRICT;

    CREATE TABLE evidence_redacted_chunks (
      evidence_id INTEGER NOT NULL REFERENCES evidence_redactions (evidence_id) ON DELETE CASCADE,
      seq         INTEGER NOT NULL,
      data        BLOB NOT NULL,
      PRIMARY KEY (evidence_id, seq)
    ) STRICT;
  `);
}
