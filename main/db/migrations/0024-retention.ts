import type { WritableDB } from '../connection';

/**
 * Version 24 (issue 21 items 1–2): retention, disposal and legal hold.
 * - legal_holds: a hold on a case or on a person (a party, matched across cases by name and date of birth);
 *   placed and lifted by a manager, each with a reason. A live hold refuses any disposal it covers.
 * - retention_keeps: a reviewed case kept past its date, with the reason and the next review date.
 * - disposals: the tombstone of each disposal — the case's reference, partner and category, what was done,
 *   when, by whom, under which rule and schedule version, and counts. Never the content.
 * - disposal_permits: present only inside a disposal's own transaction (inserted and removed in it). The
 *   triggers that keep documents, finalised statements, court papers and sendings unchangeable are remade
 *   to stand aside for the one case a permit names, and for nothing else.
 */
const permit = (caseExpr: string) => `NOT EXISTS (SELECT 1 FROM disposal_permits WHERE case_id = ${caseExpr})`;
const docCase = (docId: string) => `(SELECT case_id FROM documents WHERE id = ${docId})`;

export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE legal_holds (
      id            INTEGER PRIMARY KEY,
      case_id       INTEGER REFERENCES cases (id),
      party_id      INTEGER REFERENCES parties (id),
      kind          TEXT NOT NULL CHECK (kind IN ('litigation', 'complaint', 'ombudsman', 'police-request', 'other')),
      reason        TEXT NOT NULL CHECK (length(trim(reason)) > 0),
      placed_by     INTEGER NOT NULL REFERENCES users (id),
      placed_at     TEXT NOT NULL,
      lifted_by     INTEGER REFERENCES users (id),
      lifted_at     TEXT,
      lifted_reason TEXT,
      CHECK ((case_id IS NULL) <> (party_id IS NULL)),
      CHECK ((lifted_at IS NULL) = (lifted_reason IS NULL))
    ) STRICT;
    CREATE INDEX legal_holds_case ON legal_holds (case_id);
    CREATE INDEX legal_holds_party ON legal_holds (party_id);

    CREATE TABLE retention_keeps (
      id          INTEGER PRIMARY KEY,
      case_id     INTEGER NOT NULL REFERENCES cases (id),
      reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
      review_on   TEXT NOT NULL CHECK (review_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      decided_by  INTEGER NOT NULL REFERENCES users (id),
      decided_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX retention_keeps_case ON retention_keeps (case_id, review_on);

    CREATE TABLE disposals (
      id          INTEGER PRIMARY KEY,
      case_id     INTEGER,
      case_ref    TEXT NOT NULL,
      partner     TEXT NOT NULL,
      category    TEXT NOT NULL,
      method      TEXT NOT NULL CHECK (method IN ('anonymise', 'delete')),
      rule_id     TEXT NOT NULL,
      schedule    TEXT NOT NULL,
      due_on      TEXT NOT NULL,
      counts      TEXT NOT NULL,
      disposed_by INTEGER NOT NULL REFERENCES users (id),
      disposed_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX disposals_case ON disposals (case_id);

    CREATE TABLE disposal_permits (case_id INTEGER PRIMARY KEY) STRICT;

    DROP TRIGGER documents_immutable;
    DROP TRIGGER documents_kept;
    DROP TRIGGER documents_announcement_fixed;
    DROP TRIGGER document_files_immutable;
    DROP TRIGGER document_files_kept;
    DROP TRIGGER document_addresses_immutable;
    DROP TRIGGER document_addresses_kept;
    DROP TRIGGER document_sendings_kept;
    DROP TRIGGER document_sendings_not_deleted;
    DROP TRIGGER document_returns_kept;
    DROP TRIGGER document_returns_not_deleted;
    DROP TRIGGER statement_versions_locked;
    DROP TRIGGER court_papers_locked;

    CREATE TRIGGER documents_immutable BEFORE UPDATE OF id, case_id, template_id, template_version, template_source, title,
      recipient_party_id, recipient_role, recipient_description, recipient_count, action_id, referral_id, large_print, easy_read,
      notes, model, content_hash, created_by, created_at ON documents WHEN ${permit('OLD.case_id')}
    BEGIN SELECT RAISE(ABORT, 'documents are immutable'); END;
    CREATE TRIGGER documents_kept BEFORE DELETE ON documents WHEN ${permit('OLD.case_id')}
    BEGIN SELECT RAISE(ABORT, 'documents are kept'); END;
    CREATE TRIGGER documents_announcement_fixed BEFORE UPDATE OF announcement ON documents WHEN ${permit('OLD.case_id')}
    BEGIN SELECT RAISE(ABORT, 'documents are immutable'); END;
    CREATE TRIGGER document_files_immutable BEFORE UPDATE ON document_files WHEN ${permit(docCase('OLD.document_id'))}
    BEGIN SELECT RAISE(ABORT, 'documents are immutable'); END;
    CREATE TRIGGER document_files_kept BEFORE DELETE ON document_files WHEN ${permit(docCase('OLD.document_id'))}
    BEGIN SELECT RAISE(ABORT, 'documents are kept'); END;
    CREATE TRIGGER document_addresses_immutable BEFORE UPDATE ON document_addresses WHEN ${permit(docCase('OLD.document_id'))}
    BEGIN SELECT RAISE(ABORT, 'documents are immutable'); END;
    CREATE TRIGGER document_addresses_kept BEFORE DELETE ON document_addresses WHEN ${permit(docCase('OLD.document_id'))}
    BEGIN SELECT RAISE(ABORT, 'documents are kept'); END;
    CREATE TRIGGER document_sendings_kept BEFORE UPDATE ON document_sendings WHEN ${permit(docCase('OLD.document_id'))}
    BEGIN SELECT RAISE(ABORT, 'a sending is recorded once'); END;
    CREATE TRIGGER document_sendings_not_deleted BEFORE DELETE ON document_sendings WHEN ${permit(docCase('OLD.document_id'))}
    BEGIN SELECT RAISE(ABORT, 'a sending is kept'); END;
    CREATE TRIGGER document_returns_kept BEFORE UPDATE ON document_returns WHEN ${permit(docCase('OLD.document_id'))}
    BEGIN SELECT RAISE(ABORT, 'returned post is recorded once'); END;
    CREATE TRIGGER document_returns_not_deleted BEFORE DELETE ON document_returns WHEN ${permit(docCase('OLD.document_id'))}
    BEGIN SELECT RAISE(ABORT, 'returned post is kept'); END;
    CREATE TRIGGER statement_versions_locked BEFORE UPDATE ON statement_versions
      WHEN OLD.status = 'final' AND ${permit('(SELECT case_id FROM witness_statements WHERE id = OLD.statement_id)')}
      BEGIN SELECT RAISE(ABORT, 'statement version is finalised'); END;
    CREATE TRIGGER court_papers_locked BEFORE UPDATE ON court_papers
      WHEN OLD.status = 'final' AND ${permit('OLD.case_id')}
      BEGIN SELECT RAISE(ABORT, 'court paper is finalised'); END;
  `);
}
