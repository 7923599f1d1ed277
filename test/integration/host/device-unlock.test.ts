import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientOfDevice } from '../../../main/host/client';
import { lockedDevice } from '../../../main/host/device-lock';
import { PC_PASSPHRASE, writePcDevice } from '../../helpers/office-pc';
import { closeAfterFile, type Host, Pc, PASS, pcBrowserMode, startHost } from './office-fixture';

/**
 * Issue 22: a PC's browser mode (and the Electron app) starts with the PC's key locked in its device file, and
 * the window asks for this PC's passphrase (device:unlock). The bridge answers that call itself: it is never
 * forwarded to the host. A wrong passphrase is refused in words and slowed down, across a restart too.
 */
let host: Host;
let pc: Pc;
let dir: string;
let file: string;

beforeAll(async () => {
  host = await startHost();
  pc = await Pc.enrol(host, 'Front desk PC');
  dir = mkdtempSync(join(tmpdir(), 'hearth-pc-'));
  file = join(dir, 'office-host.json');
  writePcDevice(file, { ...pc.device(), deviceName: 'Front desk PC', serial: pc.identity.serial });
});

afterAll(() => {
  pc.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The PC's client as browser mode makes it, with a record of every channel that went on towards the host. */
function startPc(now: () => number) {
  const forwarded: string[] = [];
  const closers: (() => void)[] = [];
  const device = lockedDevice(file, {
    now,
    connect: (f, d) => {
      const client = clientOfDevice(f, d);
      closers.push(client.close);
      return {
        ...client,
        forward: (channel, body) => {
          forwarded.push(channel);
          return client.forward(channel, body);
        },
      };
    },
  });
  closeAfterFile(() => closers.forEach((close) => close()));
  return { device, forwarded };
}

describe('this PC’s passphrase, asked in the app', () => {
  it('answers device-locked until the right passphrase, refuses a wrong one, and never sends it to the host', async () => {
    let clock = Date.now();
    const { device, forwarded } = startPc(() => clock);
    const browser = await pcBrowserMode(device.forward);

    expect(await browser.call('workspace:status', {})).toMatchObject({ ok: false, error: { code: 'unavailable', office: 'device-locked', message: expect.stringContaining('This PC’s Hearth key is locked') } });
    expect(await browser.call('device:unlock', { passphrase: 'not it' })).toMatchObject({ ok: false, error: { code: 'wrong-passphrase', office: 'device-locked' } });
    expect(device.unlocked()).toBe(false);

    // Two wrong tries cost nothing more; after the third, even the right passphrase waits (no limitless guessing).
    await browser.call('device:unlock', { passphrase: 'nor this' });
    await browser.call('device:unlock', { passphrase: 'nor that' });
    expect(await browser.call('device:unlock', { passphrase: PC_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'locked-out', office: 'device-locked', message: expect.stringContaining('Too many wrong passphrases') } });

    // Quitting and starting again does not reset the wait: the counters are kept beside the device file.
    const again = startPc(() => clock);
    const browserAgain = await pcBrowserMode(again.device.forward);
    expect(await browserAgain.call('device:unlock', { passphrase: PC_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'locked-out' } });

    clock += 60_000;
    expect(await browserAgain.call('device:unlock', { passphrase: PC_PASSPHRASE })).toMatchObject({ ok: true, value: { deviceName: 'Front desk PC', hostUrl: `https://127.0.0.1:${host.server.port}` } });
    expect(await browserAgain.call('workspace:status', {})).toMatchObject({ ok: true, value: { exists: true, signedIn: false } });
    expect(await browserAgain.call('session:signIn', { username: 'olive', passphrase: PASS })).toMatchObject({ ok: true, value: { user: { username: 'olive' } } });
    // Asked again once unlocked: answered here too.
    expect(await browserAgain.call('device:unlock', { passphrase: 'anything' })).toMatchObject({ ok: true });

    expect(again.forwarded).toEqual(['workspace:status', 'session:signIn']);
    expect(forwarded).toEqual([]);
    // On the host, nothing about this PC's passphrase: no event, and the host itself refuses the channel.
    const db = host.app.core.sessions.current()!.ws.db;
    expect(db.prepare("SELECT count(*) AS n FROM audit_events WHERE action = 'device:unlock'").get()).toEqual({ n: 0 });
    expect(await pc.call('device:unlock', { passphrase: PC_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
