import type { EvidenceView } from '../../../shared/schemas/cases';
import type { EvidenceType } from '../../../shared/domain/vocabulary';
import type { DB } from '../connection';

/** Evidence bytes are stored in pieces of this size (see migration 0002). */
export const CHUNK_BYTES = 1024 * 1024;

export interface NewEvidence {
  caseId: number;
  exhibitLabel: string;
  fileName: string;
  type: EvidenceType;
  size: number;
  sha256: string;
  source: string;
  obtainedOn: string;
  description: string;
  usableInBundle: boolean;
  unusableReason: string | null;
  pageCount: number | null;
  addedBy: number;
  addedAt: string;
}

/** Stores the record and the file, byte for byte, in the caller's transaction. */
export function insertEvidence(db: DB, e: NewEvidence, bytes: Uint8Array): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO evidence (case_id, exhibit_label, file_name, type, size, sha256, source, obtained_on, description,
           usable_in_bundle, unusable_reason, page_count, added_by, added_at)
         VALUES (@caseId, @exhibitLabel, @fileName, @type, @size, @sha256, @source, @obtainedOn, @description,
           @usableInBundle, @unusableReason, @pageCount, @addedBy, @addedAt)`,
      )
      .run({ ...e, usableInBundle: e.usableInBundle ? 1 : 0 }).lastInsertRowid,
  );
  const put = db.prepare('INSERT INTO evidence_chunks (evidence_id, seq, data) VALUES (?, ?, ?)');
  for (let offset = 0, seq = 0; offset < bytes.length || seq === 0; offset += CHUNK_BYTES, seq += 1) {
    put.run(id, seq, Buffer.from(bytes.buffer, bytes.byteOffset + offset, Math.min(CHUNK_BYTES, bytes.length - offset)));
  }
  return id;
}

export function readEvidenceBytes(db: DB, id: number): Buffer {
  const chunks = db.prepare('SELECT data FROM evidence_chunks WHERE evidence_id = ? ORDER BY seq').all(id) as { data: Buffer }[];
  return Buffer.concat(chunks.map((c) => c.data));
}

interface EvidenceRow {
  id: number;
  case_id: number;
  exhibit_label: string;
  file_name: string;
  type: EvidenceType;
  size: number;
  sha256: string;
  source: string;
  obtained_on: string;
  description: string;
  usable_in_bundle: number;
  unusable_reason: string | null;
  page_count: number | null;
  added_by_name: string;
  added_at: string;
}

const SELECT = `SELECT e.*, u.display_name AS added_by_name FROM evidence e JOIN users u ON u.id = e.added_by`;
const toView = (r: EvidenceRow): EvidenceView => ({
  id: r.id,
  exhibitLabel: r.exhibit_label,
  fileName: r.file_name,
  type: r.type,
  size: r.size,
  sha256: r.sha256,
  source: r.source,
  obtainedOn: r.obtained_on,
  description: r.description,
  usableInBundle: r.usable_in_bundle === 1,
  unusableReason: r.unusable_reason,
  pageCount: r.page_count,
  addedBy: r.added_by_name,
  addedAt: r.added_at,
});

export function listEvidence(db: DB, caseId: number): EvidenceView[] {
  return (db.prepare(`${SELECT} WHERE e.case_id = ? ORDER BY e.id`).all(caseId) as EvidenceRow[]).map(toView);
}

export function getEvidence(db: DB, id: number): (EvidenceView & { caseId: number }) | null {
  const r = db.prepare(`${SELECT} WHERE e.id = ?`).get(id) as EvidenceRow | undefined;
  return r ? { ...toView(r), caseId: r.case_id } : null;
}

export function findEvidenceBySha(db: DB, caseId: number, sha256: string): EvidenceView | null {
  const r = db.prepare(`${SELECT} WHERE e.case_id = ? AND e.sha256 = ? LIMIT 1`).get(caseId, sha256) as EvidenceRow | undefined;
  return r ? toView(r) : null;
}

/** The next free exhibit label on a case: the officer's initials and a number, e.g. AB/1, AB/2 (PD 32 style). */
export function nextExhibitLabel(db: DB, caseId: number, prefix: string): string {
  const used = new Set((db.prepare('SELECT exhibit_label FROM evidence WHERE case_id = ?').all(caseId) as { exhibit_label: string }[]).map((r) => r.exhibit_label));
  for (let n = 1; ; n += 1) if (!used.has(`${prefix}/${n}`)) return `${prefix}/${n}`;
}
