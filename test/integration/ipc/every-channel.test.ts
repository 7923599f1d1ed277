import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../../shared/ipc/contract';
import { ROLES, type Role } from '../../../shared/roles';
import { dispatch } from '../../../main/ipc/dispatch';
import { can } from '../../../main/security/can';
import { auditHead } from '../../../main/security/audit';
import { ADMIN, makeWorkspace, type TestApp, addUser } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

/**
 * One test that enumerates every channel of the contract (the "proven for every channel"):
 * a foreign sender, a locked or absent session, a role that is not allowed and an invalid payload
 * are each refused, before any handler runs.
 */
const temp = useTempDirs();
const protectedChannels = CHANNELS.filter((c) => contract[c].access !== 'public');
const PASS = 'river stone lantern';

async function appWithEveryRole(): Promise<TestApp> {
  const app = await makeWorkspace(temp());
  for (const role of ROLES.filter((r) => r !== 'admin')) {
    await addUser(app, { username: `the-${role}`, displayName: `A ${role}`, role, passphrase: PASS });
  }
  return app;
}

const signInAs = async (app: TestApp, role: Role) => {
  if (role === 'admin') await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
  else await app.must('session:signIn', { username: `the-${role}`, passphrase: PASS });
};

describe('every IPC channel', () => {
  it('has a handler and is named domain:verb', () => {
    for (const c of CHANNELS) expect(c).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it('rejects a foreign sender, whatever the payload', async () => {
    const app = await makeWorkspace(temp());
    for (const channel of CHANNELS) {
      const r = await dispatch(app.core, channel, {}, { trusted: false, reason: 'a subframe' });
      expect(r, channel).toMatchObject({ ok: false, error: { code: 'foreign-sender' } });
    }
  });

  it('rejects protected channels when locked and when signed out', async () => {
    const app = await makeWorkspace(temp());
    await app.must('session:lock', {});
    for (const channel of protectedChannels) expect(await app.call(channel, {} as never), channel).toMatchObject({ ok: false, error: { code: 'not-signed-in' } });
    await app.must('session:unlock', { passphrase: ADMIN.passphrase });
    await app.must('session:signOut', {});
    for (const channel of protectedChannels) expect(await app.call(channel, {} as never), channel).toMatchObject({ ok: false, error: { code: 'not-signed-in' } });
  });

  describe('signed in with a role allowed to use it', () => {
    let app: TestApp;
    // A fresh workspace per channel: the temp folders are removed after each test.
    beforeEach(async () => {
      app = await appWithEveryRole();
    });

    it.each(CHANNELS)('%s rejects invalid payloads (property-based) and writes nothing', async (channel: Channel) => {
      const access = contract[channel].access;
      const role = ROLES.find((r) => access === 'public' || can({ id: 0, role: r }, access))!;
      await app.must('session:signOut', {});
      await signInAs(app, role);
      const schema = contract[channel].input;
      const { db } = app.core.sessions.current()!.ws;
      const before = auditHead(db);
      await fc.assert(
        fc.asyncProperty(
          fc.anything().filter((v) => v !== undefined && v !== null && !schema.safeParse(v).success),
          async (payload) => {
            const r = await app.call(channel, payload as never);
            expect(r).toMatchObject({ ok: false, error: { code: 'bad-input' } });
          },
        ),
        { numRuns: 40 },
      );
      expect(auditHead(db)).toEqual(before);
    });
  });

  it('rejects every role that can() does not allow, channel by channel', async () => {
    const app = await appWithEveryRole();
    let refusals = 0;
    for (const role of ROLES) {
      await app.must('session:signOut', {});
      await signInAs(app, role);
      const me = app.core.sessions.current()!.user;
      for (const channel of protectedChannels) {
        const access = contract[channel].access;
        if (access === 'public' || can(me, access)) continue;
        // can() runs before the input is parsed, so even an empty payload is refused for the role alone.
        expect(await app.call(channel, {} as never), `${role} → ${channel}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        refusals += 1;
      }
    }
    expect(refusals).toBeGreaterThan(10);
  });
});
