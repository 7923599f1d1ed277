import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire, type FuseConfig } from '@electron/fuses';
import { describe, expect, it } from 'vitest';

/**
 * Electron's fuses (security.md §1, checklist "Electron"): which ones electron-builder flips from
 * electron-builder.yml, and what a packaged app actually carries, read with @electron/fuses the way
 * `npx @electron/fuses read --app <path>` does.
 */
const ROOT = join(__dirname, '..', '..', '..');
const load = createRequire(join(ROOT, 'package.json'));
const yaml = load('js-yaml') as { load(text: string): unknown };
const { PlatformPackager } = load('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<FuseConfig> } };
};
const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as { electronFuses: Record<string, boolean>; productName: string };

/** security.md's checklist: "Off: RunAsNode, NodeOptions, NodeCliInspect, GrantFileProtocolExtraPrivileges. On: AsarIntegrity, OnlyLoadAppFromAsar, CookieEncryption." */
const CHECKLIST: [string, FuseV1Options, boolean][] = [
  ['RunAsNode', FuseV1Options.RunAsNode, false],
  ['NodeOptions', FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
  ['NodeCliInspect', FuseV1Options.EnableNodeCliInspectArguments, false],
  ['GrantFileProtocolExtraPrivileges', FuseV1Options.GrantFileProtocolExtraPrivileges, false],
  ['AsarIntegrity', FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
  ['OnlyLoadAppFromAsar', FuseV1Options.OnlyLoadAppFromAsar, true],
  ['CookieEncryption', FuseV1Options.EnableCookieEncryption, true],
];

const DISABLE = 48; // FuseState.DISABLE: '0' in the wire
const ENABLE = 49; // FuseState.ENABLE: '1'

/** What the checklist requires, as the wire states @electron/fuses reads back. */
function expectChecklist(wire: Record<number, unknown>): void {
  for (const [name, fuse, on] of CHECKLIST) expect([name, wire[fuse]]).toEqual([name, on ? ENABLE : DISABLE]);
}

/** The executable of the app `npm run dist` leaves in dist/, for this platform, if there is one. */
function packagedApp(): string | null {
  const name = config.productName;
  const candidates =
    process.platform === 'win32'
      ? [join(ROOT, 'dist', 'win-unpacked', `${name}.exe`)]
      : process.platform === 'darwin'
        ? [join(ROOT, 'dist', 'mac', `${name}.app`), join(ROOT, 'dist', 'mac-arm64', `${name}.app`)]
        : [join(ROOT, 'dist', 'linux-unpacked', name.toLowerCase()), join(ROOT, 'dist', 'linux-unpacked', name)];
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** Electron's executable, from its package's path.txt (require('electron') would start a download when it is missing). */
function electronBinary(): string | null {
  const dir = join(ROOT, 'node_modules', 'electron');
  try {
    const path = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8').trim());
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

describe('Electron fuses', () => {
  it("electron-builder.yml asks for every fuse security.md's checklist lists, as electron-builder itself maps them", async () => {
    const fuses = await PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses);
    expect(fuses.version).toBe(FuseVersion.V1);
    const asked = fuses as unknown as Record<number, boolean>;
    for (const [name, fuse, on] of CHECKLIST) expect([name, asked[fuse]]).toEqual([name, on]);
  });

  it('those settings, flipped into a fuse wire by @electron/fuses, read back as the checklist requires', async () => {
    // A stand-in for Electron's binary: the sentinel, then wire version 1, its length and every fuse at its default.
    const dir = mkdtempSync(join(tmpdir(), 'hearth-fuses-'));
    try {
      const fake = join(dir, 'electron');
      const defaults = Buffer.from('11100010', 'latin1'); // Electron's defaults for fuses 0-7 (security.md table)
      writeFileSync(fake, Buffer.concat([Buffer.from('ELF…', 'latin1'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX', 'latin1'), Buffer.from([1, defaults.length]), defaults, Buffer.from('…rest', 'latin1')]));
      expect((await getCurrentFuseWire(fake))[FuseV1Options.RunAsNode]).toBe(ENABLE); // on by default: the flip matters
      await flipFuses(fake, await PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses));
      expectChecklist(await getCurrentFuseWire(fake));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the packaged app's own binary carries them (npx @electron/fuses read --app)", async (ctx) => {
    const app = packagedApp();
    ctx.skip(electronBinary() === null, "Electron's binary is not installed here (its download host is unreachable), so npm run dist cannot package the app to read");
    ctx.skip(app === null, 'No packaged app in dist/: run npm run dist first (this test reads what it produced)');
    expectChecklist(await getCurrentFuseWire(app!));
  });
});
