import type { WritableDB } from '../connection';

/**
 * Version 11: the rest of a partner's letterhead (issue 17). The postcode is kept apart from the address so
 * it can be checked; the website is printed under the address; signed_for is the name letters are signed
 * for when it is not the partner's legal name (a trading name). Existing rows keep empty values, which the
 * letters treat as "not given". No data moves.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    ALTER TABLE partners ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
    ALTER TABLE partners ADD COLUMN website TEXT NOT NULL DEFAULT '';
    ALTER TABLE partners ADD COLUMN signed_for TEXT NOT NULL DEFAULT '';
  `);
}
