import type { BundleManifest, BundlePlan, BundleSummary, BundleWarning } from '../../shared/schemas/bundles';
import type { ReadableDB, WritableDB } from '../db/connection';

/** The bundles tables (migration 0008). Files are kept in 1 MiB pieces, like evidence. */
export type BundlePart = 'pdf' | 'index-docx';
export const PIECE = 1024 * 1024;

interface Row {
  id: number;
  case_id: number;
  letter: string;
  file_name: string;
  status: BundleSummary['status'];
  based_on: number | null;
  plan: string;
  manifest: string | null;
  page_count: number | null;
  size: number | null;
  sha256: string | null;
  warnings: string;
  error: string | null;
  built_by_name: string;
  started_at: string;
  finished_at: string | null;
}

const SELECT = 'SELECT b.*, u.display_name AS built_by_name FROM bundles b JOIN users u ON u.id = b.built_by';

const parse = <T>(json: string | null, fallback: T): T => {
  if (!json) return fallback;
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
};

function toSummary(r: Row): BundleSummary {
  const warnings = parse<BundleWarning[]>(r.warnings, []);
  if (r.error) warnings.unshift({ code: 'build-failed', severity: 'error', message: r.error, key: null });
  return {
    id: r.id,
    caseId: r.case_id,
    letter: r.letter,
    fileName: r.file_name,
    status: r.status,
    pageCount: r.page_count,
    size: r.size,
    sha256: r.sha256,
    basedOn: r.based_on,
    builtBy: r.built_by_name,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    warnings,
  };
}

export function insertBundle(db: WritableDB, b: { caseId: number; letter: string; fileName: string; basedOn: number | null; plan: BundlePlan; by: number; at: string }): number {
  return Number(
    db
      .prepare(`INSERT INTO bundles (case_id, letter, file_name, status, based_on, plan, built_by, started_at) VALUES (?, ?, ?, 'building', ?, ?, ?, ?)`)
      .run(b.caseId, b.letter, b.fileName, b.basedOn, JSON.stringify(b.plan), b.by, b.at).lastInsertRowid,
  );
}

export function appendPiece(db: WritableDB, bundleId: number, part: BundlePart, seq: number, data: Uint8Array): void {
  db.prepare('INSERT INTO bundle_files (bundle_id, part, seq, data) VALUES (?, ?, ?, ?)').run(bundleId, part, seq, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
}

export function finishBundle(db: WritableDB, id: number, f: { manifest: BundleManifest; pageCount: number; size: number; sha256: string; warnings: BundleWarning[]; at: string }): void {
  db.prepare(`UPDATE bundles SET status = 'ready', manifest = ?, page_count = ?, size = ?, sha256 = ?, warnings = ?, finished_at = ? WHERE id = ?`).run(
    JSON.stringify(f.manifest),
    f.pageCount,
    f.size,
    f.sha256,
    JSON.stringify(f.warnings),
    f.at,
    id,
  );
}

/** A build that did not finish keeps its record (what was tried, by whom, why it stopped) but not its partial file. */
export function abandonBundle(db: WritableDB, id: number, status: 'failed' | 'cancelled', error: string | null, at: string): void {
  db.transaction(() => {
    db.prepare('DELETE FROM bundle_files WHERE bundle_id = ?').run(id);
    db.prepare('UPDATE bundles SET status = ?, error = ?, finished_at = ? WHERE id = ?').run(status, error, at, id);
  })();
}

/** Builds left 'building' by a process that stopped (a crash, a lock that closed the database). */
export function abandonStale(db: WritableDB, caseId: number, running: ReadonlySet<number>, at: string): void {
  const stale = (db.prepare("SELECT id FROM bundles WHERE case_id = ? AND status = 'building'").all(caseId) as { id: number }[]).filter((r) => !running.has(r.id));
  for (const r of stale) abandonBundle(db, r.id, 'failed', 'The build was interrupted (Hearth stopped or the workspace was locked) before it finished.', at);
}

export function listBundles(db: ReadableDB, caseId: number): BundleSummary[] {
  return (db.prepare(`${SELECT} WHERE b.case_id = ? ORDER BY b.id DESC`).all(caseId) as Row[]).map(toSummary);
}

export function getBundle(db: ReadableDB, id: number): { summary: BundleSummary; manifest: BundleManifest | null; plan: BundlePlan } | null {
  const r = db.prepare(`${SELECT} WHERE b.id = ?`).get(id) as Row | undefined;
  if (!r) return null;
  return { summary: toSummary(r), manifest: parse<BundleManifest | null>(r.manifest, null), plan: parse<BundlePlan>(r.plan, {} as BundlePlan) };
}

export function readBundlePart(db: ReadableDB, id: number, part: BundlePart): Buffer {
  const rows = db.prepare('SELECT data FROM bundle_files WHERE bundle_id = ? AND part = ? ORDER BY seq').all(id, part) as { data: Buffer }[];
  return Buffer.concat(rows.map((r) => r.data));
}
