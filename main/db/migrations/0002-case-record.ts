import { DEFAULT_PARTNERS, DEFAULT_PROFILE_ID } from '../../../shared/domain/partners';
import type { WritableDB } from '../connection';

/**
 * Version 2: the case record (issue 3, DESIGN §3). Partners and who works for them, cases with their
 * parties, consents, incidents, contacts, interviews, referrals, costs, notes and evidence (file bytes
 * inside the encrypted database, in chunks), equality data in a table of its own, and a full-text index.
 *
 * Times are ISO 8601 UTC strings ('…Z'); dates of birth and consent dates are 'YYYY-MM-DD'.
 * Lists that are only ever read whole (flags, acts) are JSON arrays.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE partners (
      code       TEXT PRIMARY KEY CHECK (length(code) BETWEEN 2 AND 8 AND code NOT GLOB '*[^A-Z0-9]*'),
      name       TEXT NOT NULL,
      address    TEXT NOT NULL DEFAULT '',
      phone      TEXT NOT NULL DEFAULT '',
      email      TEXT NOT NULL DEFAULT '',
      homes      INTEGER NOT NULL DEFAULT 0 CHECK (homes >= 0),
      profile_id TEXT NOT NULL,
      active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
    ) STRICT;

    CREATE TABLE user_partners (
      user_id INTEGER NOT NULL REFERENCES users (id),
      partner TEXT NOT NULL REFERENCES partners (code),
      PRIMARY KEY (user_id, partner)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE case_counters (
      partner TEXT NOT NULL REFERENCES partners (code),
      year    INTEGER NOT NULL,
      last    INTEGER NOT NULL,
      PRIMARY KEY (partner, year)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE cases (
      id                INTEGER PRIMARY KEY,
      ref               TEXT NOT NULL UNIQUE,
      partner           TEXT NOT NULL REFERENCES partners (code),
      category          TEXT NOT NULL,
      status            TEXT NOT NULL DEFAULT 'open',
      received_at       TEXT NOT NULL,
      method            TEXT NOT NULL,
      summary           TEXT NOT NULL,
      address           TEXT NOT NULL DEFAULT '',
      estate            TEXT NOT NULL DEFAULT '',
      postcode          TEXT NOT NULL DEFAULT '',
      flags             TEXT NOT NULL DEFAULT '[]',
      motivation        TEXT NOT NULL DEFAULT '[]',
      hate_incident     INTEGER NOT NULL DEFAULT 0 CHECK (hate_incident IN (0, 1)),
      risk_level        TEXT NOT NULL DEFAULT 'standard' CHECK (risk_level IN ('standard', 'medium', 'high')),
      risk_notes        TEXT NOT NULL DEFAULT '',
      anonymous_report  INTEGER NOT NULL DEFAULT 0 CHECK (anonymous_report IN (0, 1)),
      restricted        INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1)),
      restricted_reason TEXT,
      legal_referred    INTEGER NOT NULL DEFAULT 0 CHECK (legal_referred IN (0, 1)),
      owner_id          INTEGER REFERENCES users (id),
      created_by        INTEGER NOT NULL REFERENCES users (id),
      created_at        TEXT NOT NULL,
      updated_at        TEXT NOT NULL,
      closed_at         TEXT
    ) STRICT;
    CREATE INDEX cases_partner_received ON cases (partner, received_at DESC);
    CREATE INDEX cases_status_received ON cases (status, received_at DESC);
    CREATE INDEX cases_owner_status ON cases (owner_id, status);
    CREATE INDEX cases_postcode ON cases (postcode);
    CREATE INDEX cases_address ON cases (address COLLATE NOCASE);
    CREATE INDEX cases_received ON cases (received_at DESC);

    CREATE TABLE case_links (
      case_id        INTEGER NOT NULL REFERENCES cases (id),
      linked_case_id INTEGER NOT NULL REFERENCES cases (id),
      reason         TEXT NOT NULL,
      created_at     TEXT NOT NULL,
      PRIMARY KEY (case_id, linked_case_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE parties (
      id                   INTEGER PRIMARY KEY,
      case_id              INTEGER NOT NULL REFERENCES cases (id),
      role                 TEXT NOT NULL,
      name                 TEXT NOT NULL,
      anonymous            INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
      date_of_birth        TEXT,
      address              TEXT NOT NULL DEFAULT '',
      postcode             TEXT NOT NULL DEFAULT '',
      phone                TEXT NOT NULL DEFAULT '',
      email                TEXT NOT NULL DEFAULT '',
      tenure               TEXT,
      responsible_party_id INTEGER REFERENCES parties (id),
      format_needs         TEXT NOT NULL DEFAULT '{}',
      identifying_details  TEXT NOT NULL DEFAULT '[]',
      created_at           TEXT NOT NULL
    ) STRICT;
    CREATE INDEX parties_case ON parties (case_id);
    CREATE INDEX parties_name ON parties (name COLLATE NOCASE);

    -- Special-category data (UK GDPR Art 9): kept apart, read only by aggregate reports and by managers
    -- correcting it. No case query joins this table.
    CREATE TABLE equality_data (
      party_id           INTEGER PRIMARY KEY REFERENCES parties (id),
      ethnicity          TEXT,
      religion           TEXT,
      sex                TEXT,
      gender_identity    TEXT,
      sexual_orientation TEXT,
      age_band           TEXT,
      disability         TEXT,
      recorded_by        INTEGER NOT NULL REFERENCES users (id),
      recorded_at        TEXT NOT NULL
    ) STRICT;

    CREATE TABLE consents (
      id             INTEGER PRIMARY KEY,
      party_id       INTEGER NOT NULL REFERENCES parties (id),
      recipient      TEXT NOT NULL,
      recipient_name TEXT NOT NULL DEFAULT '',
      purpose        TEXT NOT NULL DEFAULT '',
      written_on     TEXT NOT NULL,
      source         TEXT NOT NULL,
      evidence_id    INTEGER REFERENCES evidence (id),
      withdrawn_on   TEXT,
      recorded_by    INTEGER NOT NULL REFERENCES users (id),
      recorded_at    TEXT NOT NULL
    ) STRICT;
    CREATE INDEX consents_party ON consents (party_id);

    CREATE TABLE incidents (
      id             INTEGER PRIMARY KEY,
      case_id        INTEGER NOT NULL REFERENCES cases (id),
      occurred_at    TEXT NOT NULL,
      description    TEXT NOT NULL,
      acts           TEXT NOT NULL DEFAULT '[]',
      location       TEXT NOT NULL DEFAULT '',
      reported_by    INTEGER REFERENCES parties (id),
      recorded_by    INTEGER NOT NULL REFERENCES users (id),
      recorded_at    TEXT NOT NULL
    ) STRICT;
    CREATE INDEX incidents_case ON incidents (case_id, occurred_at);

    CREATE TABLE contacts (
      id          INTEGER PRIMARY KEY,
      case_id     INTEGER NOT NULL REFERENCES cases (id),
      at          TEXT NOT NULL,
      kind        TEXT NOT NULL,
      direction   TEXT NOT NULL CHECK (direction IN ('in', 'out')),
      party_id    INTEGER REFERENCES parties (id),
      summary     TEXT NOT NULL,
      officer_id  INTEGER NOT NULL REFERENCES users (id),
      recorded_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX contacts_case ON contacts (case_id, at);

    CREATE TABLE interviews (
      id          INTEGER PRIMARY KEY,
      case_id     INTEGER NOT NULL REFERENCES cases (id),
      at          TEXT NOT NULL,
      party_id    INTEGER REFERENCES parties (id),
      summary     TEXT NOT NULL,
      officer_id  INTEGER NOT NULL REFERENCES users (id),
      recorded_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX interviews_case ON interviews (case_id, at);

    CREATE TABLE referrals (
      id              INTEGER PRIMARY KEY,
      case_id         INTEGER NOT NULL REFERENCES cases (id),
      at              TEXT NOT NULL,
      agency          TEXT NOT NULL,
      agency_name     TEXT NOT NULL DEFAULT '',
      party_id        INTEGER REFERENCES parties (id),
      support_offered TEXT NOT NULL DEFAULT '',
      consent_id      INTEGER REFERENCES consents (id),
      justification   TEXT,
      outcome         TEXT NOT NULL DEFAULT '',
      recorded_by     INTEGER NOT NULL REFERENCES users (id),
      recorded_at     TEXT NOT NULL,
      -- P3.14: a referral either rests on a written consent or records why it was justified without one.
      CHECK (consent_id IS NOT NULL OR (justification IS NOT NULL AND length(trim(justification)) > 0) OR party_id IS NULL)
    ) STRICT;
    CREATE INDEX referrals_case ON referrals (case_id, at);

    CREATE TABLE costs (
      id           INTEGER PRIMARY KEY,
      case_id      INTEGER NOT NULL REFERENCES cases (id),
      incurred_on  TEXT NOT NULL,
      kind         TEXT NOT NULL CHECK (kind IN ('external-legal', 'external-non-legal', 'repair-cleanup')),
      amount_pence INTEGER NOT NULL CHECK (amount_pence >= 0),
      description  TEXT NOT NULL,
      recorded_by  INTEGER NOT NULL REFERENCES users (id),
      recorded_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX costs_case ON costs (case_id, incurred_on);

    CREATE TABLE notes (
      id        INTEGER PRIMARY KEY,
      case_id   INTEGER NOT NULL REFERENCES cases (id),
      at        TEXT NOT NULL,
      text      TEXT NOT NULL,
      author_id INTEGER NOT NULL REFERENCES users (id)
    ) STRICT;
    CREATE INDEX notes_case ON notes (case_id, at);

    CREATE TABLE evidence (
      id               INTEGER PRIMARY KEY,
      case_id          INTEGER NOT NULL REFERENCES cases (id),
      exhibit_label    TEXT NOT NULL,
      file_name        TEXT NOT NULL,
      type             TEXT NOT NULL,
      size             INTEGER NOT NULL,
      sha256           TEXT NOT NULL,
      source           TEXT NOT NULL,
      obtained_on      TEXT NOT NULL,
      description      TEXT NOT NULL DEFAULT '',
      usable_in_bundle INTEGER NOT NULL CHECK (usable_in_bundle IN (0, 1)),
      unusable_reason  TEXT,
      page_count       INTEGER,
      added_by         INTEGER NOT NULL REFERENCES users (id),
      added_at         TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX evidence_case_label ON evidence (case_id, exhibit_label);
    CREATE INDEX evidence_case_sha ON evidence (case_id, sha256);

    -- The file itself, byte for byte, in 1 MiB pieces so a 200 MB recording never needs one huge row.
    CREATE TABLE evidence_chunks (
      evidence_id INTEGER NOT NULL REFERENCES evidence (id),
      seq         INTEGER NOT NULL,
      data        BLOB NOT NULL,
      PRIMARY KEY (evidence_id, seq)
    ) STRICT, WITHOUT ROWID;

    -- One row per case (rowid = case id), rebuilt whenever the case's searchable text changes.
    CREATE VIRTUAL TABLE case_search USING fts5 (
      ref, names, places, text,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    );
  `);
  const addPartner = db.prepare('INSERT INTO partners (code, name, profile_id) VALUES (?, ?, ?)');
  for (const p of DEFAULT_PARTNERS) addPartner.run(p.code, p.name, DEFAULT_PROFILE_ID);
  // Users made before partners existed (the first admin) work for all of them.
  db.exec('INSERT INTO user_partners (user_id, partner) SELECT u.id, p.code FROM users u CROSS JOIN partners p');
}
