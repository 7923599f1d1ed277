import type { SendingMethod } from '../../../shared/schemas/sending';
import type { ReadableDB, WritableDB } from '../../db/connection';
import type { Announcement } from '../store';

/** The sending tables (migration 0017): a document's sending and its returned post, each recorded once. */

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
