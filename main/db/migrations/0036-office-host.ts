import type { WritableDB } from '../connection';

/**
 * Version 29 (issue 22): the office host. Its certificate authority and server certificate (private keys
 * kept only inside this encrypted database, as the audit key is: they cannot be read while the host is
 * locked), the PCs enrolled with it (revocation is checked against this table on every request), the
 * one-time enrolment codes (stored only as a hash), and the idempotency keys of writes applied, so a
 * request retried after a dropped connection is applied once.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE host_authority (
      id               INTEGER PRIMARY KEY CHECK (id = 1),
      office_name      TEXT NOT NULL,
      ca_cert_pem      TEXT NOT NULL,
      ca_key_pem       TEXT NOT NULL,
      server_cert_pem  TEXT NOT NULL,
      server_key_pem   TEXT NOT NULL,
      addresses        TEXT NOT NULL,
      created_by       INTEGER NOT NULL REFERENCES users (id),
      created_at       TEXT NOT NULL
    ) STRICT;

    CREATE TABLE host_devices (
      serial        TEXT PRIMARY KEY,
      name          TEXT NOT NULL CHECK (length(name) > 0),
      enrolled_at   TEXT NOT NULL,
      enrolled_by   INTEGER NOT NULL REFERENCES users (id),
      revoked_at    TEXT,
      revoked_by    INTEGER REFERENCES users (id),
      last_seen_at  TEXT
    ) STRICT;

    CREATE TABLE host_enrolment_codes (
      code_hash     TEXT PRIMARY KEY,
      device_name   TEXT NOT NULL CHECK (length(device_name) > 0),
      created_by    INTEGER NOT NULL REFERENCES users (id),
      created_at    TEXT NOT NULL,
      expires_at    TEXT NOT NULL,
      used_at       TEXT,
      device_serial TEXT REFERENCES host_devices (serial)
    ) STRICT;

    CREATE TABLE host_idempotency (
      device_serial TEXT NOT NULL,
      key           TEXT NOT NULL,
      user_id       INTEGER,
      channel       TEXT NOT NULL,
      answer        TEXT,
      at            TEXT NOT NULL,
      PRIMARY KEY (device_serial, key)
    ) STRICT;
    CREATE INDEX host_idempotency_at ON host_idempotency (at);
  `);
}
