import type { WritableDB } from '../connection';

/**
 * Version 17 (issue 17 item 10): a made letter is *ready*; it is *sent* when someone records how and when,
 * and that is what meets the deadline it serves; returned post is recorded.
 *
 * - documents.announcement: what the letter serves and names (its template's `serves`, title, the party,
 *   the officer and next contact), fixed when it is made and announced when it is sent. Fixed like the rest
 *   of the document (a trigger refuses a change).
 * - document_sendings: how (post first or second class, by hand, e-mail, collected, other), when, by whom.
 *   One per document (a batch to residents is one document: all its letters are sent in one step).
 * - document_returns: returned post (the day it came back and why). The facts the letter met stop counting
 *   (standards/facts.ts), so the due item is open again; both the sending and the return stay on record.
 * - standard_facts.document_id, contacts.document_id: the letter that recorded a fact, so a return can
 *   withdraw it. Filled in for letters made before this version from the note each one wrote.
 *
 * Documents made before this version were counted as sent when they were made (their deadlines were met
 * then): they are recorded as sent at that time, how "not recorded", so no history changes.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    ALTER TABLE documents ADD COLUMN announcement TEXT;
    CREATE TRIGGER documents_announcement_fixed BEFORE UPDATE OF announcement ON documents
    BEGIN SELECT RAISE(ABORT, 'documents are immutable'); END;

    CREATE TABLE document_sendings (
      document_id INTEGER PRIMARY KEY REFERENCES documents (id),
      how         TEXT NOT NULL CHECK (how IN ('first-class', 'second-class', 'hand', 'email', 'collected', 'other', 'not-recorded')),
      how_detail  TEXT NOT NULL DEFAULT '',
      sent_at     TEXT NOT NULL,
      recorded_by INTEGER NOT NULL REFERENCES users (id),
      recorded_at TEXT NOT NULL,
      CHECK (how != 'other' OR length(how_detail) > 0)
    ) STRICT;

    CREATE TABLE document_returns (
      document_id INTEGER PRIMARY KEY REFERENCES document_sendings (document_id),
      returned_on TEXT NOT NULL,
      reason      TEXT NOT NULL CHECK (length(reason) > 0),
      recorded_by INTEGER NOT NULL REFERENCES users (id),
      recorded_at TEXT NOT NULL
    ) STRICT;

    CREATE TRIGGER document_sendings_kept BEFORE UPDATE ON document_sendings BEGIN SELECT RAISE(ABORT, 'a sending is recorded once'); END;
    CREATE TRIGGER document_sendings_not_deleted BEFORE DELETE ON document_sendings BEGIN SELECT RAISE(ABORT, 'a sending is kept'); END;
    CREATE TRIGGER document_returns_kept BEFORE UPDATE ON document_returns BEGIN SELECT RAISE(ABORT, 'returned post is recorded once'); END;
    CREATE TRIGGER document_returns_not_deleted BEFORE DELETE ON document_returns BEGIN SELECT RAISE(ABORT, 'returned post is kept'); END;

    INSERT INTO document_sendings (document_id, how, sent_at, recorded_by, recorded_at)
      SELECT id, 'not-recorded',
        CASE WHEN sent_on IS NULL OR sent_on = substr(created_at, 1, 10) THEN created_at ELSE sent_on || 'T12:00:00.000Z' END,
        created_by, created_at
      FROM documents;
    UPDATE documents SET sent_on = substr(created_at, 1, 10) WHERE sent_on IS NULL;

    ALTER TABLE standard_facts ADD COLUMN document_id INTEGER REFERENCES documents (id);
    ALTER TABLE contacts ADD COLUMN document_id INTEGER REFERENCES documents (id);
    UPDATE standard_facts SET document_id = CAST(substr(note, instr(note, '(document ') + 10) AS INTEGER)
      WHERE kind = 'acknowledged' AND instr(note, 'letter (document ') > 0;
    UPDATE contacts SET document_id = CAST(substr(summary, instr(summary, '(document ') + 10) AS INTEGER)
      WHERE kind = 'letter' AND summary LIKE 'Letter: % (document %).';
  `);
}
