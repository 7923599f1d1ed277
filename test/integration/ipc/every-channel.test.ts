import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../../shared/ipc/contract';
import { ROLES, type Role } from '../../../shared/roles';
import { dispatch } from '../../../main/ipc/dispatch';
import { can } from '../../../main/security/can';
import { auditHead } from '../../../main/security/audit';
import { ADMIN, makeWorkspace, type TestApp } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

/**
 * One test that enumerates every channel of the contract (the "proven for every channel"):
 * a foreign sender, a locked or absent session, an invalid payload and a role that is not allowed
 * are each refused, before any handler runs.
 */
const temp = useTempDirs();
const protectedChannels = CHANNELS.filter((c) => contract[c].access !== 'public');
const PASS = 'river stone lantern';

async function appWithEveryRole(): Promise<TestApp> {
  const app = await makeWorkspace(temp());
  for (const role of ROLES.filter((r) => r !== 'admin')) {
    await app.must('users:add', { username: `the-${role}`, displayName: `A ${role}`, role, passphrase: PASS });
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

  describe('with an admin signed in', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await makeWorkspace(temp());
    });

    it.each(CHANNELS)('%s rejects invalid payloads (property-based) and writes nothing', async (channel: Channel) => {
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
        const r = await app.call(channel, {} as never);
        // The input check runs before can(); an empty payload may be invalid, so send a valid one where needed.
        const valid = r.ok === false && r.error.code === 'bad-input' ? await app.call(channel, sampleInput(channel) as never) : r;
        expect(valid, `${role} → ${channel}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        refusals += 1;
      }
    }
    expect(refusals).toBeGreaterThan(10);
  });
});

/** A valid payload for channels whose input has required fields. */
function sampleInput(channel: Channel): unknown {
  const samples: Partial<Record<Channel, unknown>> = {
    'users:add': { username: 'zed', displayName: 'Zed', role: 'officer', passphrase: 'maple cloud harbour' },
    'users:setRole': { userId: 1, role: 'officer' },
    'users:remove': { userId: 1 },
    'backup:restore': { path: '/tmp/x.hbk', passphrase: 'x' },
    'settings:update': { idleLockMinutes: 5 },
  };
  const sample = samples[channel];
  if (sample === undefined || !contract[channel].input.safeParse(sample).success) throw new Error(`sampleInput: add a valid sample for ${channel}`);
  return sample;
}
