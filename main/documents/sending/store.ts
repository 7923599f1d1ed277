import type { SendingMethod, UnsentLetter } from '../../../shared/schemas/sending';
import type { ReadableDB, WritableDB } from '../../db/connection';
import { type DueScope, scopeWhere } from '../../db/queries/standards/due-items';
import { sql, type SqlFragment, sqlFragment, sqlJoin } from '../../db/sql';
import type { Announcement } from '../store';

/** The sending tables (migration 0017): a document's sending and its returned post, each recorded once; the letters not yet sent. */

export interface SendingState {
  caseId: number;
  templateId: string;
  createdAt: string;
  /** Null for a document made before 0017 (those are all recorded as sent already). */
  announcement: Announcement | null;
  sentAt: string | null;
  returnedOn: string | null;
}

export function sendingState(db: ReadableDB, id: number): SendingState | null {
  const r = db
    .prepare(
      `SELECT d.case_id AS caseId, d.template_id AS templateId, d.created_at AS createdAt, d.announcement, s.sent_at AS sentAt, r.returned_on AS returnedOn
       FROM documents d LEFT JOIN document_sendings s ON s.document_id = d.id LEFT JOIN document_returns r ON r.document_id = d.id WHERE d.id = ?`,
    )
    .get(id) as (Omit<SendingState, 'announcement'> & { announcement: string | null }) | undefined;
  if (!r) return null;
  return { ...r, announcement: r.announcement ? (JSON.parse(r.announcement) as Announcement) : null };
}

export function insertSending(db: WritableDB, s: { documentId: number; how: SendingMethod; howDetail: string; sentAt: string; sentOn: string; by: number; recordedAt: string }): void {
  db.prepare('INSERT INTO document_sendings (document_id, how, how_detail, sent_at, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)').run(s.documentId, s.how, s.howDetail, s.sentAt, s.by, s.recordedAt);
  // The day it went, as bundles and the chronology have always read it (set once: a trigger refuses a change).
  db.prepare('UPDATE documents SET sent_on = ? WHERE id = ?').run(s.sentOn, s.documentId);
}

export function insertReturn(db: WritableDB, r: { documentId: number; returnedOn: string; reason: string; by: number; recordedAt: string }): void {
  db.prepare('INSERT INTO document_returns (document_id, returned_on, reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)').run(r.documentId, r.returnedOn, r.reason, r.by, r.recordedAt);
}

export interface UnsentFilter {
  scope: DueScope;
  officer: number | 'unassigned' | null;
}

function unsentWhere(f: UnsentFilter): SqlFragment {
  // A statement for the court goes into a bundle, not the post: it is never "not sent".
  const where = [sqlFragment`d.recipient_role != 'court' AND NOT EXISTS (SELECT 1 FROM document_sendings s WHERE s.document_id = d.id)`, scopeWhere(f.scope)];
  if (f.officer === 'unassigned') where.push(sqlFragment`c.owner_id IS NULL`);
  else if (f.officer !== null) where.push(sqlFragment`c.owner_id = ${f.officer}`);
  return sqlJoin(where, ' AND ');
}

/** Letters made and not yet recorded as sent, in scope, oldest first, and how many there are in all. */
export function unsentLetters(db: ReadableDB, f: UnsentFilter, page: { offset: number; limit: number }): { total: number; rows: (Omit<UnsentLetter, 'restricted'> & { restricted: number })[] } {
  const count = sql`SELECT count(*) AS n FROM documents d JOIN cases c ON c.id = d.case_id WHERE ${unsentWhere(f)}`;
  const list = sql`SELECT d.id AS documentId, d.case_id AS caseId, c.ref, d.title, d.recipient_description AS recipient, d.recipient_count AS count, d.created_at AS createdAt,
                     u.display_name AS createdBy, o.display_name AS ownerName, c.restricted
                   FROM documents d JOIN cases c ON c.id = d.case_id JOIN users u ON u.id = d.created_by LEFT JOIN users o ON o.id = c.owner_id
                   WHERE ${unsentWhere(f)} ORDER BY d.created_at, d.id LIMIT ${page.limit} OFFSET ${page.offset}`;
  return {
    total: (db.prepare(count.text).get(...count.params) as { n: number }).n,
    rows: db.prepare(list.text).all(...list.params) as (Omit<UnsentLetter, 'restricted'> & { restricted: number })[],
  };
}
