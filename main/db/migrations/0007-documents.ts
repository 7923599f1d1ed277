import type { WritableDB } from '../connection';

/**
 * Version 7: documents (issue 6, DESIGN §6). Every generated letter, contract and statement is kept
 * inside the encrypted database with its template and version, who it went to, and its files (PDF and
 * DOCX, byte for byte, each with its SHA-256); a residents' batch is one document with its addresses.
 * Documents are immutable: triggers refuse any change but recording the day it was sent, and any delete.
 *
 * A partner's own version of a template is a new row each time (versioned); going back to the default
 * is a row too ("reverted"), so the history of what wording was in use stays complete.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE template_overrides (
      id          INTEGER PRIMARY KEY,
      partner     TEXT NOT NULL REFERENCES partners (code),
      template_id TEXT NOT NULL,
      version     INTEGER NOT NULL CHECK (version >= 1),
      body        TEXT NOT NULL,
      reverted    INTEGER NOT NULL DEFAULT 0 CHECK (reverted IN (0, 1)),
      created_by  INTEGER NOT NULL REFERENCES users (id),
      created_at  TEXT NOT NULL,
      UNIQUE (partner, template_id, version),
      CHECK (reverted = 1 OR length(body) > 0)
    ) STRICT;

    CREATE TABLE documents (
      id                    INTEGER PRIMARY KEY,
      case_id               INTEGER NOT NULL REFERENCES cases (id),
      template_id           TEXT NOT NULL,
      template_version      INTEGER NOT NULL,
      template_source       TEXT NOT NULL,
      title                 TEXT NOT NULL,
      recipient_party_id    INTEGER REFERENCES parties (id),
      recipient_role        TEXT NOT NULL,
      recipient_description TEXT NOT NULL,
      recipient_count       INTEGER NOT NULL DEFAULT 1 CHECK (recipient_count >= 1),
      action_id             INTEGER REFERENCES case_actions (id),
      referral_id           INTEGER REFERENCES referrals (id),
      large_print           INTEGER NOT NULL CHECK (large_print IN (0, 1)),
      easy_read             INTEGER NOT NULL CHECK (easy_read IN (0, 1)),
      notes                 TEXT NOT NULL DEFAULT '[]',
      model                 TEXT NOT NULL,
      content_hash          TEXT NOT NULL CHECK (length(content_hash) = 64),
      created_by            INTEGER NOT NULL REFERENCES users (id),
      created_at            TEXT NOT NULL,
      sent_on               TEXT
    ) STRICT;
    CREATE INDEX documents_case ON documents (case_id, created_at);

    CREATE TABLE document_files (
      document_id INTEGER NOT NULL REFERENCES documents (id),
      format      TEXT NOT NULL CHECK (format IN ('pdf', 'docx')),
      sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
      size        INTEGER NOT NULL,
      bytes       BLOB NOT NULL,
      PRIMARY KEY (document_id, format)
    ) STRICT;

    -- A residents' batch (P5.3): the addresses, in the order of the letters in the files.
    CREATE TABLE document_addresses (
      document_id INTEGER NOT NULL REFERENCES documents (id),
      seq         INTEGER NOT NULL,
      address     TEXT NOT NULL,
      PRIMARY KEY (document_id, seq)
    ) STRICT, WITHOUT ROWID;

    CREATE TRIGGER documents_immutable BEFORE UPDATE OF id, case_id, template_id, template_version, template_source, title,
      recipient_party_id, recipient_role, recipient_description, recipient_count, action_id, referral_id, large_print, easy_read,
      notes, model, content_hash, created_by, created_at ON documents
    BEGIN SELECT RAISE(ABORT, 'documents are immutable'); END;
    CREATE TRIGGER documents_sent_once BEFORE UPDATE OF sent_on ON documents WHEN OLD.sent_on IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'a document''s sent date is recorded once'); END;
    CREATE TRIGGER documents_kept BEFORE DELETE ON documents BEGIN SELECT RAISE(ABORT, 'documents are kept'); END;
    CREATE TRIGGER document_files_immutable BEFORE UPDATE ON document_files BEGIN SELECT RAISE(ABORT, 'documents are immutable'); END;
    CREATE TRIGGER document_files_kept BEFORE DELETE ON document_files BEGIN SELECT RAISE(ABORT, 'documents are kept'); END;
    CREATE TRIGGER document_addresses_immutable BEFORE UPDATE ON document_addresses BEGIN SELECT RAISE(ABORT, 'documents are immutable'); END;
    CREATE TRIGGER document_addresses_kept BEFORE DELETE ON document_addresses BEGIN SELECT RAISE(ABORT, 'documents are kept'); END;
    CREATE TRIGGER template_overrides_immutable BEFORE UPDATE ON template_overrides BEGIN SELECT RAISE(ABORT, 'template versions are kept as written'); END;
  `);
}
