import type { WritableDB } from '../connection';

/**
 * Version 40 (issue 15, the cold `hearth bundle`): `exhibit_proposals`, the boxes the redaction review
 * proposes on an exhibit, kept with what they were found under (the file's SHA-256, the exhibit's label
 * and the redaction's fingerprint: main/bundles/review/exhibit-proposals.ts) and the reading they came from.
 * A fresh process (the command line) reads this short list instead of parsing every page's words and
 * running the guard over them again: about a second of a 300-exhibit build before its worker could start.
 * A table of its own, not columns of exhibit_words: a column after `pages` is read through the overflow
 * pages of every exhibit's words. A cache only: a new reading of the exhibit removes its row
 * (putExhibitWords), and it is disposed of and anonymised with the case, like the words.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE exhibit_proposals (
      evidence_id INTEGER PRIMARY KEY,
      case_id     INTEGER NOT NULL,
      found_under TEXT NOT NULL,
      read_at     TEXT NOT NULL,
      proposals   TEXT NOT NULL
    ) STRICT;
    CREATE INDEX exhibit_proposals_case ON exhibit_proposals (case_id);
  `);
}
