import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { openDatabase, type DB } from '../../main/db/connection';
import { createCore } from '../../main/core';
import { alternatingPairs, median, ms, type PairedRatios, ratioText, timeIt } from './stats';

/** Issue 2's figures: unlock time at the real KDF cost, and encrypted vs plain SQLite on one workload. */

export function benchUnlock(runs = 5): number {
  const root = mkdtempSync(join(tmpdir(), 'hearth-bench-'));
  try {
    const core = createCore({ dir: join(root, 'ws'), log: () => undefined }); // default cost: scrypt N=2^18
    core.sessions.create({ workspaceName: 'Bench', admin: { username: 'bench', displayName: 'Bench', passphrase: 'quiet harbour lantern' } });
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      core.sessions.signOut();
      times.push(timeIt(() => core.sessions.signIn('bench', 'quiet harbour lantern')));
    }
    core.sessions.signOut();
    return median(times);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function openPlain(path: string): DB {
  const db = new Database(path) as DB;
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('mmap_size = 0');
  return db;
}

/** Inserts in small transactions (as an office app commits) and then queries by index and by range. */
function workload(db: DB, rows: number): void {
  db.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, case_ref TEXT NOT NULL, at TEXT NOT NULL, body TEXT NOT NULL) STRICT;
           CREATE INDEX notes_case ON notes (case_ref, at);`);
  const insert = db.prepare('INSERT INTO notes (case_ref, at, body) VALUES (?, ?, ?)');
  const batch = db.transaction((start: number) => {
    for (let i = start; i < start + 50; i += 1) insert.run(`C33-2026-${String(i % 2000).padStart(4, '0')}`, new Date(1.7e12 + i * 60_000).toISOString(), `Contact note ${i} `.repeat(12));
  });
  for (let i = 0; i < rows; i += 50) batch(i);
  const byCase = db.prepare('SELECT count(*), max(at) FROM notes WHERE case_ref = ?');
  for (let i = 0; i < 3000; i += 1) byCase.get(`C33-2026-${String(i % 2000).padStart(4, '0')}`);
  db.prepare("SELECT case_ref, count(*) FROM notes WHERE at > '2024' GROUP BY case_ref ORDER BY 2 DESC LIMIT 20").all();
}

/** One run of the workload on a fresh file, encrypted or plain; its time. */
function once(encrypted: boolean, rows: number): number {
  const root = mkdtempSync(join(tmpdir(), 'hearth-bench-'));
  try {
    const db = encrypted ? openDatabase(join(root, 'enc.db'), randomBytes(32), { create: true }) : openPlain(join(root, 'plain.db'));
    const t = timeIt(() => workload(db, rows));
    db.close();
    return t;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Encrypted against plain SQLite, as the median of alternating pairs (one pair once gave anything from 0.97× to 1.37×). */
export async function benchEncryptedVsPlain(rows = 20_000, pairs = 7): Promise<PairedRatios> {
  return alternatingPairs(pairs, () => once(true, rows), () => once(false, rows));
}

export async function runFoundationBench(): Promise<[string, string, string][]> {
  const unlock = benchUnlock();
  const cmp = await benchEncryptedVsPlain();
  return [
    ['unlock (scrypt N=2^18 + open + migrate check), median of 5', ms(unlock), 'target 300–1500 ms'],
    [`insert 20,000 rows in 400 commits + 3,000 indexed queries: encrypted, median of ${cmp.a.length}`, ms(median(cmp.a)), `runs ${cmp.a.map((x) => x.toFixed(0)).join(', ')} ms`],
    [`same workload: plain SQLite, same pragmas, median of ${cmp.b.length}`, ms(median(cmp.b)), `runs ${cmp.b.map((x) => x.toFixed(0)).join(', ')} ms`],
    ['encrypted / plain, pair by pair', ratioText(cmp.ratios), 'target ≤ 1.30×'],
  ];
}
