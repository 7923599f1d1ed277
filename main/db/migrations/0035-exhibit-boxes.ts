import type { WritableDB } from '../connection';

/**
 * Version 29 (issue 16: automatic exhibit boxes). Two things:
 *
 * - `exhibit_words`: the words read from each exhibit's pages and where they are (a PDF's own text, or OCR
 *   of a scan or picture), kept so the redaction review can propose boxes over what identifies a withheld
 *   person without reading (and OCR-ing) the file again, and so its redacted copy's text layer needs no
 *   second OCR. Tied to the file's SHA-256; `problem` says why a file could not be read. It carries
 *   `case_id` and no foreign keys so disposal clears it whatever order the tables are cleared in.
 * - `redaction_decisions` may now hold 'reject': a proposed exhibit box the legal user turned down (a box is
 *   accepted or rejected, never reworded). SQLite cannot change a CHECK, so the table is made again with
 *   its rows.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE exhibit_words (
      evidence_id INTEGER PRIMARY KEY,
      case_id     INTEGER NOT NULL,
      sha256      TEXT NOT NULL,
      pages       TEXT NOT NULL,
      problem     TEXT,
      read_at     TEXT NOT NULL
    ) STRICT;
    CREATE INDEX exhibit_words_case ON exhibit_words (case_id);

    CREATE TABLE redaction_decisions_new (
      case_id    INTEGER NOT NULL REFERENCES cases (id),
      key        TEXT NOT NULL CHECK (length(key) = 64),
      kind       TEXT NOT NULL CHECK (kind IN ('accept', 'edit', 'reword', 'reject')),
      text       TEXT,
      party_id   INTEGER REFERENCES parties (id),
      decided_by INTEGER NOT NULL REFERENCES users (id),
      decided_at TEXT NOT NULL,
      target     TEXT NOT NULL DEFAULT 'bundle',
      place      TEXT,
      PRIMARY KEY (case_id, key),
      CHECK ((kind IN ('accept', 'reject')) = (text IS NULL))
    ) STRICT;
    INSERT INTO redaction_decisions_new (case_id, key, kind, text, party_id, decided_by, decided_at, target, place)
      SELECT case_id, key, kind, text, party_id, decided_by, decided_at, target, place FROM redaction_decisions;
    DROP TABLE redaction_decisions;
    ALTER TABLE redaction_decisions_new RENAME TO redaction_decisions;
  `);
}
