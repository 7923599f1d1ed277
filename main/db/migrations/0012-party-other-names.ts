import type { WritableDB } from '../connection';

/**
 * Version 11: other spellings of a person's name (issue 16). A Welsh or an Arabic name is often written
 * more than one way ("Siân Llywelyn", "Sian Llewellyn"; "Mohammed", "Muhammad"), and the disclosure guard
 * must find each of them. A JSON list, like identifying_details; existing people have none.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`ALTER TABLE parties ADD COLUMN other_names TEXT NOT NULL DEFAULT '[]';`);
}
