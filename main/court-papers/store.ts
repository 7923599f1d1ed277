import { deemedService } from '../../shared/standards/deemed-service';
import { CourtPaper, type CourtPaperView } from '../../shared/schemas/court-papers';
import type { ReadableDB, WritableDB } from '../db/connection';
import { hasTable } from '../db/queries/meta';

/**
 * Court papers (migration 0017): certificates of service and case summaries, drafts and finalised. The
 * database refuses to change a finalised paper (a trigger).
 */
interface PaperRow {
  id: number;
  case_id: number;
  kind: string;
  status: 'draft' | 'final';
  fields: string;
  signed_on: string | null;
  deemed_on: string | null;
  saved_by: string;
  saved_at: string;
  finalised_by: string | null;
  finalised_at: string | null;
}

const SELECT = `SELECT p.*, s.display_name AS saved_by, f.display_name AS finalised_by
  FROM court_papers p JOIN users s ON s.id = p.saved_by LEFT JOIN users f ON f.id = p.finalised_by`;

function viewOf(r: PaperRow): CourtPaperView | null {
  const parsed = CourtPaper.safeParse({ kind: r.kind, fields: JSON.parse(r.fields) as unknown });
  if (!parsed.success) return null;
  const paper = parsed.data;
  return {
    id: r.id,
    caseId: r.case_id,
    status: r.status,
    paper,
    title: paper.kind === 'case-summary' ? 'Case summary' : `Certificate of service: ${paper.fields.document}`,
    deemed: paper.kind === 'service-certificate' ? deemedOf(paper.fields, r.deemed_on) : null,
    signedOn: r.signed_on,
    savedBy: r.saved_by,
    savedAt: r.saved_at,
    finalisedBy: r.finalised_by,
    finalisedAt: r.finalised_at,
  };
}

/** The deemed date: as it was worked out when finalised, else as the draft stands (null without a needed time). */
export function deemedOf(f: Extract<CourtPaper, { kind: 'service-certificate' }>['fields'], kept: string | null = null): CourtPaperView['deemed'] {
  try {
    const d = deemedService({ method: f.method, on: f.stepOn, at: f.stepAt, claimForm: f.claimForm });
    return { ...d, on: kept ?? d.on };
  } catch {
    return null;
  }
}

export function listCourtPapers(db: ReadableDB, caseId: number): CourtPaperView[] {
  if (!hasTable(db, 'court_papers')) return [];
  const rows = db.prepare(`${SELECT} WHERE p.case_id = ? ORDER BY p.id`).all(caseId) as PaperRow[];
  return rows.map(viewOf).filter((v): v is CourtPaperView => v !== null);
}

export function getCourtPaper(db: ReadableDB, id: number): CourtPaperView | null {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as PaperRow | undefined;
  return row ? viewOf(row) : null;
}

export function insertCourtPaper(db: WritableDB, caseId: number, paper: CourtPaper, by: number, at: string): number {
  return Number(
    db
      .prepare(`INSERT INTO court_papers (case_id, kind, status, fields, saved_by, saved_at) VALUES (?, ?, 'draft', ?, ?, ?)`)
      .run(caseId, paper.kind, JSON.stringify(paper.fields), by, at).lastInsertRowid,
  );
}

export function updateCourtPaper(db: WritableDB, id: number, paper: CourtPaper, by: number, at: string): void {
  db.prepare(`UPDATE court_papers SET fields = ?, saved_by = ?, saved_at = ? WHERE id = ? AND status = 'draft'`).run(JSON.stringify(paper.fields), by, at, id);
}

export function finaliseCourtPaper(db: WritableDB, id: number, signedOn: string, deemedOn: string | null, by: number, at: string): void {
  db.prepare(`UPDATE court_papers SET status = 'final', signed_on = ?, deemed_on = ?, finalised_by = ?, finalised_at = ? WHERE id = ? AND status = 'draft'`).run(signedOn, deemedOn, by, at, id);
}
