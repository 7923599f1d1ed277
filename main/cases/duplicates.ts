import type { DuplicateCheck, DuplicateMatch } from '../../shared/schemas/cases';
import type { ReadableDB } from '../db/connection';
import type { SessionUser } from '../security/session';
import { type DuplicateRow, openCasesMatching, type VisibleCases } from './store';

/**
 * Before an intake is saved: open cases at the same address or postcode, or with a party of the same
 * name, among the cases this user may see, so the officer can add to or link them instead of
 * duplicating. Matching is exact after trimming and ignoring case: it suggests, it never merges.
 *
 * A restricted case is listed only to someone who has opened it with a reason (`granted`); for anyone
 * else a match only raises restrictedMayMatch, so a name typed here never confirms who is on a
 * restricted case, or which one (issue 13).
 */
export function findPossibleDuplicates(db: ReadableDB, user: SessionUser, q: { address: string; postcode: string; names: string[] }, granted: ReadonlySet<number>): DuplicateCheck {
  const found = new Map<number, DuplicateMatch>();
  let restrictedMayMatch = false;
  const scope: VisibleCases = { partners: user.partners, referredOnly: user.role === 'legal' };
  const note = (rows: DuplicateRow[], why: string) => {
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
  const address = q.address.trim();
  if (address) note(openCasesMatching(db, scope, 'address', address), `same address (${address})`);
  if (q.postcode) note(openCasesMatching(db, scope, 'postcode', q.postcode), `same postcode (${q.postcode})`);
  for (const name of q.names.map((n) => n.trim()).filter((n) => n.length > 1)) note(openCasesMatching(db, scope, 'party-name', name), `same person (${name})`);
  const matches = [...found.values()].sort((a, b) => b.matchedOn.length - a.matchedOn.length || b.receivedAt.localeCompare(a.receivedAt)).slice(0, 20);
  return { matches, restrictedMayMatch };
}
