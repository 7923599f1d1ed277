import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PassphraseThrottle } from '../../../main/security/throttle';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-throttle-'));
  made.push(dir);
  return join(dir, 'sign-in-attempts.json');
};

describe('PassphraseThrottle', () => {
  it('lets two wrong tries through, then makes each wait longer than the last', () => {
    let now = 0;
    const t = new PassphraseThrottle(() => now);
    t.recordFailure('ada');
    t.recordFailure('ada');
    expect(() => t.assertAllowed('ada')).not.toThrow();
    t.recordFailure('ada');
    expect(() => t.assertAllowed('ada')).toThrow(/Wait 2 seconds/);
    now += 2000;
    expect(() => t.assertAllowed('ada')).not.toThrow();
    t.recordFailure('ada');
    expect(() => t.assertAllowed('ada')).toThrow(/Wait 4 seconds/);
  });

  it('never waits more than the cap, and a success clears it', () => {
    let now = 0;
    const t = new PassphraseThrottle(() => now, { maxDelayMs: 60_000 });
    for (let i = 0; i < 30; i += 1) t.recordFailure('ada');
    expect(() => t.assertAllowed('ada')).toThrow(/Wait 60 seconds/);
    t.recordSuccess('ada');
    expect(() => t.assertAllowed('ada')).not.toThrow();
    now += 1;
    expect(t.failures('ada')).toBe(0);
  });

  it('counts each user name on its own: one person typing wrong does not lock out anyone else', () => {
    const t = new PassphraseThrottle(() => 0);
    for (let i = 0; i < 10; i += 1) t.recordFailure('mallory');
    expect(() => t.assertAllowed('mallory')).toThrow(/Wait/);
    expect(() => t.assertAllowed('ada')).not.toThrow();
    expect(t.failures('ada')).toBe(0);
    // The same name however it was typed.
    expect(() => t.assertAllowed(' Mallory ')).toThrow(/Wait/);
  });

  it('keeps its counters in a file (0600, names and counters only) that a new instance reads back', () => {
    const file = tempFile();
    let now = 1_000_000;
    const first = new PassphraseThrottle(() => now, { file });
    for (let i = 0; i < 4; i += 1) first.recordFailure('ada');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { names: Record<string, Record<string, number>> };
    expect(Object.keys(saved.names)).toEqual(['ada']);
    expect(Object.keys(saved.names.ada!).sort()).toEqual(['failures', 'lastFailureAt', 'nextAllowedAt']);

    const afterRestart = new PassphraseThrottle(() => now, { file });
    expect(afterRestart.failures('ada')).toBe(4);
    expect(() => afterRestart.assertAllowed('ada')).toThrow(/Wait 4 seconds/);
    now += 4000;
    afterRestart.recordSuccess('ada');
    expect(new PassphraseThrottle(() => now, { file }).failures('ada')).toBe(0);
  });

  it('forgets failures after a quiet day', () => {
    let now = 0;
    const t = new PassphraseThrottle(() => now);
    for (let i = 0; i < 5; i += 1) t.recordFailure('ada');
    now += 25 * 60 * 60_000;
    t.recordFailure('ada');
    expect(t.failures('ada')).toBe(1);
    expect(() => t.assertAllowed('ada')).not.toThrow();
  });
});
