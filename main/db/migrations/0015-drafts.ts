import type { WritableDB } from '../connection';

/**
 * Version 11 (issue 17): drafts of long forms, kept as the person types so that a lock, the idle lock,
 * Back, signing out, a crash or a restart loses nothing. One draft per person, form and case (a report
 * has no case yet). They hold personal data, so they live here, in the encrypted database, and nowhere
 * else; they go when the form is submitted or discarded, and after 30 days.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE drafts (
      id INTEGER PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES users (id),
      form TEXT NOT NULL,
      case_id INTEGER REFERENCES cases (id),
      body TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX drafts_key ON drafts (user_id, form, ifnull(case_id, 0));
    CREATE INDEX drafts_updated ON drafts (updated_at);
  `);
}
