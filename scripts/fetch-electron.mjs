#!/usr/bin/env node
// package.json "postinstall". Electron's binary comes from its package's install.js: up to Electron 41 that
// was its own postinstall (denied by "allowScripts": on machines that cannot reach Electron's release host it
// would fail the whole install); from Electron 42 it has none and downloads on the first require('electron')
// instead, which Hearth never relies on (scripts/start.mjs reads path.txt). This runs install.js here, with
// a time limit, and never fails: without the binary `npm start` uses browser mode. Skipped when
// ELECTRON_SKIP_BINARY_DOWNLOAD or CI is set. Always exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TIMEOUT_MS = 60_000;
const FALLBACK = 'npm start will use browser mode.';

const isSet = (value) => value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';

function main() {
  if (isSet(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) || isSet(process.env.CI)) {
    console.log(`Hearth: not downloading Electron's binary (ELECTRON_SKIP_BINARY_DOWNLOAD or CI is set); ${FALLBACK}`);
    return;
  }
  const root = fileURLToPath(new URL('..', import.meta.url));
  const electronDir = join(root, 'node_modules', 'electron');
  const install = join(electronDir, 'install.js');
  if (!existsSync(install)) {
    console.log(`Hearth: Electron is not installed (no devDependencies?); ${FALLBACK}`);
    return;
  }
  const result = spawnSync(process.execPath, [install], {
    cwd: electronDir,
    env: process.env,
    timeout: TIMEOUT_MS,
    killSignal: 'SIGKILL',
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status === 0) {
    console.log("Hearth: Electron's binary is installed; npm start will open the desktop app.");
    return;
  }
  const why = result.error?.code === 'ETIMEDOUT' ? `no answer within ${TIMEOUT_MS / 1000} s` : firstLine(result.stderr) || `exit code ${result.status}`;
  console.log(`Hearth: Electron's binary could not be downloaded (${why}); ${FALLBACK}`);
}

function firstLine(text) {
  return (text ?? '').split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 160) ?? '';
}

try {
  main();
} catch (error) {
  console.log(`Hearth: skipped fetching Electron's binary (${error?.message ?? error}); ${FALLBACK}`);
}
process.exit(0);
