import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPdf } from '../../../main/evidence/pdf-check';
import { sniff } from '../../../main/evidence/sniff';
import { sniffSource } from '../../../main/evidence/sniff-source';
import { bytesSource } from '../../../main/evidence/source';
import * as files from '../../helpers/evidence-files';

/**
 * file-type is ESM-only and loaded with a dynamic import; the PDF check runs main/workers/pdf-check.ts in a
 * worker thread (through tsx from the sources, as a built file beside the bundle). Both must work from the TypeScript sources (vitest, tsx) and from the
 * CommonJS bundle esbuild makes for out/main (scripts/build.mjs), so this runs the same probe all three ways.
 */
const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const probeSource = (pdfPath: string) => `
import { readFileSync } from 'node:fs';
import { sniff } from ${JSON.stringify(join(ROOT, 'main', 'evidence', 'sniff.ts'))};
import { sniffSource } from ${JSON.stringify(join(ROOT, 'main', 'evidence', 'sniff-source.ts'))};
import { bytesSource } from ${JSON.stringify(join(ROOT, 'main', 'evidence', 'source.ts'))};
import { checkPdf } from ${JSON.stringify(join(ROOT, 'main', 'evidence', 'pdf-check.ts'))};
(async () => {
  const pdf = readFileSync(${JSON.stringify(pdfPath)});
  const encrypted = readFileSync(${JSON.stringify(join(ROOT, 'test', 'fixtures', 'evidence', 'encrypted-minimal.pdf'))});
  // In pieces, as a file received in parts is read: strtok3 (ESM-only, like file-type) must load too.
  const streamed = (await sniffSource({ ...bytesSource(pdf), inMemory: null })).type;
  const out = { sniffed: (await sniff(pdf)).type, streamed, check: await checkPdf(pdf), encrypted: await checkPdf(encrypted) };
  process.stdout.write(JSON.stringify(out));
})();
`;
const EXPECTED = { sniffed: 'pdf', streamed: 'pdf', check: { usable: true, pageCount: 2 }, encrypted: { usable: false, reason: 'password-protected', pageCount: null } };

async function probeDir(parent: string): Promise<{ dir: string; pdfPath: string }> {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'hearth-evidence-probe-'));
  made.push(dir);
  const pdfPath = join(dir, 'two-pages.pdf');
  writeFileSync(pdfPath, await files.pdf(2));
  return { dir, pdfPath };
}

describe('evidence modules load in every way Hearth runs them', () => {
  it('under vitest (TypeScript sources, ESM transform)', async () => {
    const pdf = await files.pdf(2);
    const streamed = (await sniffSource({ ...bytesSource(pdf), inMemory: null })).type;
    expect({ sniffed: (await sniff(pdf)).type, streamed, check: await checkPdf(pdf) }).toEqual({ sniffed: EXPECTED.sniffed, streamed: EXPECTED.streamed, check: EXPECTED.check });
  });

  it('under tsx (TypeScript sources as CommonJS, as `npm run hearth` runs the CLI)', async () => {
    const { dir, pdfPath } = await probeDir(tmpdir());
    const entry = join(dir, 'probe.ts');
    writeFileSync(entry, probeSource(pdfPath));
    const { stdout } = await run(join(ROOT, 'node_modules', '.bin', 'tsx'), [entry], { cwd: dir, timeout: 60_000 });
    expect(JSON.parse(stdout)).toEqual(EXPECTED);
  });

  it('from an esbuild CommonJS bundle like out/main/*.cjs (file-type bundled, the PDF check worker beside it)', async () => {
    // Inside the repository, so that the bundle finds node_modules the way out/main/app.cjs does.
    const { dir, pdfPath } = await probeDir(join(ROOT, 'node_modules', '.cache'));
    const outfile = join(dir, 'probe.cjs');
    const common: BuildOptions = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['electron', 'better-sqlite3-multiple-ciphers'], logLevel: 'silent' };
    await build({ ...common, stdin: { contents: probeSource(pdfPath), resolveDir: ROOT, loader: 'ts', sourcefile: 'probe.ts' }, outfile });
    // As scripts/build.mjs does: the worker's own entry, beside the bundle that starts it.
    await build({ ...common, entryPoints: [join(ROOT, 'main', 'workers', 'pdf-check.ts')], outfile: join(dir, 'pdf-check-worker.cjs') });
    // Run from elsewhere: nothing may depend on the working directory.
    const { stdout } = await run(process.execPath, [outfile], { cwd: tmpdir(), timeout: 60_000 });
    expect(JSON.parse(stdout)).toEqual(EXPECTED);
  });
});
