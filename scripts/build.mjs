#!/usr/bin/env node
// Builds everything `npm start`, the CLI and packaging need into out/:
//   out/renderer/          the React app (Vite)
//   out/main/app.cjs       Electron main process     out/preload/index.cjs  the preload (sandboxed: one bundle)
//   out/main/browser.cjs   browser mode               out/main/cli.cjs       the `hearth` command
//   out/main/<name>-worker.cjs  one per worker entry in main/workers/ (main/jobs/worker-file.ts starts them)
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';

const external = ['electron', 'better-sqlite3-multiple-ciphers'];
export const ESBUILD_COMMON = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'warning', external };

/** Each worker thread's own bundle, beside the bundles that start it (the names are WORKER_NAMES in main/jobs/worker-file.ts). */
export const WORKER_ENTRIES = {
  'bundle-worker': 'main/workers/bundle.ts',
  'pdf-check-worker': 'main/workers/pdf-check.ts',
  'deadlines-worker': 'main/workers/deadlines.ts',
  'letters-worker': 'main/workers/letters.ts',
};

export async function buildAll({ quiet = false } = {}) {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'warn' : 'info' });
  await Promise.all([
    esbuild({ ...ESBUILD_COMMON, entryPoints: { app: 'main/app/main.ts', browser: 'main/browser/serve.ts', cli: 'main/cli/index.ts', ...WORKER_ENTRIES }, outdir: 'out/main', outExtension: { '.js': '.cjs' } }),
    // A sandboxed preload may only require('electron'): everything else is bundled in.
    esbuild({ ...ESBUILD_COMMON, entryPoints: { index: 'preload/index.ts' }, outdir: 'out/preload', outExtension: { '.js': '.cjs' }, external: ['electron'] }),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildAll().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
