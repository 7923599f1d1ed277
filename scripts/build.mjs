#!/usr/bin/env node
// Builds everything `npm start`, the CLI and packaging need into out/:
//   out/renderer/          the React app (Vite)
//   out/main/app.cjs       Electron main process     out/preload/index.cjs  the preload (sandboxed: one bundle)
//   out/main/browser.cjs   browser mode               out/main/cli.cjs       the `hearth` command
//   out/main/<name>-worker.cjs  one per worker entry in main/workers/ (main/jobs/worker-file.ts starts them)
//   out/main/bundle-worker.cjs.cache  the bundle worker's V8 code cache (main/jobs/code-cache.ts)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';

// Left in node_modules: native addons (the database, the canvas the redaction draws on) and tesseract.js,
// which starts its own worker script and wasm core from its package folder.
const external = ['electron', 'better-sqlite3-multiple-ciphers', '@napi-rs/canvas', 'tesseract.js'];
export const ESBUILD_COMMON = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'warning', external };

/** Each worker thread's own bundle, beside the bundles that start it (the names are WORKER_NAMES in main/jobs/worker-file.ts). */
export const WORKER_ENTRIES = {
  'bundle-worker': 'main/workers/bundle.ts',
  'pdf-check-worker': 'main/workers/pdf-check.ts',
  'deadlines-worker': 'main/workers/deadlines.ts',
  'letters-worker': 'main/workers/letters.ts',
  'exhibit-redact-worker': 'main/workers/exhibit-redact.ts',
  'window-letters-worker': 'main/workers/window-letters.ts',
  'exhibit-read-worker': 'main/workers/exhibit-read.ts',
  'page-image-worker': 'main/workers/page-image.ts',
};

/** The worker bundles that get a V8 code cache beside them (main/jobs/code-cache.ts): the bundle worker, whose start a cold `hearth bundle` pays for. */
export const CODE_CACHED = ['bundle-worker'];

/**
 * Makes `<file>.cache` for a built worker (main/jobs/code-cache.ts reads it): in a node process of its
 * own (with the one-shot build's V8 flags), loads the file as the worker's loader does (the same wrapped source), runs its exported
 * warmUpForCodeCache(), and writes the SHA-256 of the source followed by V8's data for what it compiled.
 */
export function makeCodeCache(file) {
  // Made under the flags a one-shot build compiles with (main/jobs/one-shot-v8.ts): V8 takes a code cache only under the flags it was made with.
  const flags = JSON.parse(readFileSync(new URL('../main/jobs/one-shot-v8-flags.json', import.meta.url), 'utf8'));
  const maker = `
const { createHash } = require('node:crypto');
const { readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');
const file = process.argv[1];
const source = readFileSync(file, 'utf8');
const script = new Script(Module.wrap(source), { filename: file });
const module_ = new Module(file, null);
module_.filename = file;
module_.paths = Module._nodeModulePaths(dirname(file));
script.runInThisContext().call(module_.exports, module_.exports, Module.createRequire(file), module_, file, dirname(file));
Promise.resolve(module_.exports.warmUpForCodeCache()).then(() => {
  writeFileSync(file + '.cache', Buffer.concat([createHash('sha256').update(source).digest(), script.createCachedData()]));
  process.exit(0);
}, (error) => {
  process.stderr.write(String((error && error.stack) || error));
  process.exit(1);
});`;
  const r = spawnSync(process.execPath, [...flags, '-e', maker, resolve(file)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`The code cache for ${file} could not be made: ${r.stderr}`);
}

/**
 * What the window loads has a budget (issue 14): the renderer's JavaScript it loads at start under 900 kB
 * (it was 2.25 MB while the bank-holiday tables came in through shared/reports), all of it (with the
 * screens that load when first opened: administration, reports, the legal team's) under 1.2 MB, and the
 * preload under 20 kB (it was 859 kB while it imported the whole contract for its channel names). A build
 * over any of them fails, saying which.
 */
export const BUDGETS = { renderer: 900_000, 'renderer (all)': 1_200_000, preload: 20_000 };

/** The sizes the budgets hold: what index.html loads at start (its script and the chunks it preloads), all the renderer's chunks, the preload. */
export function measureBuild(out = 'out') {
  const assets = join(out, 'renderer', 'assets');
  const size = (f) => statSync(join(assets, f)).size;
  const all = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const html = readFileSync(join(out, 'renderer', 'index.html'), 'utf8');
  const atStart = all.filter((f) => html.includes(`assets/${f}`));
  const preload = statSync(join(out, 'preload', 'index.cjs')).size;
  return { renderer: atStart.reduce((sum, f) => sum + size(f), 0), 'renderer (all)': all.reduce((sum, f) => sum + size(f), 0), preload };
}

function checkBudgets(quiet) {
  const sizes = measureBuild();
  const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
  const over = Object.entries(sizes).filter(([part, size]) => size > BUDGETS[part]);
  if (!quiet || over.length) for (const [part, size] of Object.entries(sizes)) console.log(`${part.padEnd(15)} ${kB(size).padStart(10)}  (budget ${kB(BUDGETS[part])})`);
  if (over.length) throw new Error(`Over budget: ${over.map(([part, size]) => `${part} is ${kB(size)}, more than ${kB(BUDGETS[part])}`).join('; ')}. Look for a module that pulls in a large library (npx vite build shows the chunk).`);
}

export async function buildAll({ quiet = false } = {}) {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'warn' : 'info' });
  await Promise.all([
    esbuild({ ...ESBUILD_COMMON, entryPoints: { app: 'main/app/main.ts', browser: 'main/office/browser-mode.ts', cli: 'main/cli/index.ts', ...WORKER_ENTRIES }, outdir: 'out/main', outExtension: { '.js': '.cjs' } }),
    // A sandboxed preload may only require('electron'): everything else is bundled in.
    esbuild({ ...ESBUILD_COMMON, entryPoints: { index: 'preload/index.ts' }, outdir: 'out/preload', outExtension: { '.js': '.cjs' }, external: ['electron'] }),
  ]);
  for (const name of CODE_CACHED) makeCodeCache(join('out', 'main', `${name}.cjs`));
  checkBudgets(quiet);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildAll().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
