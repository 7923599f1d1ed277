import { join } from 'node:path';
import { app, dialog, powerMonitor, session } from 'electron';
import { backupOnClose } from '../backup/scheduled';
import { type Core, createCore } from '../core';
import { appHosting } from '../office/hosting';
import { acquireWorkspaceLock } from '../workspace/lock';
import { denyAllPermissions, hardenWebContents } from './hardening';
import { lockedDevice } from '../host/device-lock';
import { registerHostIpc, registerIpc } from './ipc-electron';
import { lockFromShell } from './lock';
import { installMenu } from './menu';
import { electronPrinter, PrintFiles } from './print';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { createMainWindow, focusMainWindow, isHearthWebContents, reloadHearthWindows } from './window';
import { openWindowStateStore } from './window-state';
import { warmTemplatesInBackground } from '../documents/templates-warm-up';

/**
 * Electron's entry (bundled to out/main/app.cjs by scripts/build.mjs). The shell only: windows, the app://
 * protocol, the menu, hardening and IPC registration. Every request ends in the same dispatch() as browser
 * mode and the CLI (DESIGN §1).
 */

// out/main/app.cjs sits beside out/preload/ and out/renderer/ (inside app.asar when packaged).
const OUT_DIR = join(__dirname, '..');
const PRELOAD_PATH = join(OUT_DIR, 'preload', 'index.cjs');
const RENDERER_DIR = join(OUT_DIR, 'renderer');

const log = (message: string) => process.stderr.write(`${message}\n`);

if (app.isPackaged) {
  // The packaged app's native module is rebuilt for Electron by electron-builder (npmRebuild). An
  // environment variable must not be able to make it load some other .node file (i.e. run native code).
  delete process.env.HEARTH_NATIVE_BINDING;
} else if (process.env.HEARTH_USER_DATA) {
  // Development and tests only: a throw-away profile (window state, single-instance lock).
  app.setPath('userData', process.env.HEARTH_USER_DATA);
}

// Before ready (security.md §1 item 4; protocol.md): every renderer sandboxed, app:// privileged.
app.enableSandbox();
registerAppScheme();

// Every WebContents, including any the app did not mean to create, is hardened as it appears.
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

if (!app.requestSingleInstanceLock()) {
  // Another Hearth is running with this profile: it gets focus (below) and this one leaves. Two
  // processes must never hold the same workspace open.
  app.quit();
} else {
  app.on('second-instance', () => focusMainWindow());
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      log(`main: Hearth could not start: ${(error as Error).stack ?? String(error)}`);
      dialog.showErrorBox('Hearth could not start', (error as Error).message ?? String(error));
      app.exit(1);
    });
}

function workspaceDir(): string {
  return process.env.HEARTH_WORKSPACE || join(app.getPath('userData'), 'workspace');
}

function onReady(): void {
  // A PC that works on an office host (issue 22) opens no workspace of its own: its device file says where.
  const deviceFile = process.env.HEARTH_OFFICE_HOST || argValue('--office-host');
  if (deviceFile) return workOnOfficeHost(deviceFile);
  // One process per workspace for the life of the app: the single-instance lock above covers one profile,
  // this covers the workspace (another profile, browser mode or a `hearth` command). A refusal names the
  // holder and ends up in the "could not start" box below.
  const workspaceLock = acquireWorkspaceLock(workspaceDir(), { kind: 'app', command: 'desktop app' });
  denyAllPermissions(session.defaultSession);
  const printFiles = new PrintFiles();
  handleAppProtocol(RENDERER_DIR, printFiles);

  const core = createCore({
    dir: workspaceDir(),
    exclusive: true,
    log,
    onUnlock: () => warmTemplatesInBackground(log),
    // An idle lock happens with nobody at the keyboard: reload so the case on screen disappears now,
    // rather than at the renderer's next status check.
    onLock: (reason) => {
      if (reason === 'idle') reloadHearthWindows();
    },
  });
  // Settings → Office host can serve this workspace to the office's PCs from the app (issue 22).
  core.hosting = appHosting(core);
  // Print opens the system print dialog over the app (issue 17), the letter's PDF as stored.
  core.printer = electronPrinter(printFiles);
  core.sessions.startIdleTimer();
  // Issue 18 (P5.6): ABCs, warnings and orders expire on their own; the check runs once a day.
  setInterval(() => core.sweepExpiries(), 10 * 60_000).unref();

  const lock = () => void lockFromShell(core, reloadHearthWindows);
  installMenu({ lock, dev: !app.isPackaged });
  powerMonitor.on('lock-screen', lock);
  powerMonitor.on('suspend', lock);

  // The store registers electron-store's own ipcMain listener, which registerIpc() then removes.
  const windowState = openWindowStateStore();
  registerIpc(core, isHearthWebContents);
  createMainWindow({ preloadPath: PRELOAD_PATH, state: windowState, devTools: !app.isPackaged, log });

  let closed = false;
  app.on('before-quit', () => {
    if (closed) return;
    closed = true;
    closeWorkspace(core);
    workspaceLock.release();
  });
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The window's calls go to the office host through the bridge; drafts wait on this PC while it is away. */
function workOnOfficeHost(file: string): void {
  denyAllPermissions(session.defaultSession);
  handleAppProtocol(RENDERER_DIR);
  // The device file's key is encrypted (hearth enrol): the window asks for its passphrase (device:unlock,
  // answered here, never forwarded), unless HEARTH_DEVICE_PASSPHRASE gives it for headless use and tests.
  const client = lockedDevice(file, { passphrase: process.env.HEARTH_DEVICE_PASSPHRASE || undefined });
  const windowState = openWindowStateStore();
  registerHostIpc(client.forward, isHearthWebContents);
  createMainWindow({ preloadPath: PRELOAD_PATH, state: windowState, devTools: !app.isPackaged, log });
  app.on('before-quit', () => client.close());
}

/** On quit: the scheduled backup (when a folder is set and someone is signed in), then sign out. */
export function closeWorkspace(core: Core): void {
  core.sessions.stopIdleTimer();
  // The office's PCs are signed out as the host closes; the listener dies with the process.
  void core.hosting?.stop();
  try {
    const path = backupOnClose(core);
    if (path) log(`main: backed up to ${path}`);
  } catch (error) {
    const message = (error as Error).message;
    log(`main: the backup on close failed: ${message}`);
    dialog.showErrorBox(
      'Hearth could not make its backup',
      `The backup made when Hearth closes failed: ${message}\n\nYour workspace itself is unchanged. Make a backup by hand the next time you sign in.`,
    );
  }
  try {
    core.sessions.signOut();
  } catch (error) {
    log(`main: sign-out on close failed: ${(error as Error).message}`);
  }
}
