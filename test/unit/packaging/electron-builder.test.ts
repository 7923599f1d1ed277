import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The packaging config (electron-builder.yml) read as YAML (with the project's one YAML library; the
 * file uses nothing on which it and electron-builder's js-yaml differ), then electron-builder 26's own
 * schema validation, so a misspelt fuse key fails here rather than being silently ignored at release time.
 */
const ROOT = join(__dirname, '..', '..', '..');
const load = createRequire(join(ROOT, 'package.json'));
const { validateConfiguration } = load('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = load('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

type Target = { target: string; arch?: string[] };
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string };
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  win: { target: Target[] };
  linux: { target: Target[] };
  nsis: { deleteAppDataOnUninstall: boolean; perMachine: boolean };
}

const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  // Loading electron-builder's validator takes seconds on a loaded 2-core machine: more than the default 5 s.
  it("passes electron-builder's own schema validation", { timeout: 30_000 }, async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would reject a misspelt fuse (the validation is real)', async () => {
    const broken = { ...config, electronFuses: { ...config.electronFuses, runAsnode: false } };
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/configuration/);
  });

  it('names the app and writes to dist/', () => {
    expect(config.appId).toBe('org.hearth.app');
    expect(config.productName).toBe('Hearth');
    expect(config.directories.output).toBe('dist');
  });

  it('sets every security fuse (security.md checklist "Electron")', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('uses fuse names electron-builder 26 knows', () => {
    const scheme = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    for (const key of Object.keys(config.electronFuses)) expect(known).toContain(key);
  });

  it('packs the app into asar, unpacks native modules and rebuilds them for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    // The redaction's canvas addon, OCR worker script, wasm core and English data are read from disk.
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/@napi-rs/**', 'vendor/tessdata_fast/**']));
    expect(config.asarUnpack.join(' ')).toMatch(/\{tesseract\.js,tesseract\.js-core,/);
    expect(config.npmRebuild).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'package.json', 'vendor/tessdata_fast/**/*']));
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/main/app.cjs');
  });

  it('targets an NSIS installer for 64-bit Windows and an AppImage for Linux', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage']);
  });

  it('never deletes the workspace on uninstall', () => {
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });
});
