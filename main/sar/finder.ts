import type { PartyRole } from '../../shared/domain/vocabulary';
import type { Candidate, Candidates } from '../../shared/schemas/subject-requests';
import { formatDate } from '../../shared/time/format';
import type { ReadableDB } from '../db/connection';
import { partyRecordsOf, type PartyRecord, type RequestRow } from './store';

/**
 * Finding the requester on the record (issue 21 item 3): every party record in the partner's cases
 * whose name (or another recorded spelling) is one the requester gave, or whose date of birth and home
 * both match. Records are then grouped into people: the same name and the same date of birth, or, where
 * a date of birth is missing on one, the same home. Two records with different dates of birth are never
 * the same person. Where more than one person fits, the user picks, shown what matched on each record.
 */
const normalName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const normalPostcode = (s: string) => s.replace(/\s+/g, '').toUpperCase();
const firstLine = (s: string) => normalName(s.split(/,|\n/)[0] ?? '');

type Matched = Candidate['records'][number]['matched'][number];

interface Hit extends PartyRecord {
  names: string[];
  matched: Matched[];
}

function namesOf(r: PartyRecord): string[] {
  let others: string[] = [];
  try {
    others = JSON.parse(r.otherNames) as string[];
  } catch {
    others = [];
  }
  return [r.name, ...others].map(normalName).filter(Boolean);
}

function matchOf(req: RequestRow, r: PartyRecord): Hit | null {
  const names = namesOf(r);
  const asked = [req.name, ...req.otherNames].map(normalName).filter(Boolean);
  const matched: Matched[] = [];
  if (names[0] && normalName(req.name) === names[0]) matched.push('name');
  else if (names.some((n) => asked.includes(n))) matched.push('other-name');
  const dob = req.dateOfBirth !== null && r.dateOfBirth === req.dateOfBirth;
  if (dob) matched.push('date-of-birth');
  const address = !!req.address && !!r.address && firstLine(req.address) === firstLine(r.address);
  if (address) matched.push('address');
  const postcode = !!req.postcode && !!r.postcode && normalPostcode(req.postcode) === normalPostcode(r.postcode);
  if (postcode) matched.push('postcode');
  // A date of birth against the record's is decisive either way: another date is another person.
  if (req.dateOfBirth !== null && r.dateOfBirth !== null && !dob) return null;
  const byName = matched.includes('name') || matched.includes('other-name');
  if (!byName && !(dob && (address || postcode))) return null;
  return { ...r, names, matched };
}

function samePerson(a: Hit, b: Hit): boolean {
  if (!a.names.some((n) => b.names.includes(n))) return false;
  if (a.dateOfBirth !== null && b.dateOfBirth !== null) return a.dateOfBirth === b.dateOfBirth;
  const home = (!!a.postcode && normalPostcode(a.postcode) === normalPostcode(b.postcode)) || (!!a.address && firstLine(a.address) === firstLine(b.address));
  return home;
}

const MATCH_WORDS: Record<Matched, string> = { name: 'name', 'other-name': 'another spelling of the name', 'date-of-birth': 'date of birth', address: 'address', postcode: 'postcode' };

function evidenceOf(records: readonly Hit[]): string {
  const dob = records.find((r) => r.dateOfBirth)?.dateOfBirth;
  const homes = [...new Set(records.map((r) => [r.address, r.postcode].filter(Boolean).join(', ')).filter(Boolean))];
  const on = records.map((r) => `${r.caseRef} (${r.role.replace(/-/g, ' ')}: ${[...new Set(r.matched.map((m) => MATCH_WORDS[m]))].join(', ')} matched)`);
  return [`${records[0]!.name || 'An anonymous person'}`, dob ? `born ${formatDate(dob)}` : 'no date of birth recorded', homes.length ? `living at ${homes.join('; ')}` : 'no address recorded', `on ${on.join('; ')}`].join(', ') + '.';
}

/** The people on the partner's record who may be the requester, each with the evidence. */
export function findCandidates(db: ReadableDB, req: RequestRow, granted: ReadonlySet<number>): Candidates {
  const all = partyRecordsOf(db, req.partner)
    .map((r) => matchOf(req, r))
    .filter((h): h is Hit => h !== null);
  // A restricted case is searched only once this session has opened it with a reason (issue 13); until
  // then the user is told how many of its records match, so the search is never silently incomplete.
  const hits = all.filter((h) => !h.restricted || granted.has(h.caseId));
  const restricted = [...new Set(all.filter((h) => h.restricted && !granted.has(h.caseId)).map((h) => h.caseRef))];
  // Group into people (union-find over pairs: a few hundred records at most share a name).
  const parent = hits.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < hits.length; i += 1) for (let j = i + 1; j < hits.length; j += 1) if (samePerson(hits[i]!, hits[j]!)) parent[root(j)] = root(i);
  const groups = new Map<number, Hit[]>();
  hits.forEach((h, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), h]));
  const people = [...groups.values()]
    .map((records) => ({
      key: records.map((r) => r.partyId).join('-'),
      evidence: evidenceOf(records),
      records: records.map((r) => ({ partyId: r.partyId, caseRef: r.caseRef, role: r.role as PartyRole, name: r.anonymous ? `${r.name} (recorded as anonymous)` : r.name, dateOfBirth: r.dateOfBirth, address: r.address, postcode: r.postcode, matched: r.matched })),
    }))
    // The strongest first: most things matched.
    .sort((a, b) => score(b.records) - score(a.records));
  return { people, chosen: req.partyIds, restrictedCases: restricted };
}

const score = (records: Candidate['records']) => Math.max(...records.map((r) => r.matched.length));
