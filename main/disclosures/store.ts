import type { DisclosureKind, DisclosureView } from '../../shared/schemas/disclosures';
import type { ReadableDB, WritableDB } from '../db/connection';
import { hasTable } from '../db/queries/meta';

/** The disclosure log's tables (migration 0024): a row per disclosure and the people it was about. */
export interface NewDisclosure {
  kind: DisclosureKind;
  what: string;
  caseId: number | null;
  source: string;
  partyIds: readonly number[];
  recipient: string;
  lawfulBasis: string;
  approvedBy: number;
  at: string;
}

/** The partner whose record it is: the case's, or the first person's case's (a subject access pack spans cases). */
function partnerOf(db: ReadableDB, d: NewDisclosure): string | null {
  if (d.caseId !== null) return (db.prepare('SELECT partner FROM cases WHERE id = ?').get(d.caseId) as { partner: string } | undefined)?.partner ?? null;
  const first = d.partyIds[0];
  if (first === undefined) return null;
  return (db.prepare('SELECT c.partner FROM parties p JOIN cases c ON c.id = p.case_id WHERE p.id = ?').get(first) as { partner: string } | undefined)?.partner ?? null;
}

/** Logs a disclosure once per source (a letter recorded sent twice cannot be; a rebuilt bundle is a new source). */
export function insertDisclosure(db: WritableDB, d: NewDisclosure): number | null {
  const partner = partnerOf(db, d);
  if (!partner) throw new Error(`disclosures: ${d.source} names no case and no person, so whose record it is is unknown`);
  const r = db
    .prepare(
      `INSERT INTO disclosures (kind, what, partner, case_id, source, recipient, lawful_basis, approved_by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (source) DO NOTHING`,
    )
    .run(d.kind, d.what, partner, d.caseId, d.source, d.recipient, d.lawfulBasis, d.approvedBy, d.at);
  if (!r.changes) return null;
  const id = Number(r.lastInsertRowid);
  const person = db.prepare('INSERT OR IGNORE INTO disclosure_people (disclosure_id, party_id) VALUES (?, ?)');
  for (const p of d.partyIds) person.run(id, p);
  return id;
}

/** What the log needs to know about a letter: its title, whom it went to, and who it is about. */
export function letterFacts(db: ReadableDB, documentId: number): { title: string; recipient: string; recipientPartyId: number | null } | null {
  return (
    (db.prepare('SELECT title, recipient_description AS recipient, recipient_party_id AS recipientPartyId FROM documents WHERE id = ?').get(documentId) as
      | { title: string; recipient: string; recipientPartyId: number | null }
      | undefined) ?? null
  );
}

interface Row {
  id: number;
  kind: DisclosureKind;
  what: string;
  caseRef: string | null;
  recipient: string;
  lawfulBasis: string;
  approvedBy: string;
  at: string;
}

/** The log, newest first, in the user's partners: every row, or those about any of `partyIds`. */
export function listDisclosures(
  db: ReadableDB,
  q: { partners: readonly string[]; partyIds: readonly number[]; from: string | null; to: string | null; granted: ReadonlySet<number> },
): DisclosureView[] {
  if (!hasTable(db, 'disclosures') || !q.partners.length) return [];
  const granted = [...q.granted];
  // A restricted case's rows are listed only to a session that opened it with a reason (issue 13).
  const open = `(c.id IS NULL OR c.restricted = 0 OR c.id IN (${granted.map(() => '?').join(', ') || 'NULL'}))`;
  const where = [`d.partner IN (${q.partners.map(() => '?').join(', ')})`, open];
  const params: (string | number)[] = [...q.partners, ...granted];
  if (q.partyIds.length) {
    where.push(`d.id IN (SELECT disclosure_id FROM disclosure_people WHERE party_id IN (${q.partyIds.map(() => '?').join(', ')}))`);
    params.push(...q.partyIds);
  }
  if (q.from) {
    where.push('d.at >= ?');
    params.push(q.from);
  }
  if (q.to) {
    // `to` is a day: everything up to its end (instants are ISO, so the next day's start bounds it).
    where.push("d.at < date(?, '+1 day')");
    params.push(q.to);
  }
  const rows = db
    .prepare(
      `SELECT d.id, d.kind, d.what, c.ref AS caseRef, d.recipient, d.lawful_basis AS lawfulBasis, u.display_name AS approvedBy, d.at
       FROM disclosures d JOIN users u ON u.id = d.approved_by LEFT JOIN cases c ON c.id = d.case_id
       WHERE ${where.join(' AND ')} ORDER BY d.at DESC, d.id DESC LIMIT 5000`,
    )
    .all(...params) as Row[];
  if (!rows.length) return [];
  const people = db
    .prepare(
      `SELECT dp.disclosure_id AS id, p.id AS partyId, c.ref AS caseRef,
         CASE WHEN NOT ${open} THEN 'A person on a restricted case' WHEN p.anonymous = 1 OR p.name = '' THEN 'An anonymous person' ELSE p.name END AS name
       FROM disclosure_people dp JOIN parties p ON p.id = dp.party_id JOIN cases c ON c.id = p.case_id
       WHERE dp.disclosure_id IN (${rows.map(() => '?').join(', ')}) ORDER BY p.id`,
    )
    .all(...granted, ...rows.map((r) => r.id)) as { id: number; partyId: number; name: string; caseRef: string }[];
  const byId = new Map<number, DisclosureView['people']>();
  for (const { id, ...p } of people) byId.set(id, [...(byId.get(id) ?? []), p]);
  return rows.map((r) => ({ ...r, people: byId.get(r.id) ?? [] }));
}

/** The people's records grouped by the partner whose records they are (an export row is logged per partner). */
export function partyIdsByPartner(db: ReadableDB, partyIds: readonly number[]): Map<string, number[]> {
  const byPartner = new Map<string, number[]>();
  const partnerOf = db.prepare('SELECT c.partner FROM parties p JOIN cases c ON c.id = p.case_id WHERE p.id = ?');
  for (const id of new Set(partyIds)) {
    const row = partnerOf.get(id) as { partner: string } | undefined;
    if (row) byPartner.set(row.partner, [...(byPartner.get(row.partner) ?? []), id]);
  }
  return byPartner;
}
