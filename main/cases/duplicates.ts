import type { DuplicateMatch } from '../../shared/schemas/cases';
import type { Category, CaseStatus } from '../../shared/domain/vocabulary';
import type { DB } from '../db/connection';
import type { SessionUser } from '../security/session';

/**
 * Before an intake is saved: open cases at the same address or postcode, or with a party of the same
 * name, among the cases this user may see, so the officer can add to or link them instead of
 * duplicating. Matching is exact after trimming and ignoring case: it suggests, it never merges.
 */
export function findPossibleDuplicates(db: DB, user: SessionUser, q: { address: string; postcode: string; names: string[] }): DuplicateMatch[] {
  const found = new Map<number, DuplicateMatch>();
  const partners = user.partners.length ? user.partners : ['-none-'];
  const scope = `c.status != 'closed' AND c.partner IN (${partners.map(() => '?').join(', ')})${user.role === 'legal' ? ' AND c.legal_referred = 1' : ''}`;
  const note = (rows: { id: number; ref: string; status: CaseStatus; received_at: string; category: Category }[], why: string) => {
    for (const r of rows) {
      const m = found.get(r.id) ?? { id: r.id, ref: r.ref, status: r.status, receivedAt: r.received_at, category: r.category, matchedOn: [] };
      if (!m.matchedOn.includes(why)) m.matchedOn.push(why);
      found.set(r.id, m);
    }
  };
  const cols = 'c.id, c.ref, c.status, c.received_at, c.category';
  const address = q.address.trim();
  if (address) {
    note(db.prepare(`SELECT ${cols} FROM cases c WHERE ${scope} AND c.address = ? COLLATE NOCASE LIMIT 20`).all(...partners, address) as never, `same address (${address})`);
  }
  if (q.postcode) {
    note(db.prepare(`SELECT ${cols} FROM cases c WHERE ${scope} AND c.postcode = ? LIMIT 20`).all(...partners, q.postcode) as never, `same postcode (${q.postcode})`);
  }
  for (const name of q.names.map((n) => n.trim()).filter((n) => n.length > 1)) {
    note(
      db.prepare(`SELECT DISTINCT ${cols} FROM parties p JOIN cases c ON c.id = p.case_id WHERE ${scope} AND p.anonymous = 0 AND p.name = ? COLLATE NOCASE LIMIT 20`).all(...partners, name) as never,
      `same person (${name})`,
    );
  }
  return [...found.values()].sort((a, b) => b.matchedOn.length - a.matchedOn.length || b.receivedAt.localeCompare(a.receivedAt)).slice(0, 20);
}
