import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/connection';
import { auditHead, verifyChain } from '../../../main/security/audit';
import { workspacePaths } from '../../../main/workspace/paths';
import { makeWorkspace } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { readParts } from './forge';

/**
 * Issue 13, finding 3: a backup taken while another connection wrote recorded the audit head read after
 * its snapshot, so the backup's own check failed ("events were removed from the end"), every time. The
 * head must be the snapshot's own.
 */
const temp = useTempDirs();
const NODE_MODULES = join(__dirname, '..', '..', '..', 'node_modules');
let scriptDir = '';
let writer = '';

beforeAll(async () => {
  scriptDir = mkdtempSync(join(tmpdir(), 'hearth-audit-writer-'));
  writer = join(scriptDir, 'audit-writer.cjs');
  await build({ entryPoints: [join(__dirname, 'audit-writer.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: writer, external: ['better-sqlite3-multiple-ciphers'], logLevel: 'error', nodePaths: [NODE_MODULES] });
});
afterAll(() => rmSync(scriptDir, { recursive: true, force: true }));

function startWriter(dbPath: string, key: Buffer): Promise<{ stop(): Promise<number> }> {
  const child = spawn(process.execPath, [writer, dbPath, key.toString('hex')], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: NODE_MODULES } });
  let latest = 0;
  let ready = false;
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      const counts = d.toString().trim().split('\n').map(Number);
      latest = Math.max(latest, ...counts);
      if (!ready && latest > 20) {
        ready = true;
        resolve({
          stop: async () => {
            const exited = new Promise<void>((done) => child.once('exit', () => done()));
            child.kill('SIGKILL');
            await exited;
            return latest;
          },
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`the writer stopped (code ${code}): ${stderr}`)));
  });
}

describe('a backup taken while another connection writes', () => {
  it('records the audit head of its own snapshot, every time', async () => {
    const app = await makeWorkspace(temp());
    const { ws } = app.core.sessions.current()!;
    const key = Buffer.from(ws.masterKey);
    const folder = temp();
    const running = await startWriter(workspacePaths(app.dir).db, key);
    const made = [];
    try {
      for (let i = 0; i < 6; i += 1) {
        const r = await app.call('backup:create', { folder });
        expect(r, `backup ${i + 1}`).toMatchObject({ ok: true });
        if (r.ok) made.push(r.value);
      }
    } finally {
      expect(await running.stop()).toBeGreaterThan(20); // it really was writing throughout
    }
    for (const backup of made) {
      const { header, database } = readParts(backup.path);
      const copy = join(temp(), 'inside.db');
      writeFileSync(copy, database);
      const db = openDatabase(copy, key, { readonly: true });
      try {
        expect(header.auditHead).toEqual(backup.auditHead);
        expect(auditHead(db)).toEqual(header.auditHead); // the head recorded is the snapshot's own
        expect(verifyChain(db, header.auditHead).ok).toBe(true);
      } finally {
        db.close();
        rmSync(copy);
      }
    }
    // The writer wrote between the backups: their heads differ, and each is still in the live log.
    expect(new Set(made.map((b) => b.auditHead.seq)).size).toBe(made.length);
    for (const b of made) expect(verifyChain(ws.db, b.auditHead).ok).toBe(true);
  });
});
