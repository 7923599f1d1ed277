import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(() => import('../../mocks/electron'));
vi.mock('electron', () => electron.electronModule());
vi.mock('electron-store', () => import('../../mocks/electron-store'));

const { registerIpc } = await import('../../../main/app/ipc-electron');
const { createMainWindow, isHearthWebContents } = await import('../../../main/app/window');
const { CHANNELS } = await import('../../../shared/ipc/contract');
const { createCore } = await import('../../../main/core');

const { ipcMain, MockWebContents } = electron;
type MockWindow = InstanceType<typeof electron.MockBrowserWindow>;

const dir = mkdtempSync(join(tmpdir(), 'hearth-ipc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const core = createCore({ dir: join(dir, 'workspace'), log: () => undefined });

function ourWindow() {
  const state = { read: () => ({ width: 1200, height: 800, maximized: false }), save: () => undefined };
  return createMainWindow({ preloadPath: '/p', state, devTools: false, log: () => undefined }) as unknown as MockWindow;
}

const invoke = (channel: string, event: unknown, input: unknown = {}) => {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, input) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
};

beforeEach(() => {
  electron.resetElectronMock();
});

describe('registerIpc', () => {
  it('registers exactly one handler per contract channel and nothing else', () => {
    registerIpc(core, isHearthWebContents as never);
    const registered = ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(registered).toHaveLength(CHANNELS.length);
    expect(new Set(registered)).toEqual(new Set(CHANNELS));
    expect(ipcMain.eventNames()).toEqual([]);
  });

  it("removes electron-store's raw ipcMain listener", () => {
    ipcMain.on('electron-store-get-data', () => undefined);
    registerIpc(core, isHearthWebContents as never);
    expect(ipcMain.listenerCount('electron-store-get-data')).toBe(0);
  });

  it('answers our own top frame on app://hearth through dispatch()', async () => {
    registerIpc(core, isHearthWebContents as never);
    const win = ourWindow();
    const event = { sender: win.webContents, senderFrame: { url: 'app://hearth/index.html', parent: null } };
    const result = await invoke('workspace:status', event);
    expect(result).toEqual({ ok: true, value: { exists: false, workspaceName: null, lockedUser: null, signedIn: false } });
  });

  it('validates input after the sender check (still one path)', async () => {
    registerIpc(core, isHearthWebContents as never);
    const win = ourWindow();
    const event = { sender: win.webContents, senderFrame: { url: 'app://hearth/index.html', parent: null } };
    const result = await invoke('session:signIn', event, { username: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });

  it.each(CHANNELS)('%s refuses foreign senders with a foreign-sender Result', async (channel) => {
    registerIpc(core, isHearthWebContents as never);
    const win = ourWindow();
    const foreign = [
      { sender: win.webContents, senderFrame: { url: 'https://evil.example/', parent: null } },
      { sender: win.webContents, senderFrame: { url: 'file:///tmp/x.html', parent: null } },
      { sender: win.webContents, senderFrame: null },
      { sender: win.webContents, senderFrame: { url: 'app://hearth/index.html', parent: { url: 'app://hearth/index.html', parent: null } } },
      { sender: new MockWebContents(), senderFrame: { url: 'app://hearth/index.html', parent: null } },
    ];
    for (const event of foreign) {
      const result = await invoke(channel, event);
      expect(result).toMatchObject({ ok: false, error: { code: 'foreign-sender' } });
    }
  });
});
