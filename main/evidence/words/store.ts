import type { PageWords } from '../../pdf/redact/read-words';
import type { ReadableDB, WritableDB } from '../../db/connection';
import { hasTable } from '../../db/queries/meta';
import { prepared } from '../../db/statements';

/**
 * The words read from an exhibit's pages (migration 0035): what the redaction review proposes boxes from,
 * and the OCR its redacted copy reuses. Kept against the file's SHA-256, so a different file is read again.
 */
export type ExhibitWords = { ok: true; pages: PageWords[] } | { ok: false; problem: string };

export function exhibitWordsOf(db: ReadableDB, evidenceId: number, sha256: string): ExhibitWords | null {
  if (!hasTable(db, 'exhibit_words')) return null;
  const row = prepared(db, 'SELECT sha256, pages, problem FROM exhibit_words WHERE evidence_id = ?').get(evidenceId) as { sha256: string; pages: string; problem: string | null } | undefined;
  if (!row || row.sha256 !== sha256) return null;
  return row.problem !== null ? { ok: false, problem: row.problem } : { ok: true, pages: JSON.parse(row.pages) as PageWords[] };
}

/** When an exhibit was last read, and for which file, without its words (what a cache of its findings checks). */
export function exhibitWordsStamp(db: ReadableDB, evidenceId: number): { sha256: string; readAt: string } | null {
  if (!hasTable(db, 'exhibit_words')) return null;
  const row = prepared(db, 'SELECT sha256, read_at AS readAt FROM exhibit_words WHERE evidence_id = ?').get(evidenceId) as { sha256: string; readAt: string } | undefined;
  return row ?? null;
}

/** The proposals kept from an exhibit's words (migration 0040): what they were found under, from which reading. */
export interface KeptProposals {
  foundUnder: string;
  readAt: string;
  proposals: string;
}

export function keptProposals(db: ReadableDB, evidenceId: number): KeptProposals | null {
  if (!hasTable(db, 'exhibit_proposals')) return null;
  const row = prepared(db, 'SELECT found_under AS foundUnder, read_at AS readAt, proposals FROM exhibit_proposals WHERE evidence_id = ?').get(evidenceId) as KeptProposals | undefined;
  return row ?? null;
}

/** Keeps the proposals found in an exhibit's words, if that reading is still the exhibit's. Returns the rows written. */
export function keepProposals(db: WritableDB, w: { evidenceId: number; foundUnder: string; readAt: string; proposals: string }): number {
  if (!hasTable(db, 'exhibit_proposals')) return 0;
  return db
    .prepare(
      `INSERT INTO exhibit_proposals (evidence_id, case_id, found_under, read_at, proposals)
       SELECT evidence_id, case_id, @foundUnder, read_at, @proposals FROM exhibit_words WHERE evidence_id = @evidenceId AND read_at = @readAt
       ON CONFLICT (evidence_id) DO UPDATE SET case_id = excluded.case_id, found_under = excluded.found_under, read_at = excluded.read_at, proposals = excluded.proposals`,
    )
    .run(w).changes;
}

/** Which of these exhibits have been read (against their files as they are now). */
export function exhibitsRead(db: ReadableDB, files: readonly { id: number; sha256: string }[]): Set<number> {
  if (!hasTable(db, 'exhibit_words') || !files.length) return new Set();
  const get = db.prepare('SELECT sha256 FROM exhibit_words WHERE evidence_id = ?');
  return new Set(files.filter((f) => (get.get(f.id) as { sha256: string } | undefined)?.sha256 === f.sha256).map((f) => f.id));
}

export function putExhibitWords(db: WritableDB, w: { evidenceId: number; caseId: number; sha256: string; at: string; read: ExhibitWords }): void {
  // A new reading: the proposals kept from the last one go.
  if (hasTable(db, 'exhibit_proposals')) db.prepare('DELETE FROM exhibit_proposals WHERE evidence_id = ?').run(w.evidenceId);
  db.prepare(
    `INSERT INTO exhibit_words (evidence_id, case_id, sha256, pages, problem, read_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (evidence_id) DO UPDATE SET case_id = excluded.case_id, sha256 = excluded.sha256, pages = excluded.pages, problem = excluded.problem, read_at = excluded.read_at`,
  ).run(w.evidenceId, w.caseId, w.sha256, w.read.ok ? JSON.stringify(w.read.pages) : '[]', w.read.ok ? null : w.read.problem, w.at);
}
