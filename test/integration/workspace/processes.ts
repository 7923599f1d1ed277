import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Helpers for tests where two Hearth processes meet on one workspace. */

const ROOT = join(__dirname, '..', '..', '..');
const NODE_MODULES = join(ROOT, 'node_modules');

/** Bundles lock-holder.ts once so each child starts in ~100 ms instead of paying for a TypeScript loader. */
export async function bundleLockHolder(outDir: string): Promise<string> {
  const outfile = join(outDir, 'lock-holder.cjs');
  await build({ entryPoints: [join(__dirname, 'lock-holder.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, external: ['better-sqlite3-multiple-ciphers'], logLevel: 'error', nodePaths: [NODE_MODULES] });
  return outfile;
}

function waitForLine(child: ChildProcess, pattern: RegExp, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start within 30 s.\n${out}${err}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = pattern.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with code ${code} before it was ready.\n${out}${err}`));
    });
  });
}

/** A process holding the workspace lock: idle, or spinning so its event loop never turns. */
export async function startLockHolder(holderScript: string, dir: string, kind: string, command: string, mode: 'idle' | 'spin'): Promise<ChildProcess> {
  const child = spawn(process.execPath, [holderScript, dir, kind, command, mode], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: NODE_MODULES } });
  await waitForLine(child, /held\n/, 'the lock holder');
  return child;
}

/** Browser mode as `npm start` runs it where Electron is missing (from source, through tsx). */
export async function startBrowserMode(dir: string): Promise<ChildProcess> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('HEARTH_')));
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/office/browser-mode.ts', '--workspace', dir, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: base });
  await waitForLine(child, /Hearth is running in browser mode at \S+/, 'browser mode');
  return child;
}

/** Runs browser mode expecting it to refuse: its exit code and what it said. */
export function browserModeRefusal(dir: string): Promise<{ code: number | null; stderr: string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('HEARTH_')));
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/office/browser-mode.ts', '--workspace', dir, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: base });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

/** SIGKILL, the way a crash or a power cut ends a process: nothing of it runs afterwards. */
export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await exited;
}
