import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as CoreModule from '../../../main/core';
import type { Core } from '../../../main/core';

// Each start imports the whole main-process graph afresh (vi.resetModules), now including the native
// database module for the workspace lock: on a loaded 2-core machine the first one takes more than 5 s.
vi.setConfig({ testTimeout: 30_000 });

const electron = await vi.hoisted(() => import('../../mocks/electron'));
const created = vi.hoisted(() => [] as Core[]);
const createdWith = vi.hoisted(() => [] as { onLock?: (reason: 'idle' | 'manual' | 'sign-out' | 'restore') => void }[]);
vi.mock('electron', () => electron.electronModule());
vi.mock('electron-store', () => import('../../mocks/electron-store'));
vi.mock('../../../main/backup/scheduled', () => ({ backupOnClose: vi.fn(() => null) }));
vi.mock('../../../main/core', async (importOriginal) => {
  const real = await importOriginal<typeof CoreModule>();
  return {
    createCore: (options: Parameters<typeof real.createCore>[0]) => {
      const core = real.createCore(options);
      created.push(core);
      createdWith.push(options);
      return core;
    },
  };
});

const { backupOnClose } = await import('../../../main/backup/scheduled');
const { acquireWorkspaceLock, workspaceLockStatus } = await import('../../../main/workspace/lock');
const { CHANNELS } = await import('../../../shared/ipc/contract');
const { app, defaultSession, dialog, ipcMain, Menu, MockBrowserWindow, powerMonitor, protocol } = electron;

const dir = mkdtempSync(join(tmpdir(), 'hearth-main-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env.HEARTH_WORKSPACE;
});

/** Runs main.ts afresh (its top level is the app's start-up), optionally letting the app become ready. */
async function startMain({ ready = true } = {}) {
  vi.resetModules();
  await import('../../../main/app/main');
  if (ready) {
    app.ready();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

// Each start takes the workspace lock and (without a quit) keeps it, as the real app does: each test gets
// its own workspace folder so one test's app does not hold the next one's.
let workspace = '';
let started = 0;
beforeEach(() => {
  electron.resetElectronMock();
  created.length = 0;
  createdWith.length = 0;
  vi.mocked(backupOnClose).mockReset().mockReturnValue(null);
  delete process.env.HEARTH_NATIVE_BINDING; // one test sets it; the lock opens the database module
  started += 1;
  workspace = join(dir, `workspace-${started}`);
  process.env.HEARTH_WORKSPACE = workspace;
});

describe('main: before ready', () => {
  it('enables the sandbox, registers app:// as privileged and takes the single-instance lock before ready', async () => {
    const readyAt: number[] = [];
    app.on('ready', () => readyAt.push(Date.now()));
    await startMain({ ready: false });
    expect(app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(readyAt).toEqual([]);
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(MockBrowserWindow.instances).toHaveLength(0);
  });

  it('quits at once when another Hearth holds the lock', async () => {
    app.hasLock = false;
    await startMain({ ready: false });
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
  });

  it('ignores HEARTH_NATIVE_BINDING in the packaged app', async () => {
    app.isPackaged = true;
    process.env.HEARTH_NATIVE_BINDING = '/tmp/evil.node';
    await startMain({ ready: false });
    expect(process.env.HEARTH_NATIVE_BINDING).toBeUndefined();
  });
});

describe('main: on ready', () => {
  it('sets up protocol, permissions, menu, IPC and one hardened window on app://hearth', async () => {
    await startMain();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(defaultSession.permissionRequestHandler).toBeTypeOf('function');
    expect(defaultSession.permissionCheckHandler?.({}, 'media', 'app://hearth', {})).toBe(false);
    expect(ipcMain.handlers.size).toBe(CHANNELS.length);
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(MockBrowserWindow.instances).toHaveLength(1);
    const win = MockBrowserWindow.instances[0];
    expect(win?.loadURL).toHaveBeenCalledWith('app://hearth/index.html');
    expect(win?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String((win?.options.webPreferences as Record<string, unknown>).preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(win?.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('keeps the workspace in HEARTH_WORKSPACE, else userData/workspace', async () => {
    await startMain();
    expect(created[0]?.sessions.dir).toBe(workspace);
    electron.resetElectronMock();
    created.length = 0;
    delete process.env.HEARTH_WORKSPACE;
    app.paths.userData = join(dir, 'profile');
    await startMain();
    expect(created[0]?.sessions.dir).toBe(join(dir, 'profile', 'workspace'));
  });

  it('focuses the first window when a second instance starts', async () => {
    await startMain();
    const win = MockBrowserWindow.instances[0];
    if (win) win.minimized = true;
    app.emit('second-instance', {}, [], '/', {});
    expect(win?.restore).toHaveBeenCalled();
    expect(win?.focus).toHaveBeenCalled();
  });

  it('backs up on quit, then signs out, once', async () => {
    await startMain();
    const core = created[0];
    if (!core) throw new Error('no core');
    const signOut = vi.spyOn(core.sessions, 'signOut');
    app.emit('before-quit', {});
    app.emit('before-quit', {});
    expect(backupOnClose).toHaveBeenCalledTimes(1);
    expect(backupOnClose).toHaveBeenCalledWith(core);
    expect(signOut).toHaveBeenCalledTimes(1);
    expect(vi.mocked(backupOnClose).mock.invocationCallOrder[0]).toBeLessThan(signOut.mock.invocationCallOrder[0] ?? 0);
  });

  it('tells the user when the backup on close fails, and still signs out', async () => {
    await startMain();
    const core = created[0];
    if (!core) throw new Error('no core');
    vi.mocked(backupOnClose).mockImplementation(() => {
      throw new Error('The backup folder is not writable.');
    });
    const signOut = vi.spyOn(core.sessions, 'signOut');
    const stderr = vi.spyOn(process.stderr, 'write').mockReturnValue(true);
    app.emit('before-quit', {});
    stderr.mockRestore();
    expect(dialog.showErrorBox).toHaveBeenCalledWith(expect.stringMatching(/backup/), expect.stringMatching(/not writable/));
    expect(signOut).toHaveBeenCalledTimes(1);
  });

  it('reloads the window when the session locks for idleness', async () => {
    await startMain();
    const onLock = createdWith[0]?.onLock;
    const win = MockBrowserWindow.instances[0];
    // SessionManager calls onLock after every lock; only an idle lock (nobody at the keyboard) reloads.
    onLock?.('idle');
    expect(win?.webContents.reload).toHaveBeenCalledTimes(1);
    onLock?.('sign-out');
    onLock?.('manual');
    expect(win?.webContents.reload).toHaveBeenCalledTimes(1);
  });

  it('holds the workspace lock while it runs and releases it on quit', async () => {
    await startMain();
    expect(workspaceLockStatus(workspace)).toMatchObject({ held: true, holder: { kind: 'app', pid: process.pid } });
    app.emit('before-quit', {});
    expect(workspaceLockStatus(workspace)).toEqual({ held: false, holder: null });
  });

  it('refuses to start on a workspace another Hearth holds, naming it, and opens no window', async () => {
    const other = acquireWorkspaceLock(workspace, { kind: 'cli', command: 'hearth backup' });
    try {
      const stderr = vi.spyOn(process.stderr, 'write').mockReturnValue(true);
      await startMain();
      stderr.mockRestore();
      expect(dialog.showErrorBox).toHaveBeenCalledWith('Hearth could not start', expect.stringMatching(/^Hearth is open on this workspace in the command "hearth backup" \(process \d+ on /));
      expect(app.exit).toHaveBeenCalledWith(1);
      expect(MockBrowserWindow.instances).toHaveLength(0);
      expect(created).toHaveLength(0);
    } finally {
      other.release();
    }
  });

  it('listens for the OS locking the screen or suspending', async () => {
    await startMain();
    expect(powerMonitor.listenerCount('lock-screen')).toBe(1);
    expect(powerMonitor.listenerCount('suspend')).toBe(1);
  });
});
