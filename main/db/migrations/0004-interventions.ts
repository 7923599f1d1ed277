import type { WritableDB } from '../connection';

/**
 * Version 4: interventions, legal actions and closure (issue 5, DESIGN §5, P5–P6).
 * An action's kind-specific fields are kept as validated JSON (shared/schemas/actions.ts): they are read
 * whole, and the register's few searchable facts (court, claim number, expiry) are columns.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE case_actions (
      id               INTEGER PRIMARY KEY,
      case_id          INTEGER NOT NULL REFERENCES cases (id),
      kind             TEXT NOT NULL,
      subject_party_id INTEGER REFERENCES parties (id),
      started_on       TEXT NOT NULL,
      status           TEXT NOT NULL DEFAULT 'active',
      outcome          TEXT NOT NULL DEFAULT '',
      court            TEXT NOT NULL DEFAULT '',
      claim_number     TEXT NOT NULL DEFAULT '',
      expires_on       TEXT,
      details          TEXT NOT NULL,
      acknowledgements TEXT NOT NULL DEFAULT '{}',
      created_by       INTEGER NOT NULL REFERENCES users (id),
      created_at       TEXT NOT NULL,
      updated_at       TEXT NOT NULL
    ) STRICT;
    CREATE INDEX case_actions_case ON case_actions (case_id, started_on);
    CREATE INDEX case_actions_kind ON case_actions (kind, status);

    CREATE TABLE action_events (
      id              INTEGER PRIMARY KEY,
      action_id       INTEGER NOT NULL REFERENCES case_actions (id),
      kind            TEXT NOT NULL CHECK (kind IN ('hearing', 'review', 'breach', 'outcome', 'variation')),
      at              TEXT NOT NULL,
      summary         TEXT NOT NULL,
      proven          INTEGER NOT NULL DEFAULT 0 CHECK (proven IN (0, 1)),
      next_hearing_at TEXT,
      recorded_by     INTEGER NOT NULL REFERENCES users (id),
      recorded_at     TEXT NOT NULL
    ) STRICT;
    CREATE INDEX action_events_action ON action_events (action_id, at);

    -- P5.4: how it was confirmed that a person threatened or committed harassment.
    CREATE TABLE confirmations (
      id          INTEGER PRIMARY KEY,
      case_id     INTEGER NOT NULL REFERENCES cases (id),
      party_id    INTEGER NOT NULL REFERENCES parties (id),
      basis       TEXT NOT NULL,
      detail      TEXT NOT NULL,
      evidence_id INTEGER REFERENCES evidence (id),
      on_date     TEXT NOT NULL,
      recorded_by INTEGER NOT NULL REFERENCES users (id),
      recorded_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX confirmations_case ON confirmations (case_id, party_id);

    -- P6.2: a proposed closure, the discussion with the complainant, the appeal offered.
    CREATE TABLE closures (
      id                    INTEGER PRIMARY KEY,
      case_id               INTEGER NOT NULL REFERENCES cases (id),
      outcome               TEXT NOT NULL,
      reason                TEXT NOT NULL,
      proposed_by           INTEGER NOT NULL REFERENCES users (id),
      proposed_at           TEXT NOT NULL,
      discussed_at          TEXT,
      discussion            TEXT,
      not_possible_reason   TEXT,
      appeal_offered_on     TEXT,
      appeal_window_ends_on TEXT,
      closed_at             TEXT,
      closed_by             INTEGER REFERENCES users (id),
      withdrawn_at          TEXT
    ) STRICT;
    CREATE INDEX closures_case ON closures (case_id, proposed_at);

    CREATE TABLE appeals (
      id         INTEGER PRIMARY KEY,
      case_id    INTEGER NOT NULL REFERENCES cases (id),
      closure_id INTEGER NOT NULL REFERENCES closures (id),
      lodged_on  TEXT NOT NULL,
      grounds    TEXT NOT NULL,
      decision   TEXT CHECK (decision IS NULL OR decision IN ('reopen', 'uphold')),
      reasons    TEXT,
      decided_by INTEGER REFERENCES users (id),
      decided_at TEXT
    ) STRICT;

    -- P6.2 and the regulator's TP12: satisfaction with how the case was handled.
    CREATE TABLE surveys (
      id           INTEGER PRIMARY KEY,
      case_id      INTEGER NOT NULL REFERENCES cases (id),
      offered_on   TEXT NOT NULL,
      completed_on TEXT,
      satisfaction INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
      comments     TEXT NOT NULL DEFAULT '',
      recorded_by  INTEGER NOT NULL REFERENCES users (id),
      recorded_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX surveys_case ON surveys (case_id);

    -- Costs may belong to an action (P7.2: the cost of external legal services for an injunction).
    ALTER TABLE costs ADD COLUMN action_id INTEGER REFERENCES case_actions (id);
  `);
}
