import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { ConnectionSignal } from '../../../main/jobs/connection-signal';
import { WORKER_NAMES, workerEntry } from '../../../main/jobs/worker-file';
import type { FromRefreshWorker, RefreshWorkerData } from '../../../main/standards/refresh-worker';
import { createWorkspace } from '../../../main/workspace/create';
// @ts-expect-error: the build script is plain JavaScript (its exports are checked here)
import { ESBUILD_COMMON, WORKER_ENTRIES } from '../../../scripts/build.mjs';

/**
 * Issue 14: every worker is a real entry file in main/workers/, built by scripts/build.mjs into its own
 * bundle beside the app's (out/main/<name>-worker.cjs), and run from the sources by tsx in tests. This
 * holds the two lists together and runs a built worker the way the packaged app does.
 */
const ROOT = join(__dirname, '..', '..', '..');
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

describe('worker entry files', () => {
  it('each worker name has its entry file in main/workers/ and its bundle in scripts/build.mjs, and nothing else is there', () => {
    const entries = WORKER_ENTRIES as Record<string, string>;
    expect(Object.keys(entries).sort()).toEqual(WORKER_NAMES.map((n) => `${n}-worker`).sort());
    for (const name of WORKER_NAMES) {
      expect(entries[`${name}-worker`]).toBe(`main/workers/${name}.ts`);
      expect(workerEntry(name).file).toBe(join(ROOT, 'main', 'workers', `${name}.ts`));
    }
    expect(readdirSync(join(ROOT, 'main', 'workers')).sort()).toEqual(WORKER_NAMES.map((n) => `${n}.ts`).sort());
  });

  it('the built deadlines worker opens an encrypted workspace with a transferred key, works, closes and says so', async () => {
    // Inside the repository, so the bundle finds the native database module in node_modules as out/main does.
    const parent = join(ROOT, 'node_modules', '.cache');
    mkdirSync(parent, { recursive: true });
    const dir = mkdtempSync(join(parent, 'hearth-worker-entries-'));
    made.push(dir);
    const file = join(dir, 'deadlines-worker.cjs');
    await build({ ...(ESBUILD_COMMON as object), logLevel: 'silent', entryPoints: [join(ROOT, (WORKER_ENTRIES as Record<string, string>)['deadlines-worker']!)], outfile: file });

    const wsDir = mkdtempSync(join(tmpdir(), 'hearth-test-'));
    made.push(wsDir);
    const created = createWorkspace(join(wsDir, 'workspace'), { workspaceName: 'Office', admin: { username: 'ada', displayName: 'Ada', passphrase: 'correct horse battery staple' }, now: new Date(), slotCost: { N: 1024, r: 8, p: 1 } });
    const key = new Uint8Array(created.open.masterKey);
    const dbPath = created.open.paths.db;
    created.open.close();

    const signal = new ConnectionSignal();
    const data: RefreshWorkerData = { dbPath, key: key.buffer, now: Date.now(), batchSize: 10, spawnedAt: Date.now(), signal: signal.buffer };
    const worker = new Worker(file, { workerData: data, transferList: [key.buffer] });
    const messages: FromRefreshWorker[] = [];
    worker.on('message', (m: FromRefreshWorker) => messages.push(m));
    await new Promise((resolve) => worker.once('exit', resolve));
    expect(key.byteLength).toBe(0); // handed over, not copied
    expect(messages).toEqual([expect.objectContaining({ type: 'done', cases: 0, rewritten: 0 })]);
    // It said it had closed its connection: a stop now returns at once.
    expect(signal.stopAndWait(0)).toBe(true);
  });
});
