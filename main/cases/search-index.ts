import type { WritableDB } from '../db/connection';
import { searchSource, writeSearchRow } from './store';

/**
 * The full-text index (SQLite FTS5, inside the encrypted file): one row per case, rowid = case id,
 * rebuilt whenever the case's searchable text changes. Anonymous parties' names are never indexed.
 */
export function reindexCase(db: WritableDB, caseId: number): void {
  const c = searchSource(db, caseId);
  if (!c) return writeSearchRow(db, caseId, null);
  const names = c.parties.filter((p) => !p.anonymous).map((p) => p.name);
  const places = [c.address, c.estate, c.postcode, c.postcode.replace(' ', ''), ...c.parties.flatMap((p) => [p.address, p.postcode]), ...c.incidents.map((i) => i.location)];
  const text = [c.summary, ...c.incidents.map((i) => i.description)];
  writeSearchRow(db, caseId, {
    ref: `${c.ref} ${c.ref.replace(/-/g, ' ')}`,
    names: names.join(' \n'),
    places: places.filter(Boolean).join(' \n'),
    text: text.join(' \n'),
  });
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
