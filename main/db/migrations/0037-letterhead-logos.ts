import { createHash } from 'node:crypto';
import type { WritableDB } from '../connection';

/**
 * Version 37 (issue 17): a letter's stored model kept a copy of the partner's logo (about 700 kB of base64
 * for a 512 kB logo, in every letter). The logos letters use are now stored once, by SHA-256, in
 * letterhead_logos, and a model names its logo by that hash (main/documents/store.ts puts it back when
 * the letter is read), so a sent letter still re-renders with the logo it was made with after the partner
 * changes theirs. The letters made before this move their logos out here.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE letterhead_logos (
      sha256 TEXT PRIMARY KEY,
      format TEXT NOT NULL CHECK (format IN ('png', 'jpeg')),
      bytes BLOB NOT NULL,
      stored_at TEXT NOT NULL
    ) STRICT;
  `);
  const withLogo = db
    .prepare("SELECT id, created_at, json_extract(model, '$.letterhead.logo.data') AS data, json_extract(model, '$.letterhead.logo.format') AS format FROM documents WHERE json_extract(model, '$.letterhead.logo.data') IS NOT NULL")
    .all() as { id: number; created_at: string; data: string; format: 'png' | 'jpeg' }[];
  if (withLogo.length === 0) return;
  // Letters are immutable (a trigger): it stands aside for this one move of the picture, which changes no
  // word or picture of any letter, and is put back exactly as it was.
  const trigger = (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'documents_immutable'").get() as { sql: string }).sql;
  db.exec('DROP TRIGGER documents_immutable');
  const keep = db.prepare('INSERT OR IGNORE INTO letterhead_logos (sha256, format, bytes, stored_at) VALUES (?, ?, ?, ?)');
  const point = db.prepare("UPDATE documents SET model = json_remove(json_set(model, '$.letterhead.logo.sha256', ?), '$.letterhead.logo.data') WHERE id = ?");
  for (const d of withLogo) {
    const bytes = Buffer.from(d.data, 'base64');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    keep.run(sha256, d.format, bytes, d.created_at);
    point.run(sha256, d.id);
  }
  db.exec(trigger);
}
