import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { integrityCheck, openDatabase } from '../../../main/db/connection';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();
const KILLS = Number(process.env.HEARTH_CRASH_KILLS ?? 30);
let writer = '';

beforeAll(async () => {
  // Bundled once so each child starts in ~100 ms instead of paying for a TypeScript loader every time.
  writer = join(temp(), 'crash-writer.cjs');
  await build({ entryPoints: [join(__dirname, 'crash-writer.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: writer, external: ['better-sqlite3-multiple-ciphers'], logLevel: 'error', nodePaths: [join(__dirname, '../../../node_modules')] });
});

/** Runs the writer until it has acknowledged at least one commit, then SIGKILLs it after a random delay. */
function runAndKill(dbPath: string, keyHex: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dbPath, keyHex], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: join(__dirname, '../../../node_modules') } });
    let acked = 0;
    let buffer = '';
    let armed = false;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line) acked = Math.max(acked, Number(line));
      if (!armed && acked > 0) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), 5 + Math.floor(Math.random() * 200));
      }
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`writer exited without being killed: ${stderr}`))));
  });
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs mid-write with every acknowledged commit intact`, async () => {
    const dbPath = join(temp(), 'crash.db');
    const key = randomBytes(32);
    let everAcked = 0;
    for (let i = 0; i < KILLS; i += 1) {
      const acked = await runAndKill(dbPath, key.toString('hex'));
      everAcked = Math.max(everAcked, acked);
      const db = openDatabase(dbPath, key);
      try {
        const check = integrityCheck(db);
        expect(check, `after kill ${i + 1}`).toEqual({ ok: true, detail: 'ok' });
        const present = (db.prepare('SELECT count(*) AS n FROM t WHERE id <= ?').get(everAcked) as { n: number }).n;
        expect(present, `after kill ${i + 1}: acknowledged ids 1..${everAcked} present`).toBe(everAcked);
      } finally {
        db.close();
      }
    }
    expect(everAcked).toBeGreaterThan(KILLS);
  });
});
