import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel, type Domain, splitChannel } from '../../../shared/ipc/contract';
import { ROLES, type Role } from '../../../shared/roles';
import { can } from '../../../main/security/can';
import { ADMIN, makeWorkspace, type TestApp } from '../../helpers/core';

/**
 * Issue 13, finding 5: a person whose passphrase was set by an administrator may do nothing through any
 * channel until they choose their own, except what the change screen needs. Checked over the whole
 * contract, one family (domain) at a time, with a person whose role may otherwise use each channel.
 */
const TEMPORARY = 'temporary long phrase';
const OWN = 'my very own passphrase now';
const ALLOWED = new Set<Channel>(['session:changePassphrase', 'session:whoami', 'session:touch', 'session:lock', 'session:signOut']);
const refusedChannels = CHANNELS.filter((c) => contract[c].access !== 'public' && !ALLOWED.has(c));
const families = [...new Set(refusedChannels.map((c) => splitChannel(c)[0] as Domain))];

let app: TestApp;
let root: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hearth-test-'));
  app = await makeWorkspace(root);
  for (const role of ROLES) await app.must('users:add', { username: `new-${role}`, displayName: `New ${role}`, role, passphrase: TEMPORARY });
  await app.must('session:signOut', {});
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const roleFor = (channel: Channel): Role => ROLES.find((r) => can({ id: 0, role: r }, contract[channel].access as never))!;

async function signInNew(role: Role): Promise<void> {
  if (app.core.sessions.current()) await app.must('session:signOut', {});
  const info = await app.must('session:signIn', { username: `new-${role}`, passphrase: TEMPORARY });
  expect(info.mustChangePassphrase).toBe(true);
}

describe('before choosing their own passphrase', () => {
  it.each(families)('the %s channels are refused, and say why', async (family) => {
    for (const channel of refusedChannels.filter((c) => splitChannel(c)[0] === family)) {
      const role = roleFor(channel);
      await signInNew(role);
      // Refused before the input is read: even an empty payload gets the same answer.
      const r = await app.call(channel, {} as never);
      expect(r, `${role} → ${channel}`).toMatchObject({ ok: false, error: { code: 'passphrase-change-required', message: expect.stringMatching(/Choose your own passphrase first/) } });
    }
  });

  it('the change screen’s own channels work, the refusals are audited, and after the change everything is allowed', async () => {
    await signInNew('admin');
    expect((await app.must('session:whoami', {})).mustChangePassphrase).toBe(true);
    expect(await app.call('session:touch', {})).toMatchObject({ ok: true });
    expect(await app.call('workspace:status', {})).toMatchObject({ ok: true, value: { signedIn: true } });
    expect(await app.call('users:list', {})).toMatchObject({ ok: false, error: { code: 'passphrase-change-required' } });
    const db = app.core.sessions.current()!.ws.db;
    const refused = db.prepare("SELECT username, outcome, detail FROM audit_events WHERE action = 'users:list' ORDER BY seq DESC LIMIT 1").get();
    expect(refused).toEqual({ username: 'new-admin', outcome: 'denied', detail: JSON.stringify({ code: 'passphrase-change-required' }) });

    await app.must('session:changePassphrase', { current: TEMPORARY, next: OWN });
    expect((await app.must('users:list', {})).map((u) => u.username)).toContain(ADMIN.username);
    await app.must('session:signOut', {});
    expect((await app.must('session:signIn', { username: 'new-admin', passphrase: OWN })).mustChangePassphrase).toBe(false);
    expect(await app.call('audit:verify', {})).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('a role the channel does not allow still hears about its role, not the passphrase', async () => {
    await signInNew('officer');
    expect(await app.call('users:list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
