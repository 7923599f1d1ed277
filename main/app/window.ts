import { BrowserWindow, dialog, type WebContents, type WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './app-url';
import { MIN_WINDOW_SIZE, type WindowStateStore } from './window-state';

/**
 * The web preferences of every Hearth window (security.md §1 items 2-4, 6, 8-10; checklist "Electron").
 * Most are Electron's defaults already; they are spelt out so a test can assert them and nobody turns
 * one off by accident. devTools is off in the packaged app: the page shows case data.
 */
export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    devTools,
  };
}

/** Ids of the windows Hearth made: the IPC sender check accepts requests from these only. */
const ours = new Set<number>();

/** True when `contents` is the page of one of Hearth's own windows (not a devtools or other WebContents). */
export function isHearthWebContents(contents: WebContents): boolean {
  const win = BrowserWindow.fromWebContents(contents);
  return win !== null && ours.has(win.id) && !win.isDestroyed() && win.webContents.id === contents.id;
}

export function hearthWindows(): BrowserWindow[] {
  return BrowserWindow.getAllWindows().filter((w) => ours.has(w.id) && !w.isDestroyed());
}

/** Brings the first Hearth window to the front (a second launch, or the tray of a locked PC). */
export function focusMainWindow(): void {
  const win = hearthWindows()[0];
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/** Reloads every Hearth page, so nothing from a case stays in a locked window's memory or on screen. */
export function reloadHearthWindows(): void {
  for (const win of hearthWindows()) win.webContents.reload();
}

export interface MainWindowOptions {
  preloadPath: string;
  state: WindowStateStore;
  devTools: boolean;
  log: (message: string) => void;
}

/** "Close anyway?" for a window whose page has unsaved work: true to close. Staying is the default. */
export function askToCloseWithUnsavedWork(win: BrowserWindow): boolean {
  const choice = dialog.showMessageBoxSync(win, {
    type: 'question',
    title: 'Unsaved changes',
    message: 'A form has changes you have not saved.',
    detail: 'They are kept as a draft and offered back when you sign in again. Close Hearth anyway?',
    buttons: ['Stay in Hearth', 'Close anyway'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return choice === 1;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const saved = options.state.read();
  const win = new BrowserWindow({
    ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
    width: saved.width,
    height: saved.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Hearth',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath, options.devTools),
  });
  const id = win.id;
  ours.add(id);

  win.once('ready-to-show', () => {
    if (saved.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    options.state.save({ ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  win.on('closed', () => ours.delete(id));
  // The page refuses to unload while a form holds unsaved changes (renderer hooks/useUnloadWarning.ts);
  // Electron then does nothing unless asked, so ask. Its draft is already saved either way.
  win.webContents.on('will-prevent-unload', (event) => {
    if (askToCloseWithUnsavedWork(win)) event.preventDefault();
  });

  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => options.log(`window: could not load ${APP_ENTRY_URL}: ${(error as Error).message}`));
  return win;
}
