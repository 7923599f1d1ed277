import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportView } from '../../../shared/schemas/reports';
import { hearth } from '../cli/harness';
import { parseCsv } from './csv-parse';
import { buildFixture, OFFICER } from './fixture';

/** `hearth report` on the hand-built fixture (figures worked out in measures.test.ts). */
let root: string;
let ws: string;
const env = (who = { username: 'ada', passphrase: 'correct horse battery staple' }) => ({ HEARTH_WORKSPACE: ws, HEARTH_USER: who.username, HEARTH_PASSPHRASE: who.passphrase });
const period = ['--from', '2026-04-01', '--to', '2026-06-30'];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hearth-reports-cli-'));
  const fx = await buildFixture(root);
  ws = fx.app.dir;
  await fx.app.must('session:signOut', {});
  fx.app.core.sessions.signOut();
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('hearth report', () => {
  it('writes the board report PDF', async () => {
    const out = join(root, 'q1.pdf');
    const r = await hearth(['report', ...period, '--format', 'pdf', '--out', out], { env: env() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Wrote the board report to .*q1\.pdf/);
    expect(readFileSync(out).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  });

  it('writes every figure as JSON, for one partner', async () => {
    const r = await hearth(['report', ...period, '--partner', 'c33', '--format', 'json'], { env: env() });
    expect(r.code).toBe(0);
    const view = JSON.parse(r.stdout) as ReportView;
    expect(view.partners.map((p) => p.code)).toEqual(['C33']);
    // C33 in Q1: A, B, C, H; NM01 3 over 2,000 homes.
    expect(view.current.cases.total).toBe(4);
    expect(view.current.nm01.total.asbPer1000).toBeCloseTo(1.5, 10);
  });

  it('writes one CSV per measure, or the one asked for', async () => {
    const all = await hearth(['report', ...period, '--format', 'csv', '--out', join(root, 'q1.csv')], { env: env() });
    expect(all.code).toBe(0);
    expect(existsSync(join(root, 'q1-nm01.csv'))).toBe(true);
    expect(existsSync(join(root, 'q1-equality.csv'))).toBe(true);
    const one = join(root, 'methods.csv');
    expect((await hearth(['report', ...period, '--format', 'csv', '--measure', 'methods', '--out', one], { env: env() })).code).toBe(0);
    expect(parseCsv(readFileSync(one, 'utf8').slice(1))).toContainEqual(['Phone', '2', '2']);
  });

  it('refuses bad input and people who may not read reports, with the right exit codes', async () => {
    expect((await hearth(['report', '--from', '2026-13-01', '--to', '2026-06-30', '--format', 'json'], { env: env() })).code).toBe(2);
    expect((await hearth(['report', ...period, '--format', 'pdf'], { env: env() })).stderr).toMatch(/--out FILE/);
    const backwards = await hearth(['report', '--from', '2026-06-30', '--to', '2026-04-01', '--format', 'json'], { env: env() });
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toMatch(/end on or after/);
    const officer = await hearth(['report', ...period, '--format', 'json'], { env: env(OFFICER) });
    expect(officer.code).toBe(3);
  });
});
