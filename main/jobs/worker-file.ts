import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { codeCacheFile, LOADER } from './code-cache';
import { compilingForOneShot } from './one-shot-v8';

/**
 * Starts a worker thread on one of Hearth's worker entry files (main/workers/*.ts): real modules,
 * type-checked and linted like the rest of main.
 *
 * - From the esbuild bundles (out/main/*.cjs: the app, browser mode, the CLI), each entry is its own
 *   bundle beside them, out/main/<name>-worker.cjs (scripts/build.mjs builds one per name below).
 * - From the TypeScript sources (vitest, tsx: `npm run hearth`, `npm run bench`), the worker runs the
 *   entry's .ts file with tsx's CommonJS loader (`--require tsx/cjs`), so tests run the very file the
 *   build bundles, with nothing to build first. tsx keeps a cache of what it compiled, so only the first
 *   worker of a run pays for compiling.
 */
export const WORKER_NAMES = ['bundle', 'pdf-check', 'deadlines', 'letters', 'exhibit-redact', 'window-letters', 'exhibit-read', 'page-image'] as const;
export type WorkerName = (typeof WORKER_NAMES)[number];

const fromSources = __filename.endsWith('.ts');

/** The file a worker of this name runs, and the Node options it needs to run it. */
export function workerEntry(name: WorkerName): { file: string; execArgv: string[] } {
  if (!fromSources) return { file: join(__dirname, `${name}-worker.cjs`), execArgv: [] };
  const tsx = createRequire(__filename).resolve('tsx/cjs');
  return { file: join(__dirname, '..', 'workers', `${name}.ts`), execArgv: ['--require', tsx] };
}

export function startWorker(name: WorkerName, options: Omit<WorkerOptions, 'eval' | 'execArgv' | 'argv'> = {}): Worker {
  const { file, execArgv } = workerEntry(name);
  // A built worker with a code cache beside it (scripts/build.mjs) loads through it: see code-cache.ts.
  // Only a one-shot build's (one-shot-v8.ts): the cache is made under its V8 flags, and V8 rejects it
  // under any others. Not in Electron: its V8 is not the one that made the cache.
  if (!fromSources && !process.versions.electron && compilingForOneShot() && existsSync(codeCacheFile(file))) return new Worker(LOADER, { ...options, eval: true, argv: [file], execArgv });
  return new Worker(file, { ...options, execArgv });
}
