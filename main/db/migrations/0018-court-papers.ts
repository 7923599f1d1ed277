import type { WritableDB } from '../connection';

/**
 * Version 17 (issue 15): short court papers the legal user writes from the record and finalises before
 * a bundle takes them — a certificate of service (N215-style) for a document served, and the case
 * summary for the judge. `fields` is the paper's JSON (shared/schemas/court-papers.ts). A finalised paper
 * is locked: the database refuses a change; a correction is a new paper. `deemed_on` is the deemed date
 * of service worked out when a certificate was finalised, kept so the certificate reads as it was signed.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE court_papers (
      id           INTEGER PRIMARY KEY,
      case_id      INTEGER NOT NULL REFERENCES cases (id),
      kind         TEXT NOT NULL CHECK (kind IN ('service-certificate', 'case-summary')),
      status       TEXT NOT NULL CHECK (status IN ('draft', 'final')),
      fields       TEXT NOT NULL,
      signed_on    TEXT,
      deemed_on    TEXT,
      saved_by     INTEGER NOT NULL REFERENCES users (id),
      saved_at     TEXT NOT NULL,
      finalised_by INTEGER REFERENCES users (id),
      finalised_at TEXT,
      CHECK ((status = 'final') = (finalised_at IS NOT NULL))
    ) STRICT;
    CREATE INDEX court_papers_case ON court_papers (case_id);

    CREATE TRIGGER court_papers_locked BEFORE UPDATE ON court_papers
      WHEN OLD.status = 'final'
      BEGIN SELECT RAISE(ABORT, 'court paper is finalised'); END;
  `);
}
