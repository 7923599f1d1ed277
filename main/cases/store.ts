import type { Category, CaseStatus, RiskLevel } from '../../shared/domain/vocabulary';
import type { CaseListQuery } from '../../shared/schemas/cases';
import type { ReadableDB, WritableDB } from '../db/connection';
import { sql, type SqlFragment, sqlFragment, sqlJoin } from '../db/sql';

/**
 * The cases feature's own SQL: the case list and its search, the duplicate check, the full-text index and
 * the reference counters. The case record, its people and its timeline are shared by every feature and
 * have their queries in main/db/queries/ (cases.ts, parties.ts, timeline.ts, consents.ts). The
 * chronology's reads, one per kind of record, are db/queries/chronology.ts, re-exported here.
 */
export * from '../db/queries/chronology';

/** Which cases a person may list: their partners' (legal users: referred cases only), as can() decides per case. */
export interface VisibleCases {
  partners: readonly string[];
  referredOnly: boolean;
}

const visible = (v: VisibleCases): SqlFragment =>
  sqlJoin([sqlFragment`c.partner IN (${sqlJoin(v.partners.length ? v.partners : ['-none-'])})`, ...(v.referredOnly ? [sqlFragment`c.legal_referred = 1`] : [])], ' AND ');

// ---- the case list (list-cases.ts) --------------------------------------------------------------------

export interface CaseListFilter extends VisibleCases {
  /** An FTS5 query (search-index.ts toFtsQuery), or null for no search. */
  fts: string | null;
  partner: string | null;
  status: string | null;
  category: string | null;
  risk: string | null;
  ownerId: number | null;
  flag: string | null;
  /** Restricted cases this session has opened with a reason: a search may list them. */
  granted: readonly number[];
  sort: CaseListQuery['sort'];
  limit: number;
  offset: number;
}

export interface CaseListDbRow {
  id: number;
  ref: string;
  partner: string;
  category: Category;
  status: CaseStatus;
  received_at: string;
  updated_at: string;
  risk_level: RiskLevel;
  flags: string;
  hate_incident: number;
  restricted: number;
  owner_name: string | null;
  summary: string;
  address: string;
}

const ORDER: Record<CaseListQuery['sort'], SqlFragment> = {
  'received-desc': sqlFragment`c.received_at DESC, c.id DESC`,
  'received-asc': sqlFragment`c.received_at ASC, c.id ASC`,
  ref: sqlFragment`c.ref ASC`,
  'updated-desc': sqlFragment`c.updated_at DESC, c.id DESC`,
};

/**
 * One page of the case list, the number of cases matching, and whether a search also matched restricted
 * cases it leaves out (those not in `granted`: a row would confirm who is on one).
 */
export function caseListPage(db: ReadableDB, f: CaseListFilter): { total: number; rows: CaseListDbRow[]; restrictedMayMatch: boolean } {
  const where = [visible(f)];
  if (f.fts) where.push(sqlFragment`c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ${f.fts})`);
  const equal: [SqlFragment, string | number | null][] = [
    [sqlFragment`c.partner`, f.partner],
    [sqlFragment`c.status`, f.status],
    [sqlFragment`c.category`, f.category],
    [sqlFragment`c.risk_level`, f.risk],
    [sqlFragment`c.owner_id`, f.ownerId],
  ];
  for (const [column, value] of equal) if (value !== null) where.push(sqlFragment`${column} = ${value}`);
  if (f.flag) where.push(sqlFragment`EXISTS (SELECT 1 FROM json_each(c.flags) WHERE value = ${f.flag})`);
  let restrictedMayMatch = false;
  if (f.fts) {
    const notGranted = f.granted.length ? sqlFragment`c.restricted = 1 AND c.id NOT IN (${sqlJoin(f.granted)})` : sqlFragment`c.restricted = 1`;
    const found = sql`SELECT EXISTS (SELECT 1 FROM cases c WHERE ${sqlJoin(where, ' AND ')} AND ${notGranted}) AS found`;
    restrictedMayMatch = (db.prepare(found.text).get(...found.params) as { found: number }).found === 1;
    where.push(sqlFragment`NOT (${notGranted})`);
  }
  const clause = sqlFragment`WHERE ${sqlJoin(where, ' AND ')}`;
  const count = sql`SELECT count(*) AS n FROM cases c ${clause}`;
  const total = (db.prepare(count.text).get(...count.params) as { n: number }).n;
  // Two steps: the page's ids first, sorted from the (partner, received_at) index alone, then only those
  // rows. Sorting whole rows read 16,000 of them from the table for an officer's first page (npm run bench).
  const page = sql`SELECT c.id FROM cases c ${clause} ORDER BY ${ORDER[f.sort]} LIMIT ${f.limit} OFFSET ${f.offset}`;
  const ids = (db.prepare(page.text).all(...page.params) as { id: number }[]).map((r) => r.id);
  if (!ids.length) return { total, rows: [], restrictedMayMatch };
  const rowsQ = sql`SELECT c.id, c.ref, c.partner, c.category, c.status, c.received_at, c.updated_at, c.risk_level, c.flags, c.hate_incident, c.restricted,
                       c.summary, c.address, u.display_name AS owner_name
                FROM cases c LEFT JOIN users u ON u.id = c.owner_id WHERE c.id IN (${sqlJoin(ids)})`;
  const byId = new Map((db.prepare(rowsQ.text).all(...rowsQ.params) as CaseListDbRow[]).map((r) => [r.id, r]));
  return { total, rows: ids.map((id) => byId.get(id)!), restrictedMayMatch };
}

// ---- possible duplicates (duplicates.ts) ---------------------------------------------------------------

export interface DuplicateRow {
  id: number;
  ref: string;
  status: CaseStatus;
  received_at: string;
  category: Category;
  restricted: number;
}

/** Up to 20 open, visible cases that match on `on`: the case's address or postcode, or a named party's name. */
export function openCasesMatching(db: ReadableDB, v: VisibleCases, on: 'address' | 'postcode' | 'party-name', value: string): DuplicateRow[] {
  const scope = sqlFragment`c.status != 'closed' AND ${visible(v)}`;
  const cols = sqlFragment`c.id, c.ref, c.status, c.received_at, c.category, c.restricted`;
  const q =
    on === 'address'
      ? sql`SELECT ${cols} FROM cases c WHERE ${scope} AND c.address = ${value} COLLATE NOCASE LIMIT 20`
      : on === 'postcode'
        ? sql`SELECT ${cols} FROM cases c WHERE ${scope} AND c.postcode = ${value} LIMIT 20`
        : sql`SELECT DISTINCT ${cols} FROM parties p JOIN cases c ON c.id = p.case_id WHERE ${scope} AND p.anonymous = 0 AND p.name = ${value} COLLATE NOCASE LIMIT 20`;
  return db.prepare(q.text).all(...q.params) as DuplicateRow[];
}

// ---- the full-text index (search-index.ts) -------------------------------------------------------------

export interface SearchSource {
  ref: string;
  summary: string;
  address: string;
  estate: string;
  postcode: string;
  parties: { name: string; anonymous: number; address: string; postcode: string }[];
  incidents: { description: string; location: string }[];
}

/** What a case's search row is made from, or null when there is no such case. */
export function searchSource(db: ReadableDB, caseId: number): SearchSource | null {
  const c = db.prepare('SELECT ref, summary, address, estate, postcode FROM cases WHERE id = ?').get(caseId) as Omit<SearchSource, 'parties' | 'incidents'> | undefined;
  if (!c) return null;
  const parties = db.prepare('SELECT name, anonymous, address, postcode FROM parties WHERE case_id = ?').all(caseId) as SearchSource['parties'];
  const incidents = db.prepare('SELECT description, location FROM incidents WHERE case_id = ?').all(caseId) as SearchSource['incidents'];
  return { ...c, parties, incidents };
}

/** Replaces a case's row in the FTS5 index (rowid = case id); null removes it. */
export function writeSearchRow(db: WritableDB, caseId: number, row: { ref: string; names: string; places: string; text: string } | null): void {
  db.prepare('DELETE FROM case_search WHERE rowid = ?').run(caseId);
  if (row) db.prepare('INSERT INTO case_search (rowid, ref, names, places, text) VALUES (?, ?, ?, ?, ?)').run(caseId, row.ref, row.names, row.places, row.text);
}

// ---- references (reference.ts) ---------------------------------------------------------------------

/** Takes the next number of a partner's year, in the caller's transaction (so two intakes never share one). */
export function takeCaseNumber(db: WritableDB, partner: string, year: number): number {
  const row = db
    .prepare(
      `INSERT INTO case_counters (partner, year, last) VALUES (?, ?, 1)
       ON CONFLICT (partner, year) DO UPDATE SET last = last + 1 RETURNING last`,
    )
    .get(partner, year) as { last: number };
  return row.last;
}
