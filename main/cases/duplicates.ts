import type { DuplicateCheck, DuplicateMatch } from '../../shared/schemas/cases';
import type { Category, CaseStatus } from '../../shared/domain/vocabulary';
import type { DB } from '../db/connection';
import type { SessionUser } from '../security/session';

type Row = { id: number; ref: string; status: CaseStatus; received_at: string; category: Category; restricted: number };

/**
 * Before an intake is saved: open cases at the same address or postcode, or with a party of the same
 * name, among the cases this user may see, so the officer can add to or link them instead of
 * duplicating. Matching is exact after trimming and ignoring case: it suggests, it never merges.
 *
 * A restricted case is listed only to someone who has opened it with a reason (`granted`); for anyone
 * else a match only raises restrictedMayMatch, so a name typed here never confirms who is on a
 * restricted case, or which one (issue 13).
 */
export function findPossibleDuplicates(db: DB, user: SessionUser, q: { address: string; postcode: string; names: string[] }, granted: ReadonlySet<number>): DuplicateCheck {
  const found = new Map<number, DuplicateMatch>();
  let restrictedMayMatch = false;
  const partners = user.partners.length ? user.partners : ['-none-'];
  const scope = `c.status != 'closed' AND c.partner IN (${partners.map(() => '?').join(', ')})${user.role === 'legal' ? ' AND c.legal_referred = 1' : ''}`;
  const note = (rows: Row[], why: string) => {
    for (const r of rows) {
      if (r.restricted && !granted.has(r.id)) {
        restrictedMayMatch = true;
        continue;
      }
      const m = found.get(r.id) ?? { id: r.id, ref: r.ref, status: r.status, receivedAt: r.received_at, category: r.category, matchedOn: [] };
      if (!m.matchedOn.includes(why)) m.matchedOn.push(why);
      found.set(r.id, m);
    }
  };
  const cols = 'c.id, c.ref, c.status, c.received_at, c.category, c.restricted';
  const address = q.address.trim();
  if (address) {
    note(db.prepare(`SELECT ${cols} FROM cases c WHERE ${scope} AND c.address = ? COLLATE NOCASE LIMIT 20`).all(...partners, address) as Row[], `same address (${address})`);
  }
  if (q.postcode) {
    note(db.prepare(`SELECT ${cols} FROM cases c WHERE ${scope} AND c.postcode = ? LIMIT 20`).all(...partners, q.postcode) as Row[], `same postcode (${q.postcode})`);
  }
  for (const name of q.names.map((n) => n.trim()).filter((n) => n.length > 1)) {
    note(
      db.prepare(`SELECT DISTINCT ${cols} FROM parties p JOIN cases c ON c.id = p.case_id WHERE ${scope} AND p.anonymous = 0 AND p.name = ? COLLATE NOCASE LIMIT 20`).all(...partners, name) as Row[],
      `same person (${name})`,
    );
  }
  const matches = [...found.values()].sort((a, b) => b.matchedOn.length - a.matchedOn.length || b.receivedAt.localeCompare(a.receivedAt)).slice(0, 20);
  return { matches, restrictedMayMatch };
}
