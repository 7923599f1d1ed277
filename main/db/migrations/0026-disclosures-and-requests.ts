import type { WritableDB } from '../connection';

/**
 * Version 24 (issue 21, items 3 and 4): what left Hearth about whom, and people's requests about their data.
 *
 * - disclosures: one row each time information about people leaves Hearth (a letter recorded as sent, a
 *   court bundle built, an agency referral, a subject access pack, a police evidence pack, an export):
 *   what, to whom, on what lawful basis, approved by whom, when. `source` names the record it came from
 *   ('document:12'); a source is logged once. disclosure_people are the people it was about (parties).
 * - subject_requests: a request under UK GDPR Arts. 15–17 (access, rectification, erasure): who asked,
 *   when, how their identity was checked and by whom, the due date (one calendar month, extendable by two
 *   for a complex request: Art. 12(3)), the people on the record they were found to be, and the decision.
 * - sar_exemptions: an item of a subject access pack withheld under an exemption, with the reason.
 * - sar_packs: each pack made, kept as made (its SHA-256, pages and bytes), so what was sent can be shown.
 * - police_requests: a request from the police (Crime and Disorder Act 1998 s.115; DPA 2018 Sch. 2
 *   para 2), the exhibits chosen and the evidence pack made for it.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE disclosures (
      id           INTEGER PRIMARY KEY,
      kind         TEXT NOT NULL CHECK (kind IN ('letter', 'bundle', 'referral', 'sar-pack', 'police-pack', 'export')),
      what         TEXT NOT NULL,
      partner      TEXT NOT NULL REFERENCES partners (code),
      case_id      INTEGER REFERENCES cases (id),
      source       TEXT NOT NULL UNIQUE,
      recipient    TEXT NOT NULL,
      lawful_basis TEXT NOT NULL,
      approved_by  INTEGER NOT NULL REFERENCES users (id),
      at           TEXT NOT NULL
    ) STRICT;
    CREATE INDEX disclosures_at ON disclosures (partner, at);
    CREATE TABLE disclosure_people (
      disclosure_id INTEGER NOT NULL REFERENCES disclosures (id),
      party_id      INTEGER NOT NULL REFERENCES parties (id),
      PRIMARY KEY (disclosure_id, party_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX disclosure_people_party ON disclosure_people (party_id);

    CREATE TABLE subject_requests (
      id                  INTEGER PRIMARY KEY,
      kind                TEXT NOT NULL CHECK (kind IN ('access', 'rectification', 'erasure')),
      partner             TEXT NOT NULL REFERENCES partners (code),
      name                TEXT NOT NULL,
      other_names         TEXT NOT NULL DEFAULT '[]',
      date_of_birth       TEXT,
      address             TEXT NOT NULL DEFAULT '',
      postcode            TEXT NOT NULL DEFAULT '',
      details             TEXT NOT NULL DEFAULT '',
      received_on         TEXT NOT NULL,
      identity_method     TEXT NOT NULL CHECK (length(trim(identity_method)) > 0),
      identity_checked_by INTEGER NOT NULL REFERENCES users (id),
      identity_checked_on TEXT NOT NULL,
      due_on              TEXT NOT NULL,
      extended_reason     TEXT,
      party_ids           TEXT NOT NULL DEFAULT '[]',
      status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
      decision            TEXT CHECK (decision IS NULL OR decision IN ('complied', 'partly', 'refused')),
      decision_reason     TEXT NOT NULL DEFAULT '',
      decided_by          INTEGER REFERENCES users (id),
      done_on             TEXT,
      recorded_by         INTEGER NOT NULL REFERENCES users (id),
      recorded_at         TEXT NOT NULL
    ) STRICT;
    CREATE INDEX subject_requests_due ON subject_requests (due_on) WHERE status = 'open';

    CREATE TABLE sar_exemptions (
      request_id INTEGER NOT NULL REFERENCES subject_requests (id),
      item_key   TEXT NOT NULL,
      exemption  TEXT NOT NULL CHECK (exemption IN ('crime-taxation', 'legal-privilege', 'third-party')),
      reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0),
      decided_by INTEGER NOT NULL REFERENCES users (id),
      decided_at TEXT NOT NULL,
      PRIMARY KEY (request_id, item_key)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE sar_packs (
      id         INTEGER PRIMARY KEY,
      request_id INTEGER NOT NULL REFERENCES subject_requests (id),
      sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
      pages      INTEGER NOT NULL,
      items      INTEGER NOT NULL,
      data       BLOB NOT NULL,
      made_by    INTEGER NOT NULL REFERENCES users (id),
      made_at    TEXT NOT NULL
    ) STRICT;

    CREATE TABLE police_requests (
      id           INTEGER PRIMARY KEY,
      case_id      INTEGER NOT NULL REFERENCES cases (id),
      force        TEXT NOT NULL,
      officer      TEXT NOT NULL,
      reference    TEXT NOT NULL,
      lawful_basis TEXT NOT NULL CHECK (lawful_basis IN ('cda-1998-s115', 'dpa-2018-sch2-para2')),
      purpose      TEXT NOT NULL,
      evidence_ids TEXT NOT NULL,
      sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
      approved_by  INTEGER NOT NULL REFERENCES users (id),
      made_at      TEXT NOT NULL
    ) STRICT;
  `);
}
