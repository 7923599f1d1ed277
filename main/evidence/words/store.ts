import type { PageWords } from '../../pdf/redact/read-words';
import type { ReadableDB, WritableDB } from '../../db/connection';
import { hasTable } from '../../db/queries/meta';

/**
 * The words read from an exhibit's pages (migration 0035): what the redaction review proposes boxes from,
 * and the OCR its redacted copy reuses. Kept against the file's SHA-256, so a different file is read again.
 */
export type ExhibitWords = { ok: true; pages: PageWords[] } | { ok: false; problem: string };

export function exhibitWordsOf(db: ReadableDB, evidenceId: number, sha256: string): ExhibitWords | null {
  if (!hasTable(db, 'exhibit_words')) return null;
  const row = db.prepare('SELECT sha256, pages, problem FROM exhibit_words WHERE evidence_id = ?').get(evidenceId) as { sha256: string; pages: string; problem: string | null } | undefined;
  if (!row || row.sha256 !== sha256) return null;
  return row.problem !== null ? { ok: false, problem: row.problem } : { ok: true, pages: JSON.parse(row.pages) as PageWords[] };
}

/** When an exhibit was last read, and for which file, without its words (what a cache of its findings checks). */
export function exhibitWordsStamp(db: ReadableDB, evidenceId: number): { sha256: string; readAt: string } | null {
  if (!hasTable(db, 'exhibit_words')) return null;
  const row = db.prepare('SELECT sha256, read_at AS readAt FROM exhibit_words WHERE evidence_id = ?').get(evidenceId) as { sha256: string; readAt: string } | undefined;
  return row ?? null;
}

/** Which of these exhibits have been read (against their files as they are now). */
export function exhibitsRead(db: ReadableDB, files: readonly { id: number; sha256: string }[]): Set<number> {
  if (!hasTable(db, 'exhibit_words') || !files.length) return new Set();
  const get = db.prepare('SELECT sha256 FROM exhibit_words WHERE evidence_id = ?');
  return new Set(files.filter((f) => (get.get(f.id) as { sha256: string } | undefined)?.sha256 === f.sha256).map((f) => f.id));
}

export function putExhibitWords(db: WritableDB, w: { evidenceId: number; caseId: number; sha256: string; at: string; read: ExhibitWords }): void {
  db.prepare(
    `INSERT INTO exhibit_words (evidence_id, case_id, sha256, pages, problem, read_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (evidence_id) DO UPDATE SET case_id = excluded.case_id, sha256 = excluded.sha256, pages = excluded.pages, problem = excluded.problem, read_at = excluded.read_at`,
  ).run(w.evidenceId, w.caseId, w.sha256, w.read.ok ? JSON.stringify(w.read.pages) : '[]', w.read.ok ? null : w.read.problem, w.at);
}
