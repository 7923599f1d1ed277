import type { WritableDB } from '../connection';

/**
 * Version 29 (issue 21): anonymising one person across every case they appear in (an erasure request, or a
 * disposal that applies to a person rather than a case). The tombstones, like `disposals`, never hold the
 * content: no name, no address — only what was done, to which case references and records, when, by whom.
 * - person_anonymisations: one row for the person (the basis, the subject request it answers, counts).
 * - person_anonymisation_cases: one row per case the person was on (its reference, the party records and
 *   their roles, the row counts per table, the files removed).
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE person_anonymisations (
      id          INTEGER PRIMARY KEY,
      partner     TEXT NOT NULL,
      basis       TEXT NOT NULL CHECK (basis IN ('erasure-request', 'retention')),
      request_id  INTEGER REFERENCES subject_requests (id),
      cases       INTEGER NOT NULL CHECK (cases >= 1),
      records     INTEGER NOT NULL CHECK (records >= 1),
      rows        INTEGER NOT NULL,
      done_by     INTEGER NOT NULL REFERENCES users (id),
      done_at     TEXT NOT NULL
    ) STRICT;

    CREATE TABLE person_anonymisation_cases (
      id               INTEGER PRIMARY KEY,
      anonymisation_id INTEGER NOT NULL REFERENCES person_anonymisations (id),
      case_id          INTEGER NOT NULL,
      case_ref         TEXT NOT NULL,
      party_ids        TEXT NOT NULL,
      roles            TEXT NOT NULL,
      counts           TEXT NOT NULL,
      files_removed    INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX person_anonymisation_cases_case ON person_anonymisation_cases (case_id);
  `);
}
