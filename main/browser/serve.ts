import { join } from 'node:path';
import { backupOnClose } from '../backup/scheduled';
import { createCore } from '../core';
import { defaultWorkspaceDir } from '../workspace/default-dir';
import { acquireWorkspaceLock } from '../workspace/lock';
import { lockedDevice } from '../host/device-lock';
import type { Core } from '../core';
import { warmTemplatesInBackground } from '../documents/templates-warm-up';
import { startBrowserServer } from './server';

/**
 * `node out/main/browser.cjs [--workspace DIR] [--port N]`: browser mode's entry, started by
 * `npm start` where Electron's binary is missing, and by the end-to-end tests.
 */
function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(prepare: (core: Core) => void): Promise<void> {
  const deviceFile = argValue('--office-host');
  if (deviceFile) return forwardToHost(deviceFile);
  const dir = argValue('--workspace') ?? defaultWorkspaceDir();
  const port = Number(argValue('--port') ?? process.env.HEARTH_PORT ?? 0);
  const rendererDir = argValue('--renderer') ?? join(__dirname, '..', 'renderer');
  // One process per workspace, for as long as this server runs (a second one is told who has it).
  const lock = acquireWorkspaceLock(dir, { kind: 'browser', command: 'browser mode' });
  const core = createCore({ dir, exclusive: true, onUnlock: () => warmTemplatesInBackground() });
  // Settings → Office host can serve this workspace to the office's PCs from here (issue 22).
  prepare(core);
  core.sessions.startIdleTimer();
  // Issue 18 (P5.6): ABCs, warnings and orders expire on their own; the check runs once a day.
  setInterval(() => core.sweepExpiries(), 10 * 60_000).unref();
  const server = await startBrowserServer(core, rendererDir, port);
  process.stdout.write(`Hearth is running in browser mode at ${server.url}\n`);
  process.stdout.write(`Workspace: ${dir}\nOpen that address in Chromium, Chrome, Edge or Firefox on this computer. Press Ctrl+C to stop.\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    try {
      const path = backupOnClose(core);
      if (path) process.stdout.write(`Backed up to ${path}\n`);
    } catch (error) {
      process.stderr.write(`The backup on close failed: ${(error as Error).message}\n`);
    }
    core.sessions.stopIdleTimer();
    core.sessions.signOut();
    lock.release();
    void Promise.all([core.hosting?.stop(), server.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * `--office-host FILE`: this PC works on an office host (issue 22) instead of a local workspace. FILE is the
 * PC's enrolment (the host's address, its certificate and key, the pinned CA). No workspace is opened here.
 */
async function forwardToHost(file: string): Promise<void> {
  // The device file's key is encrypted (hearth enrol): the window asks for its passphrase (device:unlock),
  // unless HEARTH_DEVICE_PASSPHRASE gives it (headless use, tests); a wrong one there stops at start.
  const { forward, close } = lockedDevice(file, { passphrase: process.env.HEARTH_DEVICE_PASSPHRASE || undefined });
  const rendererDir = argValue('--renderer') ?? join(__dirname, '..', 'renderer');
  const port = Number(argValue('--port') ?? process.env.HEARTH_PORT ?? 0);
  const core = createCore({ dir: join(__dirname, 'no-local-workspace'), refreshDeadlines: false });
  const server = await startBrowserServer(core, rendererDir, port, { forward });
  process.stdout.write(`Hearth is running in browser mode at ${server.url}\nWorking on the office host named in ${file}. Press Ctrl+C to stop.\n`);
  const stop = () => {
    close();
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * Starts browser mode; `prepare` adds to the Core what lives above this folder (the office host's hosting,
 * main/office/browser-mode.ts, the built entry).
 */
export function runBrowserMode(prepare: (core: Core) => void = () => undefined): void {
  void main(prepare).catch((error: unknown) => {
    process.stderr.write(`Hearth could not start in browser mode: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
