import { app, Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  lock: () => void;
  /** Development builds only: View > Reload. Packaged builds get no reload and no developer tools. */
  dev: boolean;
}

/**
 * A deliberately small application menu. It replaces Electron's default one, which offers developer
 * tools and force-reload to anyone at the keyboard. Zoom stays for officers who need larger text.
 */
export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }];
  if (actions.dev) view.push({ type: 'separator' }, { role: 'reload' });
  return [
    {
      label: '&File',
      submenu: [
        { label: '&Lock', accelerator: 'CmdOrCtrl+L', click: () => actions.lock() },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: '&View', submenu: view },
    { label: '&Help', submenu: [{ role: 'about', label: 'About Hearth' }] },
  ];
}

export function installMenu(actions: MenuActions): void {
  app.setAboutPanelOptions({ applicationName: 'Hearth', applicationVersion: app.getVersion() });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions)));
}
