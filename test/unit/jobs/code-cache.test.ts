import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { codeCacheFile, LOADER } from '../../../main/jobs/code-cache';
import { compileAsUsual, compileForOneShot } from '../../../main/jobs/one-shot-v8';
// @ts-expect-error: the build script is plain JavaScript
import { makeCodeCache } from '../../../scripts/build.mjs';

/**
 * Issue 15 (a cold `hearth bundle`): a built worker loads with the V8 code cache scripts/build.mjs made
 * beside it, and only with the one made from its exact source. A small stand-in for the worker file: it
 * answers with what the loader recorded and with what its own function computes.
 */
const made: string[] = [];
afterAll(() => {
  compileAsUsual();
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const workerSource = (answer: string) => `
const { isMainThread, parentPort } = require('node:worker_threads');
function answer(n) { let s = 0; for (let i = 0; i < n; i += 1) s += i; return '${answer}:' + s; }
exports.warmUpForCodeCache = async () => { answer(1000); };
if (!isMainThread) parentPort.postMessage({ cache: globalThis.hearthCodeCache, answer: answer(10), dirname: __dirname, filename: __filename });
`;

function runLoaded(file: string): Promise<{ cache: string; answer: string; dirname: string; filename: string }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOADER, { eval: true, argv: [file] });
    worker.once('message', (m: { cache: string; answer: string; dirname: string; filename: string }) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('the code cache of a built worker', () => {
  it('is made by the build, used by the loader for that source, ignored for any other (even of the same length), and never needed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-code-cache-'));
    made.push(dir);
    const file = join(dir, 'stand-in-worker.cjs');
    writeFileSync(file, workerSource('first'));

    // No cache yet: compiled as usual.
    expect(await runLoaded(file)).toEqual({ cache: 'none', answer: 'first:45', dirname: dir, filename: file });

    (makeCodeCache as (file: string) => void)(file);
    // Made under a one-shot build's V8 flags (one-shot-v8.ts): used under them, rejected by V8 under the defaults.
    compileForOneShot();
    expect(await runLoaded(file)).toEqual({ cache: 'used', answer: 'first:45', dirname: dir, filename: file });
    compileAsUsual();
    expect(await runLoaded(file)).toEqual({ cache: 'rejected', answer: 'first:45', dirname: dir, filename: file });
    compileForOneShot();

    // A rebuilt file of exactly the same length: V8's own check would take the old cache; the digest does not.
    writeFileSync(file, workerSource('other'));
    expect(await runLoaded(file)).toMatchObject({ cache: 'stale', answer: 'other:45' });

    unlinkSync(codeCacheFile(file));
    expect(await runLoaded(file)).toMatchObject({ cache: 'none', answer: 'other:45' });
  });
});
