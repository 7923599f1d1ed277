import type { WritableDB } from '../connection';

/**
 * Version 30 (issue 21): partners' retention schedules, added in the app. The group's default stays in code
 * (shared/retention/schedule.ts); a partner's own versions are rows, never changed: a disposal names the
 * schedule and version it was decided under, so every version that was ever in force must stay readable.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE retention_schedules (
      id          INTEGER PRIMARY KEY,
      schedule_id TEXT NOT NULL,
      version     INTEGER NOT NULL CHECK (version >= 1),
      partner     TEXT NOT NULL REFERENCES partners (code),
      name        TEXT NOT NULL,
      rules       TEXT NOT NULL CHECK (json_valid(rules)),
      created_by  INTEGER NOT NULL REFERENCES users (id),
      created_at  TEXT NOT NULL,
      UNIQUE (schedule_id, version)
    ) STRICT;
    CREATE TRIGGER retention_schedules_kept BEFORE UPDATE ON retention_schedules
    BEGIN SELECT RAISE(ABORT, 'a retention schedule version is never changed: add a new one'); END;
  `);
}
