import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Cheap guards over the shell's own sources (security.md checklist "Electron"): patterns that must never
 * appear in main/app or preload, whatever the unit tests happen to exercise.
 */
const ROOT = join(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

const FILES = [...sources('main/app'), ...sources('preload')];
const FORBIDDEN: [RegExp, string][] = [
  [/file:\/\//i, 'local file URLs (serve through app:// instead)'],
  [/\.loadFile\(/, 'loadFile (serve through app:// instead)'],
  [/registerFileProtocol|interceptFileProtocol/, 'file protocol handlers'],
  [/openExternal\(/, 'shell.openExternal'],
  [/nodeIntegration\w*:\s*true/, 'node integration'],
  [/contextIsolation:\s*false/, 'context isolation off'],
  [/sandbox:\s*false/, 'sandbox off'],
  [/webSecurity:\s*false/, 'web security off'],
  [/allowRunningInsecureContent:\s*true|experimentalFeatures:\s*true|enableBlinkFeatures|webviewTag:\s*true/, 'an insecure web preference'],
  [/bypassCSP:\s*true/, 'a scheme that bypasses the CSP'],
  [/ipcMain\.on\(|ipcMain\.once\(|ipcRenderer\.on\(|ipcRenderer\.send(Sync)?\(/, 'raw event-style IPC (use the typed invoke path)'],
  [/\beval\(|new Function\(/, 'eval'],
];

describe('shell sources', () => {
  it('finds the shell files', () => {
    expect(FILES.map((f) => relative(ROOT, f).replaceAll('\\', '/'))).toEqual(expect.arrayContaining(['main/app/main.ts', 'preload/index.ts']));
  });

  it.each(FORBIDDEN)('never use %s', (pattern, what) => {
    const offenders = FILES.filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((f) => relative(ROOT, f));
    expect(offenders, `${what} in ${offenders.join(', ')}`).toEqual([]);
  });
});
