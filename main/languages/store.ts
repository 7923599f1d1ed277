import { NOTICE_LANGUAGES, type NoticeTranslation } from '../../shared/languages/interpreter-notices';
import type { ReadableDB, WritableDB } from '../db/connection';

/** The notice_translations table (migration 0024): insert once, never change. */

export interface NoticeVersionRow {
  language: string;
  version: number;
  text: string;
  source: string;
  checked: boolean;
  reverted: boolean;
  createdBy: string;
  createdAt: string;
}

type Raw = Omit<NoticeVersionRow, 'checked' | 'reverted'> & { checked: number; reverted: number };
const row = (r: Raw): NoticeVersionRow => ({ ...r, checked: r.checked === 1, reverted: r.reverted === 1 });

export function noticeHistory(db: ReadableDB, language: string): NoticeVersionRow[] {
  return (
    db
      .prepare(
        `SELECT n.language, n.version, n.text, n.source, n.checked, n.reverted, u.display_name AS createdBy, n.created_at AS createdAt
         FROM notice_translations n JOIN users u ON u.id = n.created_by WHERE n.language = ? ORDER BY n.version DESC`,
      )
      .all(language) as Raw[]
  ).map(row);
}

/** The latest version of each language that has one. */
function latestVersions(db: ReadableDB): Map<string, NoticeVersionRow> {
  const rows = db
    .prepare(
      `SELECT n.language, n.version, n.text, n.source, n.checked, n.reverted, u.display_name AS createdBy, n.created_at AS createdAt
       FROM notice_translations n JOIN users u ON u.id = n.created_by
       WHERE n.version = (SELECT max(version) FROM notice_translations m WHERE m.language = n.language)`,
    )
    .all() as Raw[];
  return new Map(rows.map((r) => [r.language, row(r)]));
}

/** The file's translations with this workspace's corrections in place (a reverted language uses the file's words). */
export function currentNoticeTranslations(db: ReadableDB): NoticeTranslation[] {
  const latest = latestVersions(db);
  return NOTICE_LANGUAGES.map((t) => {
    const v = latest.get(t.name);
    return v && !v.reverted ? { ...t, text: v.text, source: v.source, checked: v.checked } : t;
  });
}

/** The version a language is on: 0 for the file's words, else the workspace's latest. */
export function currentNoticeVersion(db: ReadableDB, language: string): number {
  const v = latestVersions(db).get(language);
  return v && !v.reverted ? v.version : 0;
}

export function insertNoticeVersion(db: WritableDB, n: { language: string; text: string; source: string; checked: boolean; reverted: boolean; by: number; at: string }): number {
  const last = db.prepare('SELECT max(version) AS v FROM notice_translations WHERE language = ?').get(n.language) as { v: number | null };
  const version = (last.v ?? 0) + 1;
  db.prepare('INSERT INTO notice_translations (language, version, text, source, checked, reverted, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    n.language,
    version,
    n.reverted ? '' : n.text,
    n.reverted ? '' : n.source,
    n.checked && !n.reverted ? 1 : 0,
    n.reverted ? 1 : 0,
    n.by,
    n.at,
  );
  return version;
}
