import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARTNERS } from '../../../shared/domain/partners';
import type { CliIo } from '../../../main/cli/io';
import { DEMO_STAFF } from '../../../main/seed/data';
import { runSeed } from '../../../main/seed/cli';
import { seedCases } from '../../../main/seed/seed';
import { ADMIN, makeWorkspace, type TestApp } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();
const STAFF_PASSPHRASE = 'demo staff passphrase';

const db = (app: TestApp) => app.core.sessions.current()!.ws.db;
const count = (app: TestApp, sql: string) => (db(app).prepare(sql).get() as { n: number }).n;

async function seeded(cases: number, seed = 42): Promise<TestApp & { summary: Awaited<ReturnType<typeof seedCases>> }> {
  const app = await makeWorkspace(temp());
  const summary = await seedCases(app.core, { cases, seed, now: app.now.value, staffPassphrase: STAFF_PASSPHRASE });
  return { ...app, summary };
}

/** What a person would see of every case: enough to tell two datasets apart. */
async function fingerprint(app: TestApp): Promise<string[]> {
  const page = await app.must('case:list', { pageSize: 200, sort: 'ref' });
  const names = db(app).prepare("SELECT group_concat(name, '|') AS n FROM (SELECT name FROM parties ORDER BY id)").get() as { n: string };
  return [...page.rows.map((r) => [r.ref, r.partner, r.category, r.status, r.receivedAt, r.riskLevel, r.headline, r.address, r.ownerName].join(' ')), names.n];
}

describe('seed', () => {
  it('fills a workspace with 200 realistic cases across all ten partners, each of which opens', async () => {
    const app = await seeded(200);
    const { summary } = app;
    expect(summary.cases).toBe(200);
    expect((await app.must('case:list', {})).total).toBe(200);
    expect(count(app, 'SELECT count(*) AS n FROM parties')).toBe(summary.parties);
    expect(count(app, 'SELECT count(*) AS n FROM incidents')).toBe(summary.incidents);
    expect(count(app, 'SELECT count(*) AS n FROM contacts')).toBe(summary.contacts);
    // About ten incidents and contacts a case, and more than one person.
    expect((summary.incidents + summary.contacts) / 200).toBeGreaterThan(6);
    expect((summary.incidents + summary.contacts) / 200).toBeLessThan(16);
    expect(summary.parties / 200).toBeGreaterThan(2);

    const partners = (db(app).prepare('SELECT DISTINCT partner FROM cases ORDER BY partner').all() as { partner: string }[]).map((r) => r.partner);
    expect(partners).toEqual(DEFAULT_PARTNERS.map((p) => p.code).sort());
    const categories = db(app).prepare('SELECT category, count(*) AS n FROM cases GROUP BY category ORDER BY n DESC').all() as { category: string; n: number }[];
    expect(categories[0]!.category).toBe('asb');
    expect(categories.map((c) => c.category).sort()).toEqual(['asb', 'domestic-abuse', 'harassment', 'hate-incident']);
    expect(count(app, "SELECT count(DISTINCT status) AS n FROM cases WHERE status IN ('open', 'closed')")).toBe(2);

    // Over the last five years, nothing in the future.
    const now = app.now.value.toISOString();
    const fiveYearsAgo = new Date(app.now.value.getTime() - 5.01 * 365.25 * 86_400_000).toISOString();
    const range = db(app).prepare('SELECT min(received_at) AS lo, max(received_at) AS hi FROM cases').get() as { lo: string; hi: string };
    expect(range.lo >= fiveYearsAgo && range.hi <= now).toBe(true);
    expect(count(app, `SELECT count(*) AS n FROM incidents WHERE occurred_at > '${now}'`)).toBe(0);
    expect(count(app, `SELECT count(*) AS n FROM contacts WHERE at > '${now}'`)).toBe(0);
    expect(count(app, "SELECT count(*) AS n FROM cases WHERE status = 'closed' AND (closed_at IS NULL OR closed_at < received_at)")).toBe(0);

    // Every case opens through the contract, with its owner one of the partner's demo officers.
    const ids = (db(app).prepare('SELECT id FROM cases ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    const officers = new Map<string, readonly string[]>(DEMO_STAFF.filter((s) => s.role === 'officer').map((s) => [s.displayName, s.partners as readonly string[]]));
    for (const id of ids) {
      const view = await app.must('case:get', { id });
      expect(view.chronology.length).toBeGreaterThan(1);
      expect(officers.get(view.header.owner!.name)).toContain(view.header.partner);
    }
    // The long-running case (the eighth) has about 200 chronology items, for the benchmark.
    const long = await app.must('case:get', { id: ids[7]! });
    expect(long.chronology.length).toBeGreaterThan(170);
    expect(long.chronology.length).toBeLessThan(230);
  });

  it('adds the demo staff, who sign in and see only their own partners’ cases', async () => {
    const app = await seeded(200);
    expect(app.summary.staffAdded).toEqual(DEMO_STAFF.map((s) => s.username));
    const users = await app.must('users:list', {});
    expect(users.map((u) => u.username).sort()).toEqual([ADMIN.username, ...DEMO_STAFF.map((s) => s.username)].sort());
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'priya.shah', passphrase: STAFF_PASSPHRASE });
    // Demo staff choose their own passphrase at first sign-in, like anyone given one by an administrator.
    expect(await app.call('case:list', {})).toMatchObject({ ok: false, error: { code: 'passphrase-change-required' } });
    await app.must('session:changePassphrase', { current: STAFF_PASSPHRASE, next: 'priya’s own passphrase' });
    const page = await app.must('case:list', { pageSize: 200 });
    expect(page.total).toBeGreaterThan(0);
    expect(new Set(page.rows.map((r) => r.partner))).toEqual(new Set(['C33', 'OF']));
    expect((await app.must('case:list', { mine: true })).total).toBeGreaterThan(0);
  });

  it('gives all ten partners a fictional letterhead and homes, so letters can be made at once (issue 17)', async () => {
    const app = await seeded(40);
    const partners = await app.must('partners:list', {});
    expect(partners).toHaveLength(10);
    for (const p of partners) {
      expect(p, p.code).toMatchObject({ address: expect.stringMatching(/\S/), postcode: expect.stringMatching(/^[A-Z0-9]{2,4} [0-9][A-Z]{2}$/), phone: expect.stringMatching(/^(020 7946 0|01632 960 )\d{3}$/), email: expect.stringMatching(/@[a-z0-9-]+\.example$/) });
      expect(p.homes, p.code).toBeGreaterThan(0);
    }
    // A letter every case can have (an acknowledgement to its first recipient) previews without a missing field.
    const c = (await app.must('case:list', { pageSize: 5, sort: 'ref' })).rows[0]!;
    const choice = (await app.must('document:templates', { caseId: c.id })).find((t) => t.id === 'acknowledgement' && t.fits)!;
    const option = choice.recipients[0]!;
    const preview = await app.must('document:preview', { caseId: c.id, templateId: choice.id, partyId: option.partyId, actionId: option.actionId, referralId: option.referralId, slots: {} });
    expect(preview.refusal).toBeNull();
  });

  it('is deterministic for a seed, and different for another', async () => {
    const a = await seeded(60, 7);
    const b = await seeded(60, 7);
    const c = await seeded(60, 8);
    expect(await fingerprint(b)).toEqual(await fingerprint(a));
    expect(await fingerprint(c)).not.toEqual(await fingerprint(a));
  });

  it('runs from the command line: creates the workspace, then signs in to add more', async () => {
    const dir = join(temp(), 'demo');
    let out = '';
    let err = '';
    const io = (env: Record<string, string>): CliIo => ({
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      env: { VITEST: 'true', HEARTH_KDF_COST: 'low', HEARTH_PASSPHRASE: 'quiet harbour lantern', ...env },
      cwd: process.cwd(),
      promptSecret: null,
    });
    expect(await runSeed(['--cases', '30', '--workspace', dir, '--seed', '3'], io({}))).toBe(0);
    expect(err).toMatch(/Created a workspace in .* with admin as its administrator\. Its recovery key \(shown once\): [A-Z2-7-]+/);
    expect(out).toMatch(/^Added 30 generated cases \(\S+ … \S+\) with \d+ people, \d+ incidents and \d+ contacts to .*demo in [\d.]+ s\.\nDemo staff added: priya\.shah, /);

    out = '';
    expect(await runSeed(['--cases', '10', '--workspace', dir], io({}))).toBe(2);
    expect(err).toMatch(/say which administrator signs in with --user NAME or HEARTH_USER\.\n$/);
    expect(await runSeed(['--cases', '10', '--workspace', dir], io({ HEARTH_USER: 'admin' }))).toBe(0);
    expect(out).toMatch(/^Added 10 generated cases/);
    expect(out).not.toMatch(/Demo staff added/);
    expect(await runSeed(['--cases', '10', '--workspace', dir], io({ HEARTH_USER: 'priya.shah' }))).toBe(3); // not an administrator
    expect(await runSeed(['--cases', 'many', '--workspace', dir], io({ HEARTH_USER: 'admin' }))).toBe(2);
  });
});
