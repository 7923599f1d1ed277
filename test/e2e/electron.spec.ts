import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * Smoke test of the real Electron shell (conventions §6.12): the built app (package.json "main", i.e.
 * out/main/app.cjs) opens one sandboxed window on app://hearth whose page sees window.hearth and no
 * Node. Runs wherever Electron's binary is installed; on machines that cannot download it the shell is
 * covered by the unit tests (test/unit/app) and the UI by the browser-mode specs. Run after `npm run build`.
 */
const ROOT = join(__dirname, '..', '..');
const NATIVE_BINDING = join(ROOT, '.electron-native', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node');

/**
 * The Electron executable, from the package's path.txt: since Electron 42, require('electron') starts a
 * download when the binary is missing, which must not happen just to ask whether it is there.
 */
function electronBinary(): string | null {
  const dir = join(ROOT, 'node_modules', 'electron');
  try {
    const path = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8').trim());
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test.describe('Electron shell', () => {
  test.skip(binary === null, 'Electron binary not installed on this machine (its download host is unreachable); browser mode is tested instead');

  test('opens one sandboxed window on app://hearth with window.hearth and no Node', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'hearth-electron-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
    env.HEARTH_USER_DATA = join(profile, 'user-data');
    env.HEARTH_WORKSPACE = join(profile, 'workspace');
    // The Electron-ABI build of the database module that `npm start` makes; not needed for this smoke
    // test, which never opens a database, but used when present.
    if (existsSync(NATIVE_BINDING)) env.HEARTH_NATIVE_BINDING = NATIVE_BINDING;

    const app = await electron.launch({ executablePath: binary ?? undefined, args: [ROOT], cwd: ROOT, env });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');

      expect(page.url()).toMatch(/^app:\/\/hearth\//);
      await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '')).toMatch(/Hearth/);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

      // (The web preferences themselves are asserted in test/unit/app: Electron has no public getter.)
      const inPage = await page.evaluate(() => {
        const g = globalThis as unknown as { require?: unknown; process?: unknown; hearth?: Record<string, Record<string, unknown>> };
        return {
          require: typeof g.require,
          process: typeof g.process,
          hearth: typeof g.hearth,
          domains: Object.keys(g.hearth ?? {}).sort(),
          status: typeof g.hearth?.workspace?.status,
          raw: ['ipcRenderer', 'invoke', 'send', 'on'].filter((k) => g.hearth !== undefined && k in g.hearth),
        };
      });
      expect(inPage).toMatchObject({ require: 'undefined', process: 'undefined', hearth: 'object', status: 'function', raw: [] });
      expect(inPage.domains).toEqual(expect.arrayContaining(['workspace', 'session']));

      const status = await page.evaluate(async () => {
        const g = globalThis as unknown as { hearth: { workspace: { status: (input: object) => Promise<unknown> } } };
        return g.hearth.workspace.status({});
      });
      expect(status).toEqual({ ok: true, value: { exists: false, workspaceName: null, lockedUser: null, signedIn: false } });

      const csp = await page.evaluate(async () => (await fetch('app://hearth/index.html')).headers.get('content-security-policy'));
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
    } finally {
      await app.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
