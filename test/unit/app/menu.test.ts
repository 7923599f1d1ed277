import { describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(() => import('../../mocks/electron'));
vi.mock('electron', () => electron.electronModule());

const { installMenu, menuTemplate } = await import('../../../main/app/menu');

type Item = { label?: string; role?: string; accelerator?: string; click?: () => void; submenu?: Item[] };
const roles = (items: Item[]): string[] => items.flatMap((i) => [...(i.role ? [i.role] : []), ...roles(i.submenu ?? [])]);

describe('application menu', () => {
  it('has File (Lock, Quit), Edit, View and Help, and no developer tools', () => {
    const lock = vi.fn();
    const template = menuTemplate({ lock, dev: false }) as Item[];
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const lockItem = template[0]?.submenu?.find((i) => i.label === '&Lock');
    expect(lockItem?.accelerator).toBe('CmdOrCtrl+L');
    lockItem?.click?.();
    expect(lock).toHaveBeenCalledTimes(1);
    const all = roles(template);
    expect(all).toEqual(expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'about']));
    expect(all).not.toContain('toggleDevTools');
    expect(all).not.toContain('reload');
    expect(all).not.toContain('forceReload');
  });

  it('offers reload only in development', () => {
    const all = roles(menuTemplate({ lock: () => undefined, dev: true }) as Item[]);
    expect(all).toContain('reload');
    expect(all).not.toContain('toggleDevTools');
  });

  it('replaces the default menu', () => {
    electron.resetElectronMock();
    installMenu({ lock: () => undefined, dev: false });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(electron.app.setAboutPanelOptions).toHaveBeenCalledWith(expect.objectContaining({ applicationName: 'Hearth' }));
  });
});
