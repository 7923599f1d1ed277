import type { WritableDB } from '../connection';

/**
 * Version 11: the injunction papers' pre-flight check (issue 15). Where the law allows a problem to be
 * passed over (a plan not yet exhibited, a court not on the list), the legal user says why; the reason,
 * who gave it and when are kept against the injunction and the problem's code, one per code.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE preflight_overrides (
      action_id  INTEGER NOT NULL REFERENCES case_actions (id),
      code       TEXT NOT NULL,
      reason     TEXT NOT NULL,
      given_by   INTEGER NOT NULL REFERENCES users (id),
      given_at   TEXT NOT NULL,
      PRIMARY KEY (action_id, code)
    ) STRICT;
  `);
}
