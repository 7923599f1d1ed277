import { describe, expect, it } from 'vitest';
import { raceHateIntake } from '../../helpers/cases';
import { ADMIN, addUser, makeApp, makeWorkspace, type TestApp } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

/**
 * Issue 17, item 4: drafts that survive. What a person types into a long form is kept in the encrypted
 * database, theirs alone, and offered back after a lock, sign-out or restart; a submitted form drops it.
 */
const temp = useTempDirs();
const PASS = 'river stone lantern';
const report = { method: 'phone', description: 'Shouting on the landing at 2am, third night running.', people: [{ name: 'Amira Haddad' }] };

const as = async (app: TestApp, username: string, passphrase = PASS) => {
  await app.must('session:signOut', {});
  await app.must('session:signIn', { username, passphrase });
};

describe('drafts', () => {
  it('keeps what was typed, per form and case, and gives it back after a lock, a sign-out and a restart', async () => {
    const root = temp();
    const app = await makeWorkspace(root);
    const c = await app.must('case:create', raceHateIntake());
    const saved = await app.must('draft:save', { form: 'report', body: report });
    expect(saved.updatedAt).toBe(app.now.value.toISOString());
    await app.must('draft:save', { form: 'contact', caseId: c.id, body: { summary: 'Called Amira' } });
    // The same form on another case, or no case, is another draft.
    expect(await app.must('draft:get', { form: 'contact', caseId: null })).toBeNull();
    expect(await app.must('draft:get', { form: 'contact', caseId: c.id })).toMatchObject({ body: { summary: 'Called Amira' } });

    // Saving again replaces it.
    app.now.value = new Date(app.now.value.getTime() + 60_000);
    await app.must('draft:save', { form: 'report', body: { ...report, method: 'email' } });
    expect(await app.must('draft:list', {})).toEqual([
      { form: 'report', caseId: null, caseRef: null, updatedAt: app.now.value.toISOString() },
      { form: 'contact', caseId: c.id, caseRef: c.ref, updatedAt: saved.updatedAt },
    ]);

    await app.must('session:lock', {});
    await app.must('session:unlock', { passphrase: ADMIN.passphrase });
    expect((await app.must('draft:get', { form: 'report' }))?.body).toEqual({ ...report, method: 'email' });
    await as(app, ADMIN.username, ADMIN.passphrase);
    expect((await app.must('draft:get', { form: 'report' }))?.body).toEqual({ ...report, method: 'email' });

    // A restart (or a crash): a new process on the same workspace.
    await app.must('session:signOut', {});
    const again = makeApp(root, app.now.value);
    await again.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    expect((await again.must('draft:get', { form: 'report' }))?.body).toEqual({ ...report, method: 'email' });
    // Kept only inside the encrypted database: the text is not in any file of the workspace as it stands.
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
    for (const f of files(again.dir)) expect(readFileSync(f).includes('third night running'), f).toBe(false);
  });

  it('is the person’s own: another user cannot read, list or discard it, nor reach a draft on a case not theirs', async () => {
    const app = await makeWorkspace(temp());
    const olly = await addUser(app, { username: 'olly', displayName: 'Olly Officer', role: 'officer', passphrase: PASS, partners: ['C33'] });
    await addUser(app, { username: 'wendy', displayName: 'Wendy WH', role: 'officer', passphrase: PASS, partners: ['WH'] });
    const c = await app.must('case:create', raceHateIntake({ partner: 'C33' }));
    await app.must('draft:save', { form: 'report', body: report });
    await app.must('draft:save', { form: 'contact', caseId: c.id, body: { summary: 'Called Amira' } });

    await as(app, 'olly');
    expect(await app.must('draft:get', { form: 'report' })).toBeNull();
    expect(await app.must('draft:get', { form: 'contact', caseId: c.id })).toBeNull();
    expect(await app.must('draft:list', {})).toEqual([]);
    await app.must('draft:discard', { form: 'report' }); // discards nothing of Ada's
    await app.must('draft:save', { form: 'report', body: { method: 'letter' } });

    // A case of another partner is not found, as for any request about it.
    await as(app, 'wendy');
    expect(await app.call('draft:save', { form: 'contact', caseId: c.id, body: { summary: 'x' } })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await app.call('draft:get', { form: 'contact', caseId: c.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });

    await as(app, ADMIN.username, ADMIN.passphrase);
    expect((await app.must('draft:get', { form: 'report' }))?.body).toEqual(report);
    await as(app, 'olly');
    expect((await app.must('draft:get', { form: 'report' }))?.body).toEqual({ method: 'letter' });

    // A person removed: their drafts go with the next purge, nobody else's.
    await as(app, ADMIN.username, ADMIN.passphrase);
    await app.must('users:remove', { userId: olly.id });
    await app.must('draft:list', {});
    const db = app.core.sessions.current()!.ws.db;
    expect(db.prepare('SELECT u.username, d.form FROM drafts d JOIN users u ON u.id = d.user_id ORDER BY 1, 2').all()).toEqual([
      { username: ADMIN.username, form: 'contact' },
      { username: ADMIN.username, form: 'report' },
    ]);
  });

  it('refuses a draft over the size limit with a clear error, and keeps the one it had', async () => {
    const app = await makeWorkspace(temp());
    await app.must('draft:save', { form: 'report', body: report });
    const r = await app.call('draft:save', { form: 'report', body: { ...report, description: 'x'.repeat(300 * 1024) } });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/too large to keep \(301 KB; a draft may hold 256 KB\)/) } });
    expect((await app.must('draft:get', { form: 'report' }))?.body).toEqual(report);
  });

  it('is dropped when its form is submitted (only that form, on that case) or discarded, and after 30 days', async () => {
    const app = await makeWorkspace(temp());
    const a = await app.must('case:create', raceHateIntake());
    const b = await app.must('case:create', raceHateIntake());
    await app.must('draft:save', { form: 'report', body: report });
    await app.must('draft:save', { form: 'contact', caseId: a.id, body: { summary: 'Called' } });
    await app.must('draft:save', { form: 'contact', caseId: b.id, body: { summary: 'Visited' } });
    await app.must('draft:save', { form: 'incident', caseId: a.id, body: { description: 'More abuse' } });

    // A refused submission keeps the draft.
    expect(await app.call('case:create', { ...raceHateIntake(), receivedAt: '2099-01-01T00:00:00Z' })).toMatchObject({ ok: false });
    expect(await app.must('draft:get', { form: 'report' })).not.toBeNull();
    await app.must('case:create', raceHateIntake());
    expect(await app.must('draft:get', { form: 'report' })).toBeNull();

    const complainant = (await app.must('case:get', { id: a.id })).parties.find((p) => p.role === 'complainant')!;
    await app.must('contact:add', { caseId: a.id, at: '2026-11-21T08:30:00Z', kind: 'call', partyId: complainant.id, summary: 'Called' });
    expect(await app.must('draft:get', { form: 'contact', caseId: a.id })).toBeNull();
    expect(await app.must('draft:get', { form: 'contact', caseId: b.id })).not.toBeNull();
    expect(await app.must('draft:get', { form: 'incident', caseId: a.id })).not.toBeNull();

    await app.must('draft:discard', { form: 'incident', caseId: a.id });
    expect(await app.must('draft:get', { form: 'incident', caseId: a.id })).toBeNull();
    const audit = await app.must('audit:list', { limit: 50 });
    expect(audit.some((e) => e.action === 'draft:discard' && e.outcome === 'ok' && e.target === `case:${a.ref}`)).toBe(true);

    // 30 days untouched: gone.
    app.now.value = new Date(app.now.value.getTime() + 29 * 86_400_000);
    expect(await app.must('draft:get', { form: 'contact', caseId: b.id })).not.toBeNull();
    app.now.value = new Date(app.now.value.getTime() + 2 * 86_400_000);
    expect(await app.must('draft:list', {})).toEqual([]);
    expect(await app.must('draft:get', { form: 'contact', caseId: b.id })).toBeNull();
  });
});
