import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
// @ts-expect-error: the build script is plain JavaScript (test/unit/jobs/worker-entries.test.ts checks its exports)
import { ESBUILD_COMMON, makeCodeCache, WORKER_ENTRIES } from '../../scripts/build.mjs';

/**
 * What a user runs, built for the bench (issue 15): the bundle build script and the `hearth` CLI as
 * esbuild CommonJS bundles, with the bundle worker's own bundle beside them, exactly as scripts/build.mjs
 * lays out out/main (main/jobs/worker-file.ts then starts bundle-worker.cjs, not the .ts through tsx),
 * with its V8 code cache as the build makes it (main/jobs/code-cache.ts).
 * Built inside node_modules/.cache so the bundles find the native SQLite module the way out/main does.
 */
export interface BenchBuild {
  buildScript: string;
  cli: string;
  dir: string;
}

const ROOT = join(__dirname, '..', '..');

export async function bundleForBench(): Promise<BenchBuild> {
  // npm ci makes no node_modules/.cache: a first bench on a fresh checkout makes it.
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'hearth-bench-'));
  await build({
    ...(ESBUILD_COMMON as object),
    entryPoints: { 'bundle-build': join(ROOT, 'test', 'bench', 'bundle-build.ts'), cli: join(ROOT, 'main', 'cli', 'index.ts'), 'bundle-worker': join(ROOT, (WORKER_ENTRIES as Record<string, string>)['bundle-worker']!) },
    outdir: dir,
    outExtension: { '.js': '.cjs' },
  });
  // HEARTH_BENCH_NO_CODE_CACHE=1 leaves it out, to measure what it saves in the same conditions.
  if (!process.env.HEARTH_BENCH_NO_CODE_CACHE) (makeCodeCache as (file: string) => void)(join(dir, 'bundle-worker.cjs'));
  // The bench's temporary folder goes at the end of the run; this one is in node_modules, so it goes with the process.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return { buildScript: join(dir, 'bundle-build.cjs'), cli: join(dir, 'cli.cjs'), dir };
}
