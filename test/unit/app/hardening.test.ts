import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(() => import('../../mocks/electron'));
vi.mock('electron', () => electron.electronModule());
vi.mock('electron-store', () => import('../../mocks/electron-store'));

const { denyAllPermissions, hardenWebContents } = await import('../../../main/app/hardening');
const { createMainWindow, isHearthWebContents, secureWebPreferences } = await import('../../../main/app/window');
const { createAppRequestHandler, handleAppProtocol, registerAppScheme } = await import('../../../main/app/protocol');
const { CONTENT_SECURITY_POLICY } = await import('../../../main/browser/security-headers');

const { app, defaultSession, MockBrowserWindow, MockWebContents, navigationEvent, protocol } = electron;

const fakeState = () => ({ read: vi.fn(() => ({ width: 1200, height: 800, maximized: false })), save: vi.fn() });

function newWindow(devTools = false) {
  return createMainWindow({ preloadPath: '/app/out/preload/index.cjs', state: fakeState(), devTools, log: () => undefined }) as unknown as InstanceType<
    typeof MockBrowserWindow
  >;
}

beforeEach(() => {
  electron.resetElectronMock();
  // What main.ts does before any window exists.
  app.on('web-contents-created', (_event: unknown, contents: unknown) => hardenWebContents(contents as never));
});

describe('every window', () => {
  it('is created with contextIsolation, sandbox and webSecurity on and nodeIntegration off', () => {
    newWindow();
    newWindow(true);
    expect(MockBrowserWindow.instances).toHaveLength(2);
    for (const win of MockBrowserWindow.instances) {
      const prefs = win.options.webPreferences as Record<string, unknown>;
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, webSecurity: true, nodeIntegration: false });
      expect(prefs).toMatchObject({ nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webviewTag: false });
      expect(prefs).toMatchObject({ allowRunningInsecureContent: false, experimentalFeatures: false, spellcheck: false });
      expect(prefs).not.toHaveProperty('enableBlinkFeatures');
      expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    }
  });

  it('has developer tools only when asked (development builds)', () => {
    expect(secureWebPreferences('/p', false).devTools).toBe(false);
    expect(secureWebPreferences('/p', true).devTools).toBe(true);
  });

  it('loads app://hearth/index.html and never a local file', () => {
    const win = newWindow();
    expect(win.loadURL).toHaveBeenCalledWith('app://hearth/index.html');
    expect(win.loadFile).not.toHaveBeenCalled();
  });

  it('is recognised as ours by its own page only, and forgotten once closed', () => {
    const win = newWindow();
    expect(isHearthWebContents(win.webContents as never)).toBe(true);
    expect(isHearthWebContents(new MockWebContents() as never)).toBe(false);
    win.close();
    expect(isHearthWebContents(win.webContents as never)).toBe(false);
  });

  it('saves its bounds when it closes', () => {
    const state = fakeState();
    const win = createMainWindow({ preloadPath: '/p', state, devTools: false, log: () => undefined }) as unknown as InstanceType<typeof MockBrowserWindow>;
    win.close();
    expect(state.save).toHaveBeenCalledWith({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
  });
});

describe('navigation, new windows and webviews', () => {
  it('prevents navigation to another origin and allows app://hearth', () => {
    const win = newWindow();
    const cases: [string, boolean][] = [
      ['https://evil.example/', true],
      ['http://127.0.0.1:8080/', true],
      ['file:///etc/passwd', true],
      ['app://evil/index.html', true],
      ['app://hearth.evil.example/', true],
      ['javascript:alert(1)', true],
      ['app://hearth/index.html#/cases', false],
      ['app://hearth/other.html', false],
    ];
    for (const [url, prevented] of cases) {
      const ev = navigationEvent();
      win.webContents.emit('will-navigate', ev, url);
      expect(ev.defaultPrevented, `will-navigate ${url}`).toBe(prevented);
      const frameEv = navigationEvent({ url });
      win.webContents.emit('will-frame-navigate', frameEv);
      expect(frameEv.defaultPrevented, `will-frame-navigate ${url}`).toBe(prevented);
      const redirectEv = navigationEvent();
      win.webContents.emit('will-redirect', redirectEv, url);
      expect(redirectEv.defaultPrevented, `will-redirect ${url}`).toBe(prevented);
    }
  });

  it('denies window.open for every URL, including our own', () => {
    const win = newWindow();
    const handler = win.webContents.windowOpenHandler;
    expect(handler).toBeTypeOf('function');
    expect(handler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'app://hearth/index.html' })).toEqual({ action: 'deny' });
  });

  it('never attaches a webview', () => {
    const win = newWindow();
    const ev = navigationEvent();
    win.webContents.emit('will-attach-webview', ev, {}, { src: 'https://evil.example/' });
    expect(ev.defaultPrevented).toBe(true);
  });

  it('hardens web contents the app did not create itself', () => {
    const stray = new MockWebContents();
    app.emit('web-contents-created', {}, stray);
    const ev = navigationEvent();
    stray.emit('will-navigate', ev, 'https://evil.example/');
    expect(ev.defaultPrevented).toBe(true);
    expect(stray.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    denyAllPermissions(defaultSession as never);
    const request = defaultSession.permissionRequestHandler;
    const check = defaultSession.permissionCheckHandler;
    expect(request).toBeTypeOf('function');
    expect(check).toBeTypeOf('function');
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'unknown']) {
      const callback = vi.fn();
      request?.({}, permission, callback, { requestingUrl: 'app://hearth/index.html' });
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(check?.({}, permission, 'app://hearth', {})).toBe(false);
    }
    expect(defaultSession.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://hearth' })).toBe(false);
  });
});

describe('the app:// protocol', () => {
  let root: string;
  let rendererDir: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'hearth-protocol-'));
    rendererDir = join(root, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Hearth</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, 'secret.txt'), 'TOP SECRET CASE DATA');
    try {
      symlinkSync(join(root, 'secret.txt'), join(rendererDir, 'link.txt'));
    } catch {
      // Windows without symlink rights: resolveStatic's symlink check is covered in its own tests.
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => createAppRequestHandler(rendererDir)({ url, method });

  it('registers app as a standard, secure, fetch-capable scheme without bypassing CSP', () => {
    registerAppScheme();
    expect(protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('is registered with protocol.handle for the app scheme', () => {
    handleAppProtocol(rendererDir);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('serves the renderer with the CSP header', async () => {
    const res = get('app://hearth/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('<title>Hearth</title>');
    expect(get('app://hearth/').status).toBe(200);
    expect(get('app://hearth/assets/app.js').headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it.each([
    'app://hearth/../secret.txt',
    'app://hearth/%2e%2e/secret.txt',
    'app://hearth/%2e%2e%2fsecret.txt',
    'app://hearth/..%2fsecret.txt',
    'app://hearth/assets/..%2f..%2fsecret.txt',
    'app://hearth/%2E%2E%5Csecret.txt',
    'app://hearth/%252e%252e/secret.txt',
    'app://hearth/link.txt',
    'app://hearth/index.html%00.js',
    'app://hearth/%zz',
  ])('refuses to leave the renderer folder: %s', async (url) => {
    const res = get(url);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).not.toContain('TOP SECRET');
  });

  it('refuses other hosts and methods', () => {
    expect(get('app://evil/index.html').status).toBe(404);
    expect(get('app://hearth/index.html', 'POST').status).toBe(405);
    expect(get('app://hearth/missing.html').status).toBe(404);
  });
});
