import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHostCa, issueDeviceCertificate, newDeviceRequest } from '../../../main/host/ca';
import { verifyChain } from '../../../main/security/audit';
import { raceHateIntake } from '../../helpers/cases';
import { type Host, Pc, PASS, post, startHost } from './office-fixture';

/**
 * The office host end to end on loopback (issue 22): two PCs enrolled with one-time codes, two users signed
 * in at once with their own passphrases, each seeing only what can() and the partner rules allow, every
 * event naming its PC; a revoked PC refused at once; strangers refused; a write retried after the connection
 * dropped applied once; sessions that lock on their own.
 */
let host: Host;
let front: Pc;
let back: Pc;
const db = () => host.app.core.sessions.current()!.ws.db;
/** The audit events of one action, oldest first, with their details (the PC among them). */
function eventsOf(action: string): { username: string | null; outcome: string; target: string | null; detail: Record<string, unknown> | null }[] {
  const rows = db().prepare('SELECT username, outcome, target, detail FROM audit_events WHERE action = ? ORDER BY seq').all(action) as { username: string | null; outcome: string; target: string | null; detail: string | null }[];
  return rows.map((r) => ({ ...r, detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null }));
}
const caseCount = () => (db().prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;

beforeAll(async () => {
  host = await startHost();
  front = await Pc.enrol(host, 'Front desk PC');
  back = await Pc.enrol(host, 'Back office PC');
  return () => {
    front.close();
    back.close();
  };
});

describe('two PCs, two users, one register', () => {
  it('lists the enrolled PCs for the administrator and uses each code once', async () => {
    const status = await host.app.must('host:status', {});
    expect(status.devices.map((d) => d.name).sort()).toEqual(['Back office PC', 'Front desk PC']);
    expect(status.devices.every((d) => d.enrolledBy === 'ada' && d.revokedAt === null)).toBe(true);
    expect(status.caFingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const code = await host.app.must('host:enrolmentCode', { deviceName: 'Laptop' });
    const first = await newDeviceRequest('Laptop');
    expect(await post(host.server.port, '/enrol', { code: code.code, requestPem: first.requestPem }, {})).toMatchObject({ status: 200, result: { ok: true } });
    const again = await post(host.server.port, '/enrol', { code: code.code, requestPem: (await newDeviceRequest('Laptop 2')).requestPem }, {});
    expect(again).toMatchObject({ status: 403, result: { ok: false, error: { code: 'forbidden' } } });
  });

  it('signs each user in on their own PC; each sees only what their role and partner allow; every event names its PC', async () => {
    const olive = await front.call('session:signIn', { username: 'olive', passphrase: PASS });
    const walt = await back.call('session:signIn', { username: 'walt', passphrase: PASS });
    expect(olive).toMatchObject({ ok: true, value: { user: { username: 'olive' } } });
    expect(walt).toMatchObject({ ok: true, value: { user: { username: 'walt' } } });
    expect(front.token).not.toBe(back.token);

    const made = await front.call('case:create', raceHateIntake({ partner: 'C33' }));
    if (!made.ok) throw new Error(made.error.message);
    expect(await front.call('case:get', { id: made.value.id })).toMatchObject({ ok: true, value: { header: { ref: made.value.ref } } });
    // Walt works for another partner: the case is not his to see, on any PC.
    const refused = await back.call('case:get', { id: made.value.id });
    expect(refused.ok).toBe(false);
    // An officer may not list users, whichever PC they use.
    expect(await back.call('users:list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const created = eventsOf('case:create').at(-1)!;
    expect(created).toMatchObject({ username: 'olive', outcome: 'ok' });
    expect(created.detail).toMatchObject({ device: front.identity.serial, deviceName: 'Front desk PC' });
    const denied = eventsOf('users:list').at(-1)!;
    expect(denied).toMatchObject({ username: 'walt', outcome: 'denied' });
    expect(denied.detail).toMatchObject({ device: back.identity.serial, deviceName: 'Back office PC' });
    const signIns = eventsOf('session:signIn').filter((e) => e.detail?.device);
    expect(signIns.map((e) => [e.username, e.detail?.device])).toEqual(
      expect.arrayContaining([
        ['olive', front.identity.serial],
        ['walt', back.identity.serial],
      ]),
    );
    expect(verifyChain(db())).toMatchObject({ ok: true });

    const status = await host.app.must('host:status', {});
    expect(status.serving).toBe(true);
    expect(status.connected.map((c) => [c.username, c.deviceName]).sort()).toEqual([
      ['olive', 'Front desk PC'],
      ['walt', 'Back office PC'],
    ]);
  });

  it('a session token works only on the PC it was given to', async () => {
    const stolen = await back.raw('session:whoami', {}, { token: front.token });
    expect(stolen).toMatchObject({ status: 200, result: { ok: false, error: { code: 'not-signed-in' } } });
    expect(await back.call('session:whoami', {})).toMatchObject({ ok: true, value: { user: { username: 'walt' } } });
  });

  it('refuses a PC with no certificate, and one another CA signed, before any channel runs', async () => {
    expect(await post(host.server.port, '/api/workspace:status', {}, {})).toMatchObject({ status: 403, result: { ok: false, error: { code: 'foreign-sender' } } });
    const other = await createHostCa('Ipswich Office', new Date());
    const req = await newDeviceRequest('Stranger');
    const stranger = await issueDeviceCertificate(other, req.requestPem, 'Stranger', new Date());
    const answer = await post(host.server.port, '/api/workspace:status', {}, { certPem: stranger.certPem, keyPem: req.keyPem, caPem: front.identity.caPem });
    expect(answer).toMatchObject({ status: 403, result: { ok: false, error: { code: 'foreign-sender' } } });
  });

  it('refuses a write from each of the four, saying why, and saves nothing', async () => {
    const before = caseCount();
    const intake = raceHateIntake({ partner: 'C33' });
    // 1. No certificate at all.
    const none = await post(host.server.port, '/api/case:create', intake, {});
    expect(none).toMatchObject({ status: 403, result: { ok: false, error: { code: 'foreign-sender', message: expect.stringMatching(/^This PC is not enrolled with the host \(.+\)\.$/) } } });
    // 2. A certificate from another office's CA (same office name), even with a session token from this host.
    const other = await createHostCa('Ipswich Office', new Date());
    const req = await newDeviceRequest('Front desk PC');
    const foreign = await issueDeviceCertificate(other, req.requestPem, 'Front desk PC', new Date());
    const stranger = await post(host.server.port, '/api/case:create', intake, { certPem: foreign.certPem, keyPem: req.keyPem, caPem: front.identity.caPem, headers: { 'hearth-session': front.token ?? '' } });
    expect(stranger).toMatchObject({ status: 403, result: { ok: false, error: { code: 'foreign-sender', message: expect.stringContaining('This PC is not enrolled with the host') } } });
    // 3. A revoked PC, with its user signed in.
    const lost = await Pc.enrol(host, 'Laptop left on the bus');
    expect(await lost.call('session:signIn', { username: 'olive', passphrase: PASS })).toMatchObject({ ok: true });
    await host.app.must('host:revokeDevice', { serial: lost.identity.serial });
    expect(await lost.raw('case:create', intake)).toMatchObject({
      status: 403,
      result: { ok: false, error: { code: 'foreign-sender', message: 'This PC’s access to the host has been withdrawn. Ask the office administrator to enrol it again.' } },
    });
    lost.close();
    // 4. An enrolled PC with nobody signed in (and one presenting a made-up token).
    const spare = await Pc.enrol(host, 'Spare PC');
    expect(await spare.call('case:create', intake)).toEqual({ ok: false, error: { code: 'not-signed-in', message: 'Sign in first.' } });
    expect(await spare.raw('case:create', intake, { token: 'made-up-token-0123456789' })).toMatchObject({ result: { ok: false, error: { code: 'not-signed-in', message: 'Sign in first.' } } });
    spare.close();
    expect(caseCount()).toBe(before);
  });

  it('answers an enrolled PC with nobody signed in only on public channels', async () => {
    const laptop = await Pc.enrol(host, 'Spare laptop');
    expect(await laptop.call('workspace:status', {})).toMatchObject({ ok: true, value: { exists: true, signedIn: false } });
    expect(await laptop.call('case:list', {})).toMatchObject({ ok: false, error: { code: 'not-signed-in' } });
    expect(await laptop.call('workspace:create', { workspaceName: 'Mine', admin: { username: 'eve', displayName: 'Eve', passphrase: PASS } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    laptop.close();
  });
});

describe('safe retries', () => {
  it('applies a write once when it is sent again with the same key, after the connection was cut mid-request', async () => {
    const key = randomUUID();
    const before = caseCount();
    const cut = await front.raw('case:create', raceHateIntake({ partner: 'C33' }), { key, cut: true });
    expect(cut).toHaveProperty('error');
    // The PC retries with the same key: whether or not the first arrived, the case exists once.
    const retried = await front.call('case:create', raceHateIntake({ partner: 'C33' }), { key });
    const again = await front.call('case:create', raceHateIntake({ partner: 'C33' }), { key });
    expect(retried.ok).toBe(true);
    expect(again).toEqual(retried);
    expect(caseCount()).toBe(before + 1);
    expect(eventsOf('case:create').filter((e) => e.outcome === 'ok')).toHaveLength(2); // the earlier test's and this one
  });

  it('runs two copies of one request that arrive together once', async () => {
    const key = randomUUID();
    const before = caseCount();
    const [a, b] = await Promise.all([front.call('case:create', raceHateIntake({ partner: 'C33' }), { key }), front.raw('case:create', raceHateIntake({ partner: 'C33' }), { key, cut: false })]);
    expect(a.ok).toBe(true);
    expect(b).toMatchObject({ status: 200, result: a });
    expect(caseCount()).toBe(before + 1);
  });

  it('a new key is a new request', async () => {
    const before = caseCount();
    await front.call('case:create', raceHateIntake({ partner: 'C33' }), { key: randomUUID() });
    await front.call('case:create', raceHateIntake({ partner: 'C33' }), { key: randomUUID() });
    expect(caseCount()).toBe(before + 2);
  });
});

describe('sessions per user per PC', () => {
  it('locks an idle session on its own, leaving the other PC’s session signed in, and unlocks it with the passphrase', async () => {
    const minutes = (await front.call('session:whoami', {})) as { ok: true; value: { idleLockMinutes: number } };
    const start = host.app.now.value;
    host.app.now.value = new Date(start.getTime() + (minutes.value.idleLockMinutes - 1) * 60_000);
    await back.call('session:touch', {});
    host.app.now.value = new Date(start.getTime() + (minutes.value.idleLockMinutes + 1) * 60_000);
    expect(host.office.checkIdle()).toBe(1);
    expect(await front.call('workspace:status', {})).toMatchObject({ ok: true, value: { signedIn: false, lockedUser: { username: 'olive' } } });
    expect(await back.call('session:whoami', {})).toMatchObject({ ok: true, value: { user: { username: 'walt' } } });
    const locks = eventsOf('session:autoLock').at(-1)!;
    expect(locks).toMatchObject({ username: 'olive' });
    expect(locks.detail).toMatchObject({ device: front.identity.serial });
    expect(await front.call('session:unlock', { passphrase: 'not it' })).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    expect(await front.call('session:unlock', { passphrase: PASS })).toMatchObject({ ok: true, value: { user: { username: 'olive' } } });
    host.app.now.value = new Date();
  });

  it('throttles wrong passphrases per user, whichever PC they come from', async () => {
    const laptop = await Pc.enrol(host, 'Another laptop');
    for (let i = 0; i < 3; i += 1) {
      expect(await laptop.call('session:signIn', { username: 'mina', passphrase: 'wrong wrong wrong' })).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    }
    expect(await front.call('session:signIn', { username: 'mina', passphrase: PASS })).toMatchObject({ ok: false, error: { code: 'locked-out' } });
    // Another user is not held up by it.
    expect(await laptop.call('session:signIn', { username: 'walt', passphrase: PASS })).toMatchObject({ ok: true });
    laptop.close();
    // Olive's session on the front desk PC survives a refused sign-in over it.
    expect(await front.call('session:whoami', {})).toMatchObject({ ok: true, value: { user: { username: 'olive' } } });
  });

  it('signing out on one PC leaves the other signed in', async () => {
    expect(await back.call('session:signOut', {})).toMatchObject({ ok: true });
    expect(await back.call('case:list', {})).toMatchObject({ ok: false, error: { code: 'not-signed-in' } });
    expect(await front.call('session:whoami', {})).toMatchObject({ ok: true });
    back.token = null;
    expect(await back.call('session:signIn', { username: 'walt', passphrase: PASS })).toMatchObject({ ok: true });
  });
});

describe('revocation', () => {
  it('refuses a revoked PC at once, on the connection it already has open, while the other carries on', async () => {
    expect(await back.call('session:whoami', {})).toMatchObject({ ok: true });
    await host.app.must('host:revokeDevice', { serial: back.identity.serial });
    const refused = await back.raw('session:whoami', {});
    expect(refused).toMatchObject({ status: 403, result: { ok: false, error: { code: 'foreign-sender', message: expect.stringContaining('withdrawn') } } });
    expect(await front.call('session:whoami', {})).toMatchObject({ ok: true });
    const status = await host.app.must('host:status', {});
    expect(status.connected.map((c) => c.deviceName)).not.toContain('Back office PC');
    expect(status.devices.find((d) => d.serial === back.identity.serial)?.revokedAt).not.toBeNull();
    expect(eventsOf('host:revokeDevice').at(-1)).toMatchObject({ username: 'ada', target: `device:${back.identity.serial}` });
  });
});
