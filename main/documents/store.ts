import { createHash } from 'node:crypto';
import { DocumentModel } from '../../shared/documents/model';
import type { DocumentFormat, DocumentView, Serves } from '../../shared/schemas/documents';
import type { SendingMethod } from '../../shared/schemas/sending';
import type { ReadableDB, WritableDB } from '../db/connection';
import { parseList } from '../db/queries/json-column';

/** The documents tables (migrations 0007, 0017): insert once, read many times, never change; sent and returned are recorded once each (sending/store.ts). */

export interface NewDocument {
  caseId: number;
  templateId: string;
  templateVersion: number;
  templateSource: string;
  title: string;
  recipientPartyId: number | null;
  recipientRole: string;
  recipientDescription: string;
  recipientCount: number;
  actionId: number | null;
  referralId: number | null;
  largePrint: boolean;
  easyRead: boolean;
  notes: string[];
  model: DocumentModel;
  contentHash: string;
  createdBy: number;
  createdAt: string;
  /** What it serves and names, announced when it is sent (documents/sending/service.ts). */
  announcement: Announcement;
}

/** The parts of the document-sent event fixed when the letter is made (main/events/bus.ts). */
export interface Announcement {
  title: string;
  serves: Serves[];
  partyId: number | null;
  officerName: string;
  nextContact: string;
}

export interface StoredFile {
  format: DocumentFormat;
  sha256: string;
  bytes: Uint8Array;
}

export function insertDocument(db: WritableDB, d: NewDocument, files: readonly StoredFile[], addresses: readonly string[] = []): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO documents (case_id, template_id, template_version, template_source, title, recipient_party_id, recipient_role,
           recipient_description, recipient_count, action_id, referral_id, large_print, easy_read, notes, model, content_hash, created_by, created_at, announcement)
         VALUES (@caseId, @templateId, @templateVersion, @templateSource, @title, @recipientPartyId, @recipientRole,
           @recipientDescription, @recipientCount, @actionId, @referralId, @largePrint, @easyRead, @notes, @model, @contentHash, @createdBy, @createdAt, @announcement)`,
      )
      .run({ ...d, largePrint: d.largePrint ? 1 : 0, easyRead: d.easyRead ? 1 : 0, notes: JSON.stringify(d.notes), model: JSON.stringify(modelToStore(db, d.model, d.createdAt)), announcement: JSON.stringify(d.announcement) }).lastInsertRowid,
  );
  const put = db.prepare('INSERT INTO document_files (document_id, format, sha256, size, bytes) VALUES (?, ?, ?, ?, ?)');
  for (const f of files) put.run(id, f.format, f.sha256, f.bytes.length, Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength));
  const addr = db.prepare('INSERT INTO document_addresses (document_id, seq, address) VALUES (?, ?, ?)');
  addresses.forEach((a, i) => addr.run(id, i + 1, a));
  return id;
}

interface Row {
  id: number;
  case_id: number;
  template_id: string;
  template_version: number;
  template_source: string;
  title: string;
  recipient_party_id: number | null;
  recipient_role: string;
  recipient_description: string;
  recipient_count: number;
  large_print: number;
  easy_read: number;
  notes: string;
  model: string;
  content_hash: string;
  created_by_name: string;
  created_at: string;
  sent_on: string | null;
  how: SendingMethod | 'not-recorded' | null;
  how_detail: string | null;
  sent_at: string | null;
  sent_by_name: string | null;
  returned_on: string | null;
  return_reason: string | null;
  returned_by_name: string | null;
}

const SELECT = `SELECT d.*, u.display_name AS created_by_name,
    s.how, s.how_detail, s.sent_at, su.display_name AS sent_by_name, r.returned_on, r.reason AS return_reason, ru.display_name AS returned_by_name
  FROM documents d JOIN users u ON u.id = d.created_by
  LEFT JOIN document_sendings s ON s.document_id = d.id LEFT JOIN users su ON su.id = s.recorded_by
  LEFT JOIN document_returns r ON r.document_id = d.id LEFT JOIN users ru ON ru.id = r.recorded_by`;

function toView(db: ReadableDB, r: Row): DocumentView {
  const files = db.prepare('SELECT format, sha256, size FROM document_files WHERE document_id = ? ORDER BY format DESC').all(r.id) as DocumentView['files'];
  return {
    id: r.id,
    caseId: r.case_id,
    templateId: r.template_id,
    templateVersion: r.template_version,
    templateSource: r.template_source,
    title: r.title,
    recipientPartyId: r.recipient_party_id,
    recipientRole: r.recipient_role,
    recipientDescription: r.recipient_description,
    recipientCount: r.recipient_count,
    largePrint: r.large_print === 1,
    easyRead: r.easy_read === 1,
    notes: parseList(r.notes),
    contentHash: r.content_hash,
    files,
    createdBy: r.created_by_name,
    createdAt: r.created_at,
    sentOn: r.sent_on,
    state: r.returned_on ? 'returned' : r.sent_at ? 'sent' : 'ready',
    sending: r.how && r.sent_at ? { how: r.how, howDetail: r.how_detail ?? '', at: r.sent_at, by: r.sent_by_name ?? '' } : null,
    returned: r.returned_on ? { on: r.returned_on, reason: r.return_reason ?? '', by: r.returned_by_name ?? '' } : null,
  };
}

export function listDocuments(db: ReadableDB, caseId: number): DocumentView[] {
  return (db.prepare(`${SELECT} WHERE d.case_id = ? ORDER BY d.created_at DESC, d.id DESC`).all(caseId) as Row[]).map((r) => toView(db, r));
}

export function getDocument(db: ReadableDB, id: number): { view: DocumentView; model: DocumentModel } | null {
  const r = db.prepare(`${SELECT} WHERE d.id = ?`).get(id) as Row | undefined;
  if (!r) return null;
  return { view: toView(db, r), model: DocumentModel.parse(storedModel(db, JSON.parse(r.model) as StoredModel)) };
}

/**
 * A model as it is stored (migration 0037): the letterhead's logo named by the SHA-256 of its bytes, which
 * are kept once in letterhead_logos, not copied into every letter (a 512 kB logo made each letter about
 * 700 kB heavier). The logo a letter was made with stays there after the partner changes theirs, so the
 * letter re-renders as it was sent.
 */
type StoredModel = Omit<DocumentModel, 'letterhead'> & {
  letterhead: (Omit<NonNullable<DocumentModel['letterhead']>, 'logo'> & { logo?: Omit<LetterheadLogo, 'data'> & { data?: string; sha256?: string } }) | null;
};
type LetterheadLogo = NonNullable<NonNullable<DocumentModel['letterhead']>['logo']>;

function modelToStore(db: WritableDB, model: DocumentModel, at: string): StoredModel {
  const logo = model.letterhead?.logo;
  if (!model.letterhead || !logo) return model;
  const bytes = Buffer.from(logo.data, 'base64');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  db.prepare('INSERT OR IGNORE INTO letterhead_logos (sha256, format, bytes, stored_at) VALUES (?, ?, ?, ?)').run(sha256, logo.format, bytes, at);
  const { data: _bytes, ...rest } = logo;
  return { ...model, letterhead: { ...model.letterhead, logo: { ...rest, sha256 } } };
}

function storedModel(db: ReadableDB, stored: StoredModel): unknown {
  const logo = stored.letterhead?.logo;
  if (!stored.letterhead || !logo?.sha256 || logo.data !== undefined) return stored;
  const row = db.prepare('SELECT bytes FROM letterhead_logos WHERE sha256 = ?').get(logo.sha256) as { bytes: Buffer } | undefined;
  if (!row) throw new Error(`documents: the letterhead logo ${logo.sha256.slice(0, 12)}… this letter was made with is missing from the workspace`);
  const { sha256: _hash, ...rest } = logo;
  return { ...stored, letterhead: { ...stored.letterhead, logo: { ...rest, data: row.bytes.toString('base64') } } };
}

export function documentCaseId(db: ReadableDB, id: number): number | null {
  const r = db.prepare('SELECT case_id FROM documents WHERE id = ?').get(id) as { case_id: number } | undefined;
  return r?.case_id ?? null;
}

export function readDocumentFile(db: ReadableDB, id: number, format: DocumentFormat): { sha256: string; bytes: Buffer } | null {
  const r = db.prepare('SELECT sha256, bytes FROM document_files WHERE document_id = ? AND format = ?').get(id, format) as { sha256: string; bytes: Buffer } | undefined;
  return r ?? null;
}

export function documentAddresses(db: ReadableDB, id: number): string[] {
  return (db.prepare('SELECT address FROM document_addresses WHERE document_id = ? ORDER BY seq').all(id) as { address: string }[]).map((r) => r.address);
}

// ---- partners' template versions ----------------------------------------------------------------

export interface OverrideRow {
  version: number;
  body: string;
  reverted: boolean;
  createdBy: string;
  createdAt: string;
}

export function overrideHistory(db: ReadableDB, partner: string, templateId: string): OverrideRow[] {
  return (
    db
      .prepare(
        `SELECT o.version, o.body, o.reverted, u.display_name AS createdBy, o.created_at AS createdAt
         FROM template_overrides o JOIN users u ON u.id = o.created_by WHERE o.partner = ? AND o.template_id = ? ORDER BY o.version DESC`,
      )
      .all(partner, templateId) as (Omit<OverrideRow, 'reverted'> & { reverted: number })[]
  ).map((r) => ({ ...r, reverted: r.reverted === 1 }));
}

/** The partner's version in use, or null when the default is in use. */
export function currentOverride(db: ReadableDB, partner: string, templateId: string): OverrideRow | null {
  const latest = overrideHistory(db, partner, templateId)[0];
  return latest && !latest.reverted ? latest : null;
}

export function insertOverride(db: WritableDB, o: { partner: string; templateId: string; body: string; reverted: boolean; by: number; at: string }): number {
  const last = db.prepare('SELECT max(version) AS v FROM template_overrides WHERE partner = ? AND template_id = ?').get(o.partner, o.templateId) as { v: number | null };
  const version = (last.v ?? 0) + 1;
  db.prepare('INSERT INTO template_overrides (partner, template_id, version, body, reverted, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    o.partner,
    o.templateId,
    version,
    o.reverted ? '' : o.body,
    o.reverted ? 1 : 0,
    o.by,
    o.at,
  );
  return version;
}
