#!/usr/bin/env node
// `npm start [-- options]`: builds out/, then runs Hearth in Electron where Electron's binary is
// installed, and otherwise in browser mode (DESIGN §1), saying so in one line. Options after `--` go to
// the app (browser mode understands --workspace DIR and --port N); `--browser` forces browser mode.
//
// Electron and plain Node need different builds of the native database module (their ABIs differ).
// node_modules keeps the Node build (CLI, tests, browser mode). For Electron a copy of the package is
// kept in .electron-native/ and rebuilt there with @electron/rebuild; main/db/connection.ts loads that
// copy's .node file when HEARTH_NATIVE_BINDING names it. The copy is rebuilt only when the package
// version, Electron version, platform or architecture changes (stamp.json). The packaged app does not
// need any of this: electron-builder rebuilds node_modules for Electron itself (npmRebuild).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NATIVE_PACKAGE = 'better-sqlite3-multiple-ciphers';
const NATIVE_DIR = join(ROOT, '.electron-native');

/**
 * The Electron executable, or null. Read from the package's path.txt rather than require('electron'): since
 * Electron 42, requiring it when the binary is missing starts a download (with no time limit), which on a
 * machine that cannot reach Electron's release host would stall `npm start` instead of falling back.
 */
export function electronBinary() {
  const dir = join(ROOT, 'node_modules', 'electron');
  try {
    const path = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8').trim());
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Returns the .node file of better-sqlite3-multiple-ciphers built for this Electron, building it if needed. */
export function ensureElectronNative(electronVersion) {
  const source = join(ROOT, 'node_modules', NATIVE_PACKAGE);
  const copy = join(NATIVE_DIR, NATIVE_PACKAGE);
  const binding = join(copy, 'build', 'Release', 'better_sqlite3.node');
  const stampFile = join(NATIVE_DIR, 'stamp.json');
  const { version } = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  const stamp = JSON.stringify({ package: version, electron: electronVersion, platform: process.platform, arch: process.arch });
  if (existsSync(binding) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return binding;

  const cli = join(ROOT, 'node_modules', '@electron', 'rebuild', 'lib', 'cli.js');
  if (!existsSync(cli)) throw new Error('@electron/rebuild is not installed');
  console.log(`Building ${NATIVE_PACKAGE} ${version} for Electron ${electronVersion} in .electron-native/ (once; this can take a few minutes)…`);
  rmSync(NATIVE_DIR, { recursive: true, force: true });
  mkdirSync(NATIVE_DIR, { recursive: true });
  // The sources only: the copy's build/ (made for Node) is left behind so nothing stale is reused.
  cpSync(source, copy, {
    recursive: true,
    filter: (path) => {
      const rel = relative(source, path);
      return rel !== 'build' && !rel.startsWith(`build${sep}`);
    },
  });
  // -m: the folder to rebuild (the copy itself, which has binding.gyp); -o: build no other module, so the
  // Node build in node_modules/ is never touched; -v: the Electron version whose headers to build against.
  const result = spawnSync(process.execPath, [cli, '-m', copy, '-v', electronVersion, '-o', NATIVE_PACKAGE], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(binding)) {
    throw new Error(`@electron/rebuild did not produce ${relative(ROOT, binding)} (${result.error?.message ?? `exit code ${result.status}`})`);
  }
  writeFileSync(stampFile, stamp);
  return binding;
}

/** Runs the child with our stdio, passes Ctrl+C and termination on, and exits with its exit code. */
function run(command, args, env) {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 128 + (constants.signals[signal] ?? 1) : 1));
  });
}

function startBrowserMode(reason, args) {
  console.log(`${reason}, so Hearth is starting in browser mode.`);
  run(process.execPath, [join(ROOT, 'out', 'main', 'browser.cjs'), ...args], process.env);
}

function startElectron(electronPath, args) {
  const electronVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  let binding;
  try {
    binding = ensureElectronNative(electronVersion);
  } catch (error) {
    startBrowserMode(`The database module could not be built for Electron (${error.message})`, args);
    return;
  }
  const env = { ...process.env, HEARTH_NATIVE_BINDING: binding };
  // Set by some editors' terminals; it would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  // The project folder, not out/main/app.cjs directly: Electron then runs package.json's "main"
  // (out/main/app.cjs) under the productName "Hearth", so its user-data folder (and the workspace in
  // it) is the same one browser mode and the CLI use.
  run(electronPath, [ROOT, ...args], env);
}

async function main() {
  process.chdir(ROOT);
  const args = process.argv.slice(2);
  const forceBrowser = args.includes('--browser');
  const appArgs = args.filter((a) => a !== '--browser');
  const { buildAll } = await import('./build.mjs');
  await buildAll();
  const electronPath = forceBrowser ? null : electronBinary();
  if (forceBrowser) startBrowserMode('Browser mode was asked for (--browser)', appArgs);
  else if (!electronPath) startBrowserMode("Electron's binary is not installed on this machine", appArgs);
  else startElectron(electronPath, appArgs);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
