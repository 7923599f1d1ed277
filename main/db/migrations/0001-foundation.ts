import type { WritableDB } from '../connection';

/**
 * Version 1: the foundation. Workspace facts, users, settings and the audit chain.
 * Tables are STRICT so a wrong type is an error, not a silently stored string.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE users (
      id                     INTEGER PRIMARY KEY,
      username               TEXT NOT NULL,
      display_name           TEXT NOT NULL,
      role                   TEXT NOT NULL CHECK (role IN ('officer', 'legal', 'manager', 'admin')),
      created_at             TEXT NOT NULL,
      removed_at             TEXT,
      must_change_passphrase INTEGER NOT NULL DEFAULT 0 CHECK (must_change_passphrase IN (0, 1))
    ) STRICT;
    -- A removed user keeps their row (the audit log names them), so a name is unique among current users only.
    CREATE UNIQUE INDEX users_current_username ON users (username) WHERE removed_at IS NULL;

    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE audit_events (
      seq       INTEGER PRIMARY KEY,
      at        TEXT NOT NULL,
      user_id   INTEGER,
      username  TEXT,
      action    TEXT NOT NULL,
      target    TEXT,
      outcome   TEXT NOT NULL CHECK (outcome IN ('ok', 'denied', 'failed')),
      detail    TEXT,
      prev_hash TEXT NOT NULL,
      hash      TEXT NOT NULL
    ) STRICT;
    -- Append-only by construction; the hash chain (main/security/audit.ts) catches anyone who drops these.
    CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
      BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
    CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
      BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
  `);
}
