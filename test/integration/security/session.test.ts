import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../main/security/audit';
import { ADMIN, makeApp, makeWorkspace } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();
const minutes = (n: number) => n * 60_000;

describe('auto-lock', () => {
  it('locks after the configured idle time, closes the database and drops the key', async () => {
    const app = await makeWorkspace(temp());
    await app.must('settings:update', { idleLockMinutes: 5 });
    const { ws } = app.core.sessions.current()!;
    const start = app.now.value.getTime();
    app.now.value = new Date(start + minutes(4));
    expect(app.core.sessions.checkIdle()).toBe(false);
    await app.must('session:touch', {}); // activity resets the clock
    app.now.value = new Date(start + minutes(8));
    expect(app.core.sessions.checkIdle()).toBe(false);
    app.now.value = new Date(start + minutes(9) + 1);
    expect(app.core.sessions.checkIdle()).toBe(true);
    expect(ws.closed).toBe(true);
    expect(() => ws.masterKey).toThrow(/locked/);
    expect(app.core.sessions.status()).toMatchObject({ signedIn: false, lockedUser: { username: ADMIN.username } });
    expect(await app.call('users:list', {})).toMatchObject({ ok: false, error: { code: 'not-signed-in', message: expect.stringMatching(/locked/) } });
  });

  it('the idle timer fires by itself (fake timers)', async () => {
    const { vi } = await import('vitest');
    vi.useFakeTimers();
    try {
      const app = await makeWorkspace(temp());
      await app.must('settings:update', { idleLockMinutes: 1 });
      app.core.sessions.startIdleTimer(1000);
      app.now.value = new Date(app.now.value.getTime() + minutes(2));
      vi.advanceTimersByTime(1000);
      expect(app.core.sessions.status().lockedUser).not.toBeNull();
      app.core.sessions.stopIdleTimer();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('wrong passphrases', () => {
  it('give a clear message, then a growing wait, and are recorded in the audit log at the next sign-in', async () => {
    const app = await makeWorkspace(temp());
    await app.must('session:lock', {});
    const tries = [];
    for (let i = 0; i < 4; i += 1) tries.push(await app.call('session:unlock', { passphrase: `wrong guess number ${i}` }));
    expect(tries[0]).toMatchObject({ ok: false, error: { code: 'wrong-passphrase', message: expect.stringMatching(/not right/) } });
    expect(tries[3]).toMatchObject({ ok: false, error: { code: 'locked-out', message: expect.stringMatching(/Wait \d+ seconds?/) } });
    // Even the right passphrase waits its turn...
    expect(await app.call('session:unlock', { passphrase: ADMIN.passphrase })).toMatchObject({ ok: false, error: { code: 'locked-out' } });
    app.now.value = new Date(app.now.value.getTime() + minutes(1));
    // ...and then works.
    await app.must('session:unlock', { passphrase: ADMIN.passphrase });
    const failed = listAudit(app.core.sessions.current()!.ws.db, 50).filter((e) => e.action === 'session:unlock' && e.outcome === 'failed');
    expect(failed.length).toBeGreaterThanOrEqual(3);
  });
});

describe('the audit trail of requests', () => {
  it('records views, edits and refusals, with the person', async () => {
    const app = await makeWorkspace(temp());
    await app.must('users:list', {});
    await app.must('users:add', { username: 'olly', displayName: 'Olly Officer', role: 'officer', passphrase: 'maple cloud harbour' });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'olly', passphrase: 'maple cloud harbour' });
    expect(await app.call('users:list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const events = listAudit(app.core.sessions.current()!.ws.db, 100).map((e) => `${e.username}:${e.action}:${e.outcome}`);
    expect(events).toContain('ada:users:list:ok');
    expect(events).toContain('ada:users:add:ok');
    expect(events).toContain('olly:users:list:denied');
    expect(events).toContain('olly:session:signIn:ok');
  });

  it('keeps at least one administrator', async () => {
    const app = await makeWorkspace(temp());
    const me = app.core.sessions.current()!.user;
    expect(await app.call('users:setRole', { userId: me.id, role: 'officer' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await app.call('users:remove', { userId: me.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('asks a user added by an admin to choose their own passphrase', async () => {
    const app = await makeWorkspace(temp());
    await app.must('users:add', { username: 'nia', displayName: 'Nia', role: 'manager', passphrase: 'temporary long phrase' });
    await app.must('session:signOut', {});
    expect((await app.must('session:signIn', { username: 'nia', passphrase: 'temporary long phrase' })).mustChangePassphrase).toBe(true);
    await app.must('session:changePassphrase', { current: 'temporary long phrase', next: 'my own secret words' });
    expect((await app.must('session:whoami', {})).mustChangePassphrase).toBe(false);
  });

  it('confirms the recovery key only with its real last group', async () => {
    const app = await makeWorkspace(temp());
    expect((await app.must('session:whoami', {})).recoveryKeyConfirmed).toBe(false);
    expect(await app.call('workspace:confirmRecoveryKey', { finalGroup: 'ZZZZ' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    await app.must('workspace:confirmRecoveryKey', { finalGroup: app.recoveryKey.split('-').at(-1)!.toLowerCase() });
    expect((await app.must('session:whoami', {})).recoveryKeyConfirmed).toBe(true);
  });
});

describe('what counts as activity', () => {
  it('status polls do not keep a session alive; the person’s own requests do', async () => {
    const app = await makeWorkspace(temp());
    await app.must('settings:update', { idleLockMinutes: 10 });
    const start = app.now.value.getTime();
    for (let m = 1; m <= 12; m += 1) {
      app.now.value = new Date(start + minutes(m));
      await app.must('workspace:status', {});
    }
    expect(app.core.sessions.checkIdle()).toBe(true);
  });
});

describe('the wrong-passphrase throttle (issue 13)', () => {
  const tryWrong = async (app: Awaited<ReturnType<typeof makeWorkspace>>, username: string, times: number) => {
    const results = [];
    for (let i = 0; i < times; i += 1) results.push(await app.call('session:signIn', { username, passphrase: `wrong guess number ${i}` }));
    return results;
  };

  it('is per user name: one person typing wrong does not lock anyone else out', async () => {
    const app = await makeWorkspace(temp());
    await app.must('users:add', { username: 'bob', displayName: 'Bob', role: 'officer', passphrase: 'river stone lantern' });
    await app.must('session:signOut', {});
    const tries = await tryWrong(app, ADMIN.username, 5);
    expect(tries.at(-1)).toMatchObject({ ok: false, error: { code: 'locked-out' } });
    expect(await app.call('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase })).toMatchObject({ ok: false, error: { code: 'locked-out' } });
    // Bob was never wrong: he signs in at once.
    await app.must('session:signIn', { username: 'bob', passphrase: 'river stone lantern' });
  });

  it('survives a restart: a new process on the same workspace still makes the same name wait', async () => {
    const root = temp();
    const app = await makeWorkspace(root);
    await app.must('session:signOut', {});
    await tryWrong(app, ADMIN.username, 4);
    const restarted = makeApp(root, app.now.value);
    expect(await restarted.call('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase })).toMatchObject({
      ok: false,
      error: { code: 'locked-out', message: expect.stringMatching(/Wait \d+ seconds?/) },
    });
    restarted.now.value = new Date(restarted.now.value.getTime() + minutes(1));
    await restarted.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
  });

  it('throttles names that do not exist exactly like real ones', async () => {
    const app = await makeWorkspace(temp());
    await app.must('session:signOut', {});
    const real = await tryWrong(app, ADMIN.username, 4);
    const madeUp = await tryWrong(app, 'nobody', 4);
    expect(madeUp.map((r) => (r.ok ? 'ok' : r.error))).toEqual(real.map((r) => (r.ok ? 'ok' : r.error)));
  });
});
