import { EVIDENCE_CHUNK_BYTES } from '../../shared/schemas/evidence';
import type { EvidenceView } from '../../shared/schemas/cases';
import type { EvidenceType } from '../../shared/domain/vocabulary';
import type { ReadableDB, WritableDB } from '../db/connection';
import { listedFileName } from '../../shared/files/evidence-name';

/** Evidence bytes are stored in pieces of this size (see migration 0002). */
export const CHUNK_BYTES = EVIDENCE_CHUNK_BYTES;

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
export function insertEvidence(db: WritableDB, e: NewEvidence, bytes: Uint8Array): number {
  const pieces = function* () {
    for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) yield bytes.subarray(offset, Math.min(bytes.length, offset + CHUNK_BYTES));
  };
  return insertEvidencePieces(db, e, pieces());
}

/**
 * The same, with the file given as its pieces in order (each CHUNK_BYTES but the last), read one at a
 * time: a 200 MB file is never held whole. At least one row is written, even for an empty file.
 */
export function insertEvidencePieces(db: WritableDB, e: NewEvidence, pieces: Iterable<Uint8Array>): number {
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
  let seq = 0;
  for (const piece of pieces) {
    if (piece.length > CHUNK_BYTES) throw new Error(`insertEvidencePieces: a piece of ${piece.length} bytes is over ${CHUNK_BYTES}`);
    put.run(id, seq, Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength));
    seq += 1;
  }
  if (seq === 0) put.run(id, 0, Buffer.alloc(0));
  return id;
}

export function readEvidenceBytes(db: ReadableDB, id: number): Buffer {
  const chunks = db.prepare('SELECT data FROM evidence_chunks WHERE evidence_id = ? ORDER BY seq').all(id) as { data: Buffer }[];
  return Buffer.concat(chunks.map((c) => c.data));
}

/** One stored 1 MiB piece of the file (seq from 0), and how many there are: a download in parts (issue 22). */
export function readEvidencePiece(db: ReadableDB, id: number, seq: number): { data: Buffer; pieces: number } | null {
  const { n } = db.prepare('SELECT COUNT(*) AS n FROM evidence_chunks WHERE evidence_id = ?').get(id) as { n: number };
  const row = db.prepare('SELECT data FROM evidence_chunks WHERE evidence_id = ? AND seq = ?').get(id, seq) as { data: Buffer } | undefined;
  return row ? { data: row.data, pieces: n } : null;
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
  illegible: number;
  transcript: string | null;
  transcript_by_name: string | null;
  transcript_at: string | null;
}

const SELECT = `SELECT e.*, u.display_name AS added_by_name, t.display_name AS transcript_by_name
  FROM evidence e JOIN users u ON u.id = e.added_by LEFT JOIN users t ON t.id = e.transcript_by`;
const toView = (r: EvidenceRow): EvidenceView => ({
  id: r.id,
  exhibitLabel: r.exhibit_label,
  // New files are kept under a safe name (shared/files/evidence-name.ts); files kept before that rule are
  // shown, listed and put in bundles under the same safe name, so no screen shows a bidi trick or ".exe".
  fileName: listedFileName(r.file_name, r.type),
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
  illegible: r.illegible === 1,
  transcript: r.transcript,
  transcriptBy: r.transcript_by_name,
  transcriptAt: r.transcript_at,
});

/** Marks an exhibit hard to read (or not) and keeps its typed transcript, with who typed it and when. */
export function setTranscript(db: WritableDB, id: number, t: { illegible: boolean; transcript: string | null; by: number; at: string }): void {
  db.prepare('UPDATE evidence SET illegible = ?, transcript = ?, transcript_by = ?, transcript_at = ? WHERE id = ?').run(t.illegible ? 1 : 0, t.transcript, t.transcript === null ? null : t.by, t.transcript === null ? null : t.at, id);
}

export function listEvidence(db: ReadableDB, caseId: number): EvidenceView[] {
  return (db.prepare(`${SELECT} WHERE e.case_id = ? ORDER BY e.id`).all(caseId) as EvidenceRow[]).map(toView);
}

export function getEvidence(db: ReadableDB, id: number): (EvidenceView & { caseId: number }) | null {
  const r = db.prepare(`${SELECT} WHERE e.id = ?`).get(id) as EvidenceRow | undefined;
  return r ? { ...toView(r), caseId: r.case_id } : null;
}

export function findEvidenceBySha(db: ReadableDB, caseId: number, sha256: string): EvidenceView | null {
  const r = db.prepare(`${SELECT} WHERE e.case_id = ? AND e.sha256 = ? LIMIT 1`).get(caseId, sha256) as EvidenceRow | undefined;
  return r ? toView(r) : null;
}

/** The exhibit on a case that already has this label, if any. */
export function exhibitWithLabel(db: ReadableDB, caseId: number, label: string): { fileName: string; type: EvidenceType } | null {
  const r = db.prepare('SELECT file_name AS fileName, type FROM evidence WHERE case_id = ? AND exhibit_label = ?').get(caseId, label) as { fileName: string; type: EvidenceType } | undefined;
  return r ?? null;
}

/** The next free exhibit label on a case: the officer's initials and a number, e.g. AB/1, AB/2 (PD 32 style). */
export function nextExhibitLabel(db: ReadableDB, caseId: number, prefix: string): string {
  const used = new Set((db.prepare('SELECT exhibit_label FROM evidence WHERE case_id = ?').all(caseId) as { exhibit_label: string }[]).map((r) => r.exhibit_label));
  for (let n = 1; ; n += 1) if (!used.has(`${prefix}/${n}`)) return `${prefix}/${n}`;
}
