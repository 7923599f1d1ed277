import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A hand-written stand-in for the 'electron' module (conventions §6.12, after Electron Fiddle's
 * tests/mocks/electron.ts): Electron's binary cannot run on every machine, so the shell is tested
 * against this. It implements only what Hearth's shell calls and records what was registered, so a
 * test can reach the handlers and assert on them. Use it with
 *   vi.mock('electron', async () => (await import('../../mocks/electron')).electronModule());
 * and call resetElectronMock() in beforeEach.
 */

export class MockWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = MockWebContents.nextId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  url = '';
  reload = vi.fn();
  send = vi.fn();
  /** What the print dialog answers: printed (true) or cancelled; a test sets it before printing. */
  printAnswer = true;
  print = vi.fn((_options: Record<string, unknown>, done: (printed: boolean, reason: string) => void) => done(this.printAnswer, this.printAnswer ? '' : 'cancelled'));
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return false;
  }
}

export class MockBrowserWindow extends EventEmitter {
  static nextId = 1;
  static instances: MockBrowserWindow[] = [];
  readonly id = MockBrowserWindow.nextId++;
  readonly webContents = new MockWebContents();
  destroyed = false;
  maximized = false;
  minimized = false;
  bounds = { x: 10, y: 20, width: 1000, height: 700 };
  loadURL = vi.fn((url: string) => {
    this.webContents.url = url;
    return Promise.resolve();
  });
  loadFile = vi.fn(() => Promise.resolve());
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  maximize = vi.fn(() => {
    this.maximized = true;
  });

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    MockBrowserWindow.instances.push(this);
    // Mirror Electron: every new WebContents is announced on the app.
    app.emit('web-contents-created', {}, this.webContents);
  }
  static fromWebContents(contents: unknown): MockBrowserWindow | null {
    return MockBrowserWindow.instances.find((w) => w.webContents === contents && !w.destroyed) ?? null;
  }
  static getAllWindows(): MockBrowserWindow[] {
    return MockBrowserWindow.instances.filter((w) => !w.destroyed);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  close(): void {
    this.emit('close', { preventDefault: () => undefined });
    this.destroyed = true;
    this.emit('closed');
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

class MockApp extends EventEmitter {
  isPackaged = false;
  paths: Record<string, string> = { userData: '/tmp/hearth-mock-user-data' };
  ready!: () => void;
  readyPromise!: Promise<void>;
  hasLock = true;
  enableSandbox = vi.fn();
  quit = vi.fn();
  exit = vi.fn();
  setAboutPanelOptions = vi.fn();
  requestSingleInstanceLock = vi.fn(() => this.hasLock);
  getVersion = vi.fn(() => '0.1.0');
  getName = vi.fn(() => 'Hearth');
  setPath = vi.fn((name: string, path: string) => {
    this.paths[name] = path;
  });
  getPath = vi.fn((name: string) => {
    const path = this.paths[name];
    if (!path) throw new Error(`mock app.getPath: no path for ${name}`);
    return path;
  });
  whenReady = vi.fn(() => this.readyPromise);
  constructor() {
    super();
    this.resetReady();
  }
  resetReady(): void {
    this.readyPromise = new Promise<void>((resolve) => {
      this.ready = () => {
        this.emit('ready');
        resolve();
      };
    });
  }
}

type AppHandler = (request: { url: string; method: string }) => Response | Promise<Response>;

class MockIpcMain extends EventEmitter {
  handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  handle = vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  });
  removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel);
  });
}

export const app = new MockApp();
export const ipcMain = new MockIpcMain();

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, AppHandler>(),
  registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => {
    protocol.privileged.push(...schemes);
  }),
  handle: vi.fn((scheme: string, handler: AppHandler) => {
    protocol.handlers.set(scheme, handler);
  }),
};

type RequestHandler = (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type CheckHandler = (webContents: unknown, permission: string, origin: string, details: unknown) => boolean;
type DeviceHandler = (details: unknown) => boolean;

export const defaultSession = {
  permissionRequestHandler: null as RequestHandler | null,
  permissionCheckHandler: null as CheckHandler | null,
  devicePermissionHandler: null as DeviceHandler | null,
  setPermissionRequestHandler: vi.fn((h: RequestHandler | null) => {
    defaultSession.permissionRequestHandler = h;
  }),
  setPermissionCheckHandler: vi.fn((h: CheckHandler | null) => {
    defaultSession.permissionCheckHandler = h;
  }),
  setDevicePermissionHandler: vi.fn((h: DeviceHandler | null) => {
    defaultSession.devicePermissionHandler = h;
  }),
};

export const ipcRenderer = {
  invoke: vi.fn((channel: string, input: unknown) => Promise.resolve({ ok: true, value: { channel, input } })),
  send: vi.fn(),
  on: vi.fn(),
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    if (contextBridge.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
    contextBridge.exposed.set(key, api);
  }),
};

export const Menu = {
  current: null as { template: unknown[] } | null,
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn((menu: { template: unknown[] } | null) => {
    Menu.current = menu;
  }),
};

export const dialog = { showErrorBox: vi.fn(), showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })), showMessageBoxSync: vi.fn(() => 0) };
export const powerMonitor = new EventEmitter();
export const screen = {
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  getAllDisplays: vi.fn(() => screen.displays),
};

/** What vi.mock('electron', …) should return: the named exports and a default, like the real module. */
export function electronModule() {
  const mod = {
    app,
    ipcMain,
    ipcRenderer,
    contextBridge,
    protocol,
    session: { defaultSession },
    BrowserWindow: MockBrowserWindow,
    Menu,
    dialog,
    powerMonitor,
    screen,
  };
  return { ...mod, default: mod };
}

/** Forget everything registered so far (call in beforeEach). */
export function resetElectronMock(): void {
  vi.clearAllMocks();
  app.removeAllListeners();
  app.isPackaged = false;
  app.hasLock = true;
  app.paths = { userData: '/tmp/hearth-mock-user-data' };
  app.resetReady();
  ipcMain.removeAllListeners();
  ipcMain.handlers.clear();
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  defaultSession.permissionRequestHandler = null;
  defaultSession.permissionCheckHandler = null;
  defaultSession.devicePermissionHandler = null;
  contextBridge.exposed.clear();
  Menu.current = null;
  powerMonitor.removeAllListeners();
  MockBrowserWindow.instances.length = 0;
}

/** A navigation-style event whose preventDefault() is observable. */
export function navigationEvent(extra: Record<string, unknown> = {}) {
  const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true), ...extra };
  return event;
}
