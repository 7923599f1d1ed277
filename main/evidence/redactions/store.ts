import type { RedactionBox, RedactionStatus } from '../../../shared/schemas/evidence';
import type { ReadableDB, WritableDB } from '../../db/connection';
import { CHUNK_BYTES } from '../store';

/** The redaction asked for on an exhibit and the copy made from it (migration 0011). */
export interface RedactionRecord {
  evidenceId: number;
  boxes: RedactionBox[];
  terms: string[];
  withheld: boolean;
  generation: number;
  state: 'pending' | 'ready' | 'failed';
  problem: string | null;
  jobId: string | null;
  termsSha256: string | null;
  copy: { sha256: string; pages: number; size: number } | null;
  setBy: number;
  setAt: string;
  madeAt: string | null;
}

interface Row {
  evidence_id: number;
  boxes: string;
  terms: string;
  withheld: number;
  generation: number;
  state: RedactionRecord['state'];
  problem: string | null;
  job_id: string | null;
  terms_sha256: string | null;
  copy_sha256: string | null;
  copy_pages: number | null;
  copy_size: number | null;
  set_by: number;
  set_at: string;
  made_at: string | null;
}

const fromRow = (r: Row): RedactionRecord => ({
  evidenceId: r.evidence_id,
  boxes: JSON.parse(r.boxes) as RedactionBox[],
  terms: JSON.parse(r.terms) as string[],
  withheld: r.withheld === 1,
  generation: r.generation,
  state: r.state,
  problem: r.problem,
  jobId: r.job_id,
  termsSha256: r.terms_sha256,
  copy: r.copy_sha256 && r.copy_pages !== null && r.copy_size !== null ? { sha256: r.copy_sha256, pages: r.copy_pages, size: r.copy_size } : null,
  setBy: r.set_by,
  setAt: r.set_at,
  madeAt: r.made_at,
});

export function getRedaction(db: ReadableDB, evidenceId: number): RedactionRecord | null {
  const row = db.prepare('SELECT * FROM evidence_redactions WHERE evidence_id = ?').get(evidenceId) as Row | undefined;
  return row ? fromRow(row) : null;
}

/** Every redaction on a case's exhibits, by exhibit. */
export function redactionsOfCase(db: ReadableDB, caseId: number): Map<number, RedactionRecord> {
  const rows = db.prepare('SELECT r.* FROM evidence_redactions r JOIN evidence e ON e.id = r.evidence_id WHERE e.case_id = ?').all(caseId) as Row[];
  return new Map(rows.map((r) => [r.evidence_id, fromRow(r)]));
}

/**
 * Records a new request (the copy of any earlier one goes: it no longer says what the person wants) and
 * answers its generation.
 */
export function requestRedaction(db: WritableDB, r: { evidenceId: number; boxes: RedactionBox[]; terms: string[]; withheld: boolean; setBy: number; setAt: string }): number {
  const before = getRedaction(db, r.evidenceId);
  const generation = (before?.generation ?? 0) + 1;
  db.prepare('DELETE FROM evidence_redacted_chunks WHERE evidence_id = ?').run(r.evidenceId);
  db.prepare(
    `INSERT INTO evidence_redactions (evidence_id, boxes, terms, withheld, generation, state, set_by, set_at)
     VALUES (@evidenceId, @boxes, @terms, @withheld, @generation, 'pending', @setBy, @setAt)
     ON CONFLICT (evidence_id) DO UPDATE SET boxes = excluded.boxes, terms = excluded.terms, withheld = excluded.withheld,
       generation = excluded.generation, state = 'pending', problem = NULL, job_id = NULL, terms_sha256 = NULL,
       copy_sha256 = NULL, copy_pages = NULL, copy_size = NULL, set_by = excluded.set_by, set_at = excluded.set_at, made_at = NULL`,
  ).run({ ...r, boxes: JSON.stringify(r.boxes), terms: JSON.stringify(r.terms), withheld: r.withheld ? 1 : 0, generation });
  return generation;
}

/** Nothing to redact any more: the request and its copy go, and the exhibit is used as it is. */
export function clearRedaction(db: WritableDB, evidenceId: number): void {
  db.prepare('DELETE FROM evidence_redacted_chunks WHERE evidence_id = ?').run(evidenceId);
  db.prepare('DELETE FROM evidence_redactions WHERE evidence_id = ?').run(evidenceId);
}

export function setRedactionJob(db: WritableDB, evidenceId: number, generation: number, jobId: string): void {
  db.prepare('UPDATE evidence_redactions SET job_id = ? WHERE evidence_id = ? AND generation = ?').run(jobId, evidenceId, generation);
}

/** Stores the copy, if the request it was made for is still the latest; answers whether it was stored. */
export function storeRedactedCopy(db: WritableDB, evidenceId: number, generation: number, copy: { bytes: Uint8Array; sha256: string; pages: number; termsSha256: string; at: string }): boolean {
  const changed = db
    .prepare(
      `UPDATE evidence_redactions SET state = 'ready', problem = NULL, job_id = NULL, terms_sha256 = ?, copy_sha256 = ?, copy_pages = ?, copy_size = ?, made_at = ?
       WHERE evidence_id = ? AND generation = ?`,
    )
    .run(copy.termsSha256, copy.sha256, copy.pages, copy.bytes.length, copy.at, evidenceId, generation).changes;
  if (!changed) return false;
  const put = db.prepare('INSERT INTO evidence_redacted_chunks (evidence_id, seq, data) VALUES (?, ?, ?)');
  for (let offset = 0, seq = 0; offset < copy.bytes.length; offset += CHUNK_BYTES, seq += 1) {
    const piece = copy.bytes.subarray(offset, Math.min(copy.bytes.length, offset + CHUNK_BYTES));
    put.run(evidenceId, seq, Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength));
  }
  return true;
}

/** The copy could not be made (or was cancelled): why, in words. Answers whether the request was still the latest. */
export function failRedaction(db: WritableDB, evidenceId: number, generation: number, problem: string, at: string): boolean {
  return db.prepare(`UPDATE evidence_redactions SET state = 'failed', problem = ?, job_id = NULL, made_at = ? WHERE evidence_id = ? AND generation = ?`).run(problem, at, evidenceId, generation).changes > 0;
}

export function readRedactedCopy(db: ReadableDB, evidenceId: number): Buffer {
  const chunks = db.prepare('SELECT data FROM evidence_redacted_chunks WHERE evidence_id = ? ORDER BY seq').all(evidenceId) as { data: Buffer }[];
  return Buffer.concat(chunks.map((c) => c.data));
}

export function statusOf(evidenceId: number, r: RedactionRecord | null): RedactionStatus {
  if (!r) return { evidenceId, state: 'none', jobId: null, boxes: 0, problem: null };
  return { evidenceId, state: r.state, jobId: r.jobId, boxes: r.boxes.length, problem: r.problem };
}
