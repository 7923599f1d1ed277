import { DEFAULT_PROFILES } from '../../../shared/standards/default-profiles';
import type { WritableDB } from '../connection';

/**
 * Version 3: service standards (issue 4, DESIGN §4). Versioned profiles; each case pinned to the profile
 * version it started under; the facts that meet rules; action plans with their actions and reviews;
 * managers' waivers; and the computed due items, kept per case so the dashboard reads an index instead
 * of running the engine over every open case.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE standard_profiles (
      id         TEXT NOT NULL,
      version    INTEGER NOT NULL,
      name       TEXT NOT NULL,
      definition TEXT NOT NULL,
      created_by INTEGER REFERENCES users (id),
      created_at TEXT NOT NULL,
      PRIMARY KEY (id, version)
    ) STRICT, WITHOUT ROWID;

    ALTER TABLE cases ADD COLUMN profile_id TEXT NOT NULL DEFAULT 'group-minimum';
    ALTER TABLE cases ADD COLUMN profile_version INTEGER NOT NULL DEFAULT 1;

    -- Facts recorded for their own sake (acknowledged, graffiti removed, repair done, weekend referral,
    -- case review, survey offered). Contacts, interviews and plans are facts through their own tables.
    CREATE TABLE standard_facts (
      id          INTEGER PRIMARY KEY,
      case_id     INTEGER NOT NULL REFERENCES cases (id),
      kind        TEXT NOT NULL,
      at          TEXT NOT NULL,
      note        TEXT NOT NULL DEFAULT '',
      recorded_by INTEGER NOT NULL REFERENCES users (id),
      recorded_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX standard_facts_case ON standard_facts (case_id, at);

    CREATE TABLE action_plans (
      id                    INTEGER PRIMARY KEY,
      case_id               INTEGER NOT NULL REFERENCES cases (id),
      version               INTEGER NOT NULL,
      agreed_at             TEXT,
      agreed_with           TEXT NOT NULL DEFAULT '',
      contact_interval_days INTEGER CHECK (contact_interval_days IS NULL OR contact_interval_days BETWEEN 1 AND 90),
      summary               TEXT NOT NULL DEFAULT '',
      created_by            INTEGER NOT NULL REFERENCES users (id),
      created_at            TEXT NOT NULL,
      issued_at             TEXT,
      UNIQUE (case_id, version)
    ) STRICT;

    CREATE TABLE plan_actions (
      id       INTEGER PRIMARY KEY,
      plan_id  INTEGER NOT NULL REFERENCES action_plans (id),
      what     TEXT NOT NULL,
      who      TEXT NOT NULL,
      by_date  TEXT,
      done_at  TEXT
    ) STRICT;
    CREATE INDEX plan_actions_plan ON plan_actions (plan_id);

    CREATE TABLE plan_reviews (
      id           INTEGER PRIMARY KEY,
      case_id      INTEGER NOT NULL REFERENCES cases (id),
      plan_id      INTEGER NOT NULL REFERENCES action_plans (id),
      at           TEXT NOT NULL,
      outcome      TEXT NOT NULL,
      changed_plan INTEGER NOT NULL CHECK (changed_plan IN (0, 1)),
      reviewed_by  INTEGER NOT NULL REFERENCES users (id)
    ) STRICT;
    CREATE INDEX plan_reviews_case ON plan_reviews (case_id, at);

    CREATE TABLE due_waivers (
      case_id    INTEGER NOT NULL REFERENCES cases (id),
      rule_id    TEXT NOT NULL,
      occurrence INTEGER NOT NULL,
      reason     TEXT NOT NULL,
      waived_by  INTEGER NOT NULL REFERENCES users (id),
      waived_at  TEXT NOT NULL,
      PRIMARY KEY (case_id, rule_id, occurrence)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE due_items (
      case_id         INTEGER NOT NULL REFERENCES cases (id),
      rule_id         TEXT NOT NULL,
      occurrence      INTEGER NOT NULL,
      label           TEXT NOT NULL,
      source          TEXT NOT NULL,
      profile_id      TEXT NOT NULL,
      profile_version INTEGER NOT NULL,
      starts_at       TEXT NOT NULL,
      due_at          TEXT NOT NULL,
      state           TEXT NOT NULL,
      met_at          TEXT,
      urgent          INTEGER NOT NULL,
      PRIMARY KEY (case_id, rule_id, occurrence)
    ) STRICT, WITHOUT ROWID;
    -- The dashboard asks "what is open and due before T": pending and breached items by due time.
    CREATE INDEX due_items_open ON due_items (due_at) WHERE state IN ('pending', 'breached');
  `);
  const add = db.prepare('INSERT INTO standard_profiles (id, version, name, definition, created_at) VALUES (?, ?, ?, ?, ?)');
  for (const p of DEFAULT_PROFILES) add.run(p.id, p.version, p.name, JSON.stringify(p), '2026-01-01T00:00:00.000Z');
  // Cases made before profiles existed take their partner's profile at version 1.
  db.exec('UPDATE cases SET profile_id = (SELECT profile_id FROM partners WHERE partners.code = cases.partner)');
}
