import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workspacePaths } from '../../../main/workspace/paths';
import { addUser, ADMIN, makeWorkspace } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();
const BOB = { username: 'bob', displayName: 'Bob Marsh', passphrase: 'river stone lantern' };

/**
 * Issue 17: an administrator resets someone's forgotten passphrase. The person's key slot is replaced by one
 * sealed with the workspace key under a one-time passphrase (shown once), so they keep their access; the old
 * passphrase opens nothing; they must choose their own before anything else; nothing secret is audited.
 */
describe('users:resetPassphrase', () => {
  it('refuses the old passphrase, lets the one-time one in only to change it, then the new one works', async () => {
    const app = await makeWorkspace(temp());
    const bob = await addUser(app, { ...BOB, role: 'officer', partners: ['C33', 'EPIC'] });
    const keyBefore = readFileSync(workspacePaths(app.dir).keyring, 'utf8');

    const reset = await app.must('users:resetPassphrase', { userId: bob.id });
    expect(reset.username).toBe('bob');
    expect(reset.oneTimePassphrase).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const users = await app.must('users:list', {});
    expect(users.find((u) => u.id === bob.id)).toMatchObject({ mustChangePassphrase: true, partners: ['C33', 'EPIC'] });

    // The audit event names whom, never the passphrase; the key file does not hold it either.
    const events = await app.must('audit:list', { limit: 5 });
    const event = events.find((e) => e.action === 'users:resetPassphrase')!;
    expect(event).toMatchObject({ username: ADMIN.username, target: `user:${bob.id}`, outcome: 'ok' });
    expect(JSON.stringify(events)).not.toContain(reset.oneTimePassphrase);
    const keyAfter = readFileSync(workspacePaths(app.dir).keyring, 'utf8');
    expect(keyAfter).not.toBe(keyBefore);
    expect(keyAfter).not.toContain(reset.oneTimePassphrase);
    await app.must('session:signOut', {});

    expect(await app.call('session:signIn', { username: 'bob', passphrase: BOB.passphrase })).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    const signedIn = await app.must('session:signIn', { username: 'bob', passphrase: reset.oneTimePassphrase });
    expect(signedIn.mustChangePassphrase).toBe(true);
    expect(await app.call('case:list', {})).toMatchObject({ ok: false, error: { code: 'passphrase-change-required' } });
    await app.must('session:changePassphrase', { current: reset.oneTimePassphrase, next: 'a brand new phrase of mine' });
    await app.must('session:signOut', {});

    expect(await app.call('session:signIn', { username: 'bob', passphrase: reset.oneTimePassphrase })).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    const own = await app.must('session:signIn', { username: 'bob', passphrase: 'a brand new phrase of mine' });
    expect(own).toMatchObject({ mustChangePassphrase: false, partners: ['C33', 'EPIC'] });
    // Bob's access to the workspace is whole: he reads the database through his new slot.
    expect((await app.must('case:list', {})).total).toBe(0);
  });

  it('is for administrators, about someone else', async () => {
    const app = await makeWorkspace(temp());
    const bob = await addUser(app, { ...BOB, role: 'manager' });
    const me = (await app.must('users:list', {})).find((u) => u.username === ADMIN.username)!;
    expect(await app.call('users:resetPassphrase', { userId: me.id })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/use Change passphrase/) } });
    expect(await app.call('users:resetPassphrase', { userId: 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'bob', passphrase: BOB.passphrase });
    expect(await app.call('users:resetPassphrase', { userId: me.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(bob.id).toBeGreaterThan(me.id);
  });
});
