import type { WritableDB } from '../connection';

/**
 * Version 29 (issue 21, P3.11–3.14): a police request is recorded whatever is decided, not only when a
 * pack is made. Each request now has the day the police asked, the decision (everything asked for shared,
 * part of it, or refused) and the reason for anything not shared. A refused request has no pack, so no
 * SHA-256. SQLite cannot change a CHECK, so the table is made again and its rows copied: each earlier
 * request made a pack of everything chosen, so it is 'shared', asked for on the day (UTC) it was made.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE police_requests_next (
      id              INTEGER PRIMARY KEY,
      case_id         INTEGER NOT NULL REFERENCES cases (id),
      force           TEXT NOT NULL,
      officer         TEXT NOT NULL,
      reference       TEXT NOT NULL,
      lawful_basis    TEXT NOT NULL CHECK (lawful_basis IN ('cda-1998-s115', 'dpa-2018-sch2-para2')),
      purpose         TEXT NOT NULL,
      received_on     TEXT NOT NULL,
      decision        TEXT NOT NULL CHECK (decision IN ('shared', 'partly', 'refused')),
      decision_reason TEXT NOT NULL DEFAULT '',
      evidence_ids    TEXT NOT NULL,
      sha256          TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),
      approved_by     INTEGER NOT NULL REFERENCES users (id),
      made_at         TEXT NOT NULL,
      CHECK ((decision = 'refused') = (sha256 IS NULL)),
      CHECK (decision = 'shared' OR length(trim(decision_reason)) > 0)
    ) STRICT;
    INSERT INTO police_requests_next (id, case_id, force, officer, reference, lawful_basis, purpose, received_on, decision, evidence_ids, sha256, approved_by, made_at)
      SELECT id, case_id, force, officer, reference, lawful_basis, purpose, substr(made_at, 1, 10), 'shared', evidence_ids, sha256, approved_by, made_at FROM police_requests;
    DROP TABLE police_requests;
    ALTER TABLE police_requests_next RENAME TO police_requests;
    CREATE INDEX police_requests_case ON police_requests (case_id, made_at);
  `);
}
