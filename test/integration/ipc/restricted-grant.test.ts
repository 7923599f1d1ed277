import { describe, expect, it } from 'vitest';
import { raceHateIntake } from '../../helpers/cases';
import { addUser, makeWorkspace, type TestApp } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

/**
 * Issue 13, finding 1: opening a restricted case with a reason grants that session that case for the
 * workspace's set time, and nothing more: not after the time, not another case, not another session, not
 * after a lock. The grant, its reason and its expiry are in the audit log.
 */
const temp = useTempDirs();
const PASS = 'river stone lantern';
const REASON = 'Checking the tenancy file for the hearing';

async function twoRestrictedCases(): Promise<TestApp & { first: number; second: number; ref: string }> {
  const app = await makeWorkspace(temp());
  await addUser(app, { username: 'olly', displayName: 'Olly Officer', role: 'officer', passphrase: PASS });
  await addUser(app, { username: 'otto', displayName: 'Otto Officer', role: 'officer', passphrase: PASS });
  const first = await app.must('case:create', raceHateIntake());
  const second = await app.must('case:create', raceHateIntake({ summary: 'Another case' }));
  for (const c of [first, second]) await app.must('case:restrict', { id: c.id, restricted: true, reason: 'A member of staff is involved.' });
  await app.must('session:signOut', {});
  await app.must('session:signIn', { username: 'olly', passphrase: PASS });
  return { ...app, first: first.id, second: second.id, ref: first.ref };
}

const note = (app: TestApp, caseId: number) => app.call('note:add', { caseId, text: 'Spoke to the complainant.' });
const later = (app: TestApp, minutes: number) => (app.now.value = new Date(app.now.value.getTime() + minutes * 60_000));

describe('a grant to a restricted case', () => {
  it('is given by opening the case with a reason, audited with the reason and its expiry, and lasts the set time', async () => {
    const app = await twoRestrictedCases();
    expect(await note(app, app.first)).toMatchObject({ ok: false, error: { code: 'reason-required', message: expect.stringMatching(/Open the case and give your reason.*30 minutes/) } });
    await app.must('case:get', { id: app.first, reason: REASON });
    const db = app.core.sessions.current()!.ws.db;
    const opened = db.prepare("SELECT target, detail FROM audit_events WHERE action = 'case:get' AND outcome = 'ok' ORDER BY seq DESC LIMIT 1").get() as { target: string; detail: string };
    expect(opened.target).toBe(`case:${app.ref}`);
    expect(JSON.parse(opened.detail)).toEqual({ reason: REASON, grantedUntil: '2026-11-21T09:30:00.000Z' });

    expect(await note(app, app.first)).toMatchObject({ ok: true });
    expect(await app.call('case:get', { id: app.first })).toMatchObject({ ok: true });
    const used = db.prepare("SELECT detail FROM audit_events WHERE action = 'note:add' AND outcome = 'ok'").get() as { detail: string };
    expect(JSON.parse(used.detail)).toEqual({ grantUntil: '2026-11-21T09:30:00.000Z' });

    later(app, 29);
    expect(await note(app, app.first)).toMatchObject({ ok: true });
    later(app, 2);
    expect(await note(app, app.first)).toMatchObject({ ok: false, error: { code: 'reason-required' } });
    expect(await app.call('case:get', { id: app.first })).toMatchObject({ ok: false, error: { code: 'reason-required', message: `${app.ref} is restricted. Say why you need to open it; your reason is recorded.` } });
    const refused = db.prepare("SELECT outcome, detail FROM audit_events WHERE action = 'note:add' ORDER BY seq DESC LIMIT 1").get() as { outcome: string; detail: string };
    expect(refused.outcome).toBe('denied');
    expect(JSON.parse(refused.detail)).toEqual({ code: 'reason-required' });
  });

  it('follows the workspace setting for how long it lasts', async () => {
    const app = await twoRestrictedCases();
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'ada', passphrase: 'correct horse battery staple' });
    await app.must('settings:update', { restrictedAccessMinutes: 5 });
    await app.must('case:get', { id: app.first, reason: REASON });
    later(app, 4);
    expect(await note(app, app.first)).toMatchObject({ ok: true });
    later(app, 2);
    expect(await note(app, app.first)).toMatchObject({ ok: false, error: { code: 'reason-required', message: expect.stringMatching(/5 minutes/) } });
  });

  it('does not carry to another case', async () => {
    const app = await twoRestrictedCases();
    await app.must('case:get', { id: app.first, reason: REASON });
    expect(await note(app, app.first)).toMatchObject({ ok: true });
    expect(await note(app, app.second)).toMatchObject({ ok: false, error: { code: 'reason-required' } });
    expect(await app.call('deadline:forCase', { caseId: app.second })).toMatchObject({ ok: false, error: { code: 'reason-required' } });
  });

  it('does not carry to another session, of the same person or another, and ends when the workspace locks', async () => {
    const app = await twoRestrictedCases();
    await app.must('case:get', { id: app.first, reason: REASON });
    await app.must('session:lock', {});
    await app.must('session:unlock', { passphrase: PASS });
    expect(await note(app, app.first)).toMatchObject({ ok: false, error: { code: 'reason-required' } });

    await app.must('case:get', { id: app.first, reason: REASON });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'olly', passphrase: PASS });
    expect(await note(app, app.first)).toMatchObject({ ok: false, error: { code: 'reason-required' } });

    await app.must('case:get', { id: app.first, reason: REASON });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'otto', passphrase: PASS });
    expect(await note(app, app.first)).toMatchObject({ ok: false, error: { code: 'reason-required' } });
  });

  it('applies to managers and administrators too (break-glass is audited for everyone)', async () => {
    const app = await twoRestrictedCases();
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'ada', passphrase: 'correct horse battery staple' });
    expect(await note(app, app.first)).toMatchObject({ ok: false, error: { code: 'reason-required' } });
    expect(await app.call('case:restrict', { id: app.first, restricted: false, reason: 'No member of staff involved after all.' })).toMatchObject({ ok: false, error: { code: 'reason-required' } });
    await app.must('case:get', { id: app.first, reason: REASON });
    await app.must('case:restrict', { id: app.first, restricted: false, reason: 'No member of staff involved after all.' });
    later(app, 120);
    expect(await note(app, app.first)).toMatchObject({ ok: true });
  });

  it('is needed to link a new report to a restricted case', async () => {
    const app = await twoRestrictedCases();
    const linked = raceHateIntake({ linkToCaseIds: [app.first] });
    expect(await app.call('case:create', linked)).toMatchObject({ ok: false, error: { code: 'reason-required' } });
    await app.must('case:get', { id: app.first, reason: REASON });
    expect(await app.call('case:create', linked)).toMatchObject({ ok: true });
  });
});
