import type { DB } from '../db/connection';

/**
 * The full-text index (SQLite FTS5, inside the encrypted file): one row per case, rowid = case id,
 * rebuilt whenever the case's searchable text changes. Anonymous parties' names are never indexed.
 */
export function reindexCase(db: DB, caseId: number): void {
  const c = db.prepare('SELECT ref, summary, address, estate, postcode FROM cases WHERE id = ?').get(caseId) as
    | { ref: string; summary: string; address: string; estate: string; postcode: string }
    | undefined;
  db.prepare('DELETE FROM case_search WHERE rowid = ?').run(caseId);
  if (!c) return;
  const parties = db.prepare('SELECT name, anonymous, address, postcode FROM parties WHERE case_id = ?').all(caseId) as {
    name: string;
    anonymous: number;
    address: string;
    postcode: string;
  }[];
  const incidents = db.prepare('SELECT description, location FROM incidents WHERE case_id = ?').all(caseId) as { description: string; location: string }[];
  const names = parties.filter((p) => !p.anonymous).map((p) => p.name);
  const places = [c.address, c.estate, c.postcode, c.postcode.replace(' ', ''), ...parties.flatMap((p) => [p.address, p.postcode]), ...incidents.map((i) => i.location)];
  const text = [c.summary, ...incidents.map((i) => i.description)];
  db.prepare('INSERT INTO case_search (rowid, ref, names, places, text) VALUES (?, ?, ?, ?, ?)').run(
    caseId,
    `${c.ref} ${c.ref.replace(/-/g, ' ')}`,
    names.join(' \n'),
    places.filter(Boolean).join(' \n'),
    text.join(' \n'),
  );
}

/**
 * Turns what an officer types into a safe FTS5 query: every word must match as a prefix, in any column.
 * Quoting each token means FTS5 syntax characters in the input (", *, NEAR, -) are just text.
 */
export function toFtsQuery(input: string): string | null {
  const tokens = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 12);
  return tokens.length ? tokens.map((t) => `"${t}"*`).join(' AND ') : null;
}
