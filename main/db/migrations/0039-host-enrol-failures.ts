import type { WritableDB } from '../connection';

/**
 * Version 39 (issue 22): the office host's wrong enrolment codes, kept in the workspace so the throttle
 * (main/host/enrolment-throttle.ts) holds across a restart of the host: five wrong codes, a restart, and the
 * sixth is still refused. One row per failure, its source address and when (milliseconds since 1970);
 * rows older than the throttle's quarter of an hour are deleted as new failures come in and at start.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE host_enrol_failures (
      id       INTEGER PRIMARY KEY,
      address  TEXT NOT NULL,
      at_ms    INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX host_enrol_failures_at ON host_enrol_failures (at_ms);
  `);
}
