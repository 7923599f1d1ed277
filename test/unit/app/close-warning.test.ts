import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(() => import('../../mocks/electron'));
vi.mock('electron', () => electron.electronModule());
vi.mock('electron-store', () => import('../../mocks/electron-store'));

const { createMainWindow } = await import('../../../main/app/window');

/**
 * Issue 17: closing the window while a form holds unsaved changes asks first. The page refuses to unload
 * (renderer hooks/useUnloadWarning.ts); Electron then emits 'will-prevent-unload', and main asks.
 */
function newWindow() {
  const state = { read: vi.fn(() => ({ width: 1200, height: 800, maximized: false })), save: vi.fn() };
  return createMainWindow({ preloadPath: '/app/out/preload/index.cjs', state, devTools: false, log: () => undefined }) as unknown as InstanceType<typeof electron.MockBrowserWindow>;
}

/** What Electron does when the page's beforeunload refused: emits the event; preventDefault() lets it close. */
function tryToClose(win: ReturnType<typeof newWindow>): boolean {
  const event = { preventDefault: vi.fn() };
  win.webContents.emit('will-prevent-unload', event);
  return event.preventDefault.mock.calls.length > 0;
}

describe('closing the window with unsaved work', () => {
  beforeEach(() => electron.resetElectronMock());

  it('asks, staying by default', () => {
    const win = newWindow();
    electron.dialog.showMessageBoxSync.mockReturnValueOnce(0);
    expect(tryToClose(win)).toBe(false);
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledWith(win, expect.objectContaining({ message: 'A form has changes you have not saved.', buttons: ['Stay in Hearth', 'Close anyway'], defaultId: 0, cancelId: 0 }));
  });

  it('closes when the person chooses to', () => {
    const win = newWindow();
    electron.dialog.showMessageBoxSync.mockReturnValueOnce(1);
    expect(tryToClose(win)).toBe(true);
  });
});
