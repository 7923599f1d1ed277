import { describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(() => import('../../mocks/electron'));
vi.mock('electron', () => electron.electronModule());
vi.mock('electron-store', () => import('../../mocks/electron-store'));

const { DEFAULT_WINDOW_STATE, openWindowStateStore, sanitiseWindowState } = await import('../../../main/app/window-state');
const { default: MockStore } = await import('../../mocks/electron-store');

const SCREEN = [{ x: 0, y: 0, width: 1920, height: 1040 }];

describe('sanitiseWindowState', () => {
  it('keeps a sane saved state on a connected display', () => {
    expect(sanitiseWindowState({ x: 100, y: 50, width: 1400, height: 900, maximized: true }, SCREEN)).toEqual({
      x: 100,
      y: 50,
      width: 1400,
      height: 900,
      maximized: true,
    });
  });

  it('drops a position on a display that is no longer there', () => {
    expect(sanitiseWindowState({ x: 4000, y: 50, width: 1400, height: 900, maximized: false }, SCREEN)).toEqual({
      width: 1400,
      height: 900,
      maximized: false,
    });
  });

  it.each([null, 'junk', 42, { width: 'wide', height: -5 }, { width: 10, height: 10 }, { width: 1e9, height: 1e9 }, { width: 1000.5, height: 700 }])(
    'falls back to defaults for a corrupt file: %j',
    (raw) => {
      const state = sanitiseWindowState(raw, SCREEN);
      expect(state.width).toBeGreaterThanOrEqual(900);
      expect(state.height).toBeGreaterThanOrEqual(600);
      expect(state.maximized).toBe(false);
    },
  );

  it('the store reads and writes through electron-store, holding geometry only', () => {
    const store = openWindowStateStore();
    expect(MockStore.last?.options).toMatchObject({ name: 'window-state', clearInvalidConfig: true });
    expect(store.read()).toEqual({ ...DEFAULT_WINDOW_STATE });
    store.save({ x: 5, y: 6, width: 1000, height: 700, maximized: false });
    expect(store.read()).toEqual({ x: 5, y: 6, width: 1000, height: 700, maximized: false });
    expect(Object.keys(MockStore.last?.data ?? {})).toEqual(['window']);
  });
});
