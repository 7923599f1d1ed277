#!/usr/bin/env node
// Builds everything `npm start`, the CLI and packaging need into out/:
//   out/renderer/          the React app (Vite)
//   out/main/app.cjs       Electron main process     out/preload/index.cjs  the preload (sandboxed: one bundle)
//   out/main/browser.cjs   browser mode               out/main/cli.cjs       the `hearth` command
//   out/main/pdf-check-worker.cjs  the PDF check's worker thread (main/evidence/pdf-check.ts)
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';

const external = ['electron', 'better-sqlite3-multiple-ciphers'];
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'warning', external };

export async function buildAll({ quiet = false } = {}) {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'warn' : 'info' });
  await Promise.all([
    esbuild({ ...common, entryPoints: { app: 'main/app/main.ts', browser: 'main/browser/serve.ts', cli: 'main/cli/index.ts', 'pdf-check-worker': 'main/pdf/check-worker.ts' }, outdir: 'out/main', outExtension: { '.js': '.cjs' } }),
    // A sandboxed preload may only require('electron'): everything else is bundled in.
    esbuild({ ...common, entryPoints: { index: 'preload/index.ts' }, outdir: 'out/preload', outExtension: { '.js': '.cjs' }, external: ['electron'] }),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildAll().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
