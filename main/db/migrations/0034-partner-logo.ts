import type { WritableDB } from '../connection';

/**
 * Version 30 (issue 17): a partner's optional logo for the letterhead, kept in the (encrypted) database
 * with what the upload's check found: its format and size in pixels. Checked by decoding before it is
 * stored (main/documents/logo.ts), so a letter never meets a picture it cannot draw. No data moves.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    ALTER TABLE partners ADD COLUMN logo BLOB;
    ALTER TABLE partners ADD COLUMN logo_format TEXT CHECK (logo_format IN ('png', 'jpeg'));
    ALTER TABLE partners ADD COLUMN logo_width INTEGER;
    ALTER TABLE partners ADD COLUMN logo_height INTEGER;
  `);
}
