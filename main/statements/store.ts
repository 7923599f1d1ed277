import type { StatementVersion, StatementView } from '../../shared/schemas/statements';
import type { ReadableDB, WritableDB } from '../db/connection';
import { statementTitle } from './body';

/**
 * Witness statements and their versions (migration 0011). The database itself refuses to change a
 * finalised version (a trigger); a change after finalising is a new version.
 */
interface StatementRow {
  id: number;
  case_id: number;
  maker_user_id: number | null;
  maker_party_id: number | null;
  maker_name: string;
  initials: string;
  number: number;
}

interface VersionRow {
  statement_id: number;
  version: number;
  status: 'draft' | 'final';
  body: string;
  language: string;
  how_taken: string;
  translation: string | null;
  translator_name: string | null;
  translated_on: string | null;
  translator_certificate: string | null;
  truth_in_language: string | null;
  exhibits: string;
  statement_date: string | null;
  saved_by: string;
  saved_at: string;
  finalised_by: string | null;
  finalised_at: string | null;
}

export interface VersionFields {
  body: string;
  language: string;
  howTaken: string;
  exhibits: { evidenceId: number; mark: string }[];
  translation: { body: string; translatorName: string; translatedOn: string; certificate: string; truthInLanguage: string } | null;
}

const VERSIONS_SQL = `SELECT v.*, s.display_name AS saved_by, f.display_name AS finalised_by
  FROM statement_versions v JOIN users s ON s.id = v.saved_by LEFT JOIN users f ON f.id = v.finalised_by`;

function parseExhibits(json: string): { evidenceId: number; mark: string }[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((x): x is { evidenceId: number; mark: string } => typeof x?.evidenceId === 'number' && typeof x?.mark === 'string') : [];
  } catch {
    return [];
  }
}

function versionOf(r: VersionRow): StatementVersion {
  return {
    version: r.version,
    status: r.status,
    body: r.body,
    language: r.language,
    howTaken: r.how_taken,
    exhibits: parseExhibits(r.exhibits),
    translation:
      r.translation !== null
        ? { body: r.translation, translatorName: r.translator_name ?? '', translatedOn: r.translated_on ?? '', certificate: r.translator_certificate ?? '', truthInLanguage: r.truth_in_language ?? '' }
        : null,
    statementDate: r.statement_date,
    savedBy: r.saved_by,
    savedAt: r.saved_at,
    finalisedBy: r.finalised_by,
    finalisedAt: r.finalised_at,
  };
}

function viewOf(s: StatementRow, versions: VersionRow[]): StatementView {
  return {
    id: s.id,
    caseId: s.case_id,
    makerKind: s.maker_user_id !== null ? 'officer' : 'party',
    makerPartyId: s.maker_party_id,
    makerName: s.maker_name,
    initials: s.initials,
    number: s.number,
    title: statementTitle(s.number, s.maker_name),
    versions: versions.filter((v) => v.statement_id === s.id).sort((a, b) => b.version - a.version).map(versionOf),
  };
}

export function listStatements(db: ReadableDB, caseId: number): StatementView[] {
  const rows = db.prepare('SELECT * FROM witness_statements WHERE case_id = ? ORDER BY id').all(caseId) as StatementRow[];
  const versions = db.prepare(`${VERSIONS_SQL} WHERE v.statement_id IN (SELECT id FROM witness_statements WHERE case_id = ?)`).all(caseId) as VersionRow[];
  return rows.map((r) => viewOf(r, versions));
}

export function getStatement(db: ReadableDB, id: number): StatementView | null {
  const row = db.prepare('SELECT * FROM witness_statements WHERE id = ?').get(id) as StatementRow | undefined;
  if (!row) return null;
  return viewOf(row, db.prepare(`${VERSIONS_SQL} WHERE v.statement_id = ?`).all(id) as VersionRow[]);
}

/** The next number for a maker's statement on a case: their first is 1. */
export function nextStatementNumber(db: ReadableDB, caseId: number, maker: { userId: number | null; partyId: number | null }): number {
  const row = db
    .prepare('SELECT max(number) AS n FROM witness_statements WHERE case_id = ? AND (maker_user_id IS ? AND maker_party_id IS ?)')
    .get(caseId, maker.userId, maker.partyId) as { n: number | null };
  return (row.n ?? 0) + 1;
}

export function insertStatement(
  db: WritableDB,
  s: { caseId: number; makerUserId: number | null; makerPartyId: number | null; makerName: string; initials: string; number: number; by: number; at: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO witness_statements (case_id, maker_user_id, maker_party_id, maker_name, initials, number, created_by, created_at)
         VALUES (@caseId, @makerUserId, @makerPartyId, @makerName, @initials, @number, @by, @at)`,
      )
      .run(s).lastInsertRowid,
  );
}

function fieldParams(f: VersionFields) {
  const t = f.translation;
  return {
    body: f.body,
    language: f.language,
    howTaken: f.howTaken,
    exhibits: JSON.stringify(f.exhibits),
    translation: t?.body ?? null,
    translatorName: t?.translatorName ?? null,
    translatedOn: t?.translatedOn ?? null,
    certificate: t?.certificate ?? null,
    truth: t?.truthInLanguage ?? null,
  };
}

export function insertDraftVersion(db: WritableDB, statementId: number, version: number, f: VersionFields, by: number, at: string): void {
  db.prepare(
    `INSERT INTO statement_versions (statement_id, version, status, body, language, how_taken, translation, translator_name, translated_on, translator_certificate, truth_in_language, exhibits, saved_by, saved_at)
     VALUES (@statementId, @version, 'draft', @body, @language, @howTaken, @translation, @translatorName, @translatedOn, @certificate, @truth, @exhibits, @by, @at)`,
  ).run({ statementId, version, ...fieldParams(f), by, at });
}

/** Changes a draft; the trigger refuses if it was finalised meanwhile. */
export function updateDraftVersion(db: WritableDB, statementId: number, version: number, f: VersionFields, by: number, at: string): void {
  db.prepare(
    `UPDATE statement_versions SET body = @body, language = @language, how_taken = @howTaken, translation = @translation, translator_name = @translatorName,
       translated_on = @translatedOn, translator_certificate = @certificate, truth_in_language = @truth, exhibits = @exhibits, saved_by = @by, saved_at = @at
     WHERE statement_id = @statementId AND version = @version AND status = 'draft'`,
  ).run({ statementId, version, ...fieldParams(f), by, at });
}

export function finaliseVersion(db: WritableDB, statementId: number, version: number, signedOn: string, by: number, at: string): void {
  db.prepare(
    `UPDATE statement_versions SET status = 'final', statement_date = @signedOn, finalised_by = @by, finalised_at = @at
     WHERE statement_id = @statementId AND version = @version AND status = 'draft'`,
  ).run({ statementId, version, signedOn, by, at });
}
