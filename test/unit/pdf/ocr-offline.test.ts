import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ocrPaths, ocrWorkerCount, unpacked } from '../../../main/pdf/redact/ocr';
import { useTempDirs } from '../../helpers/temp';

/**
 * OCR works offline (issue 16 item 4): tesseract.js reads its English model from the vendored folder
 * (vendor/tessdata_fast, tesseract's fast model) and fetches nothing. The OCR runs in a child process
 * where every way out to the network (sockets, DNS, http, https, fetch) is refused and logged, in the
 * process and in the worker threads it starts.
 */
const tempDir = useTempDirs();
const ROOT = join(__dirname, '..', '..', '..');

describe('OCR offline', () => {
  it('reads from the vendored fast English model and the package’s own worker and core', () => {
    const { langPath, workerPath } = ocrPaths();
    expect(langPath).toMatch(/vendor[\\/]tessdata_fast$/);
    // tessdata_fast eng.traineddata 4.1.0, as vendor/tessdata_fast/README.md records: a changed model is deliberate.
    const model = gunzipSync(readFileSync(join(langPath, 'eng.traineddata.gz')));
    expect(createHash('sha256').update(model).digest('hex')).toBe('7d4322bd2a7749724879683fc3912cb542f19906c83bcc1a52132556427170b2');
    expect(existsSync(workerPath)).toBe(true);
    expect(unpacked('/opt/Hearth/resources/app.asar/node_modules/x')).toBe('/opt/Hearth/resources/app.asar.unpacked/node_modules/x');
    expect(unpacked('C:\\Hearth\\resources\\app.asar\\node_modules\\x')).toBe('C:\\Hearth\\resources\\app.asar.unpacked\\node_modules\\x');
  });

  it('reads pages on every core of a 2-core PC, leaving one for the window on a larger one, at most 4 at once', () => {
    expect([1, 2, 3, 4, 8, 16].map((cores) => ocrWorkerCount(cores))).toEqual([1, 2, 2, 3, 4, 4]);
  });

  it(
    'reads a scan with the network refused, and never tries to use it',
    () => {
      const log = join(tempDir(), 'network.log');
      const tsx = createRequire(__filename).resolve('tsx/cjs');
      const blocker = join(ROOT, 'test', 'fixtures', 'redact', 'no-network.cjs');
      const out = execFileSync(process.execPath, ['--require', tsx, '--require', blocker, join(ROOT, 'test', 'fixtures', 'redact', 'ocr-once.ts')], {
        cwd: tempDir(),
        env: { ...process.env, NO_NETWORK_LOG: log },
        timeout: 110_000,
      }).toString();
      expect(out).toMatch(/Officers attended/);
      expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
    },
    120_000,
  );

  it('the blocker does catch a fetch, so the test above would see one', () => {
    const log = join(tempDir(), 'network.log');
    const blocker = join(ROOT, 'test', 'fixtures', 'redact', 'no-network.cjs');
    const script = "fetch('https://cdn.jsdelivr.net/npm/@tesseract.js-data/eng').catch(() => process.exit(0))";
    execFileSync(process.execPath, ['--require', blocker, '-e', script], { env: { ...process.env, NO_NETWORK_LOG: log } });
    expect(readFileSync(log, 'utf8')).toMatch(/fetch https:\/\/cdn\.jsdelivr\.net/);
  });
});
