import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../main/cli/index';
import type { CliIo } from '../../../main/cli/io';
import { hostBridge } from '../../../main/host/bridge';
import { readDeviceFile } from '../../../main/host/device-file';
import { PASS, startHost } from './office-fixture';

/**
 * `hearth enrol` (issue 22) on a new PC, over loopback TLS: it enrols with the code the administrator made,
 * checks the host proved it knows the code, pins the CA, and writes a device file whose key is encrypted under
 * the PC user's passphrase; the client bridge then works with that file, and a wrong passphrase opens nothing.
 */
const DEVICE_PASS = 'front desk kettle orchard';

async function hearth(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    env: { VITEST: 'true', HEARTH_KDF_COST: 'low', ...env },
    cwd: process.cwd(),
    promptSecret: null,
  };
  const code = await run(args, io);
  return { code, out, err };
}

describe('hearth enrol', () => {
  it('enrols the PC, writes a protected device file the bridge works with, and a wrong passphrase is refused', async () => {
    const host = await startHost();
    const code = await host.app.must('host:enrolmentCode', { deviceName: 'Front desk PC' });
    const file = join(mkdtempSync(join(tmpdir(), 'hearth-pc-')), 'office-host.json');
    const args = ['enrol', '--host', `127.0.0.1:${host.server.port}`, '--code', code.code.toLowerCase(), '--name', 'Front desk PC', '--out', file];

    const done = await hearth(args, { HEARTH_DEVICE_PASSPHRASE: DEVICE_PASS });
    expect(done.err).toBe('');
    expect(done.code).toBe(0);
    const status = await host.app.must('host:status', {});
    expect(done.out).toContain(`The host’s certificate authority: ${status.caFingerprint}`);
    expect(status.devices).toEqual([expect.objectContaining({ name: 'Front desk PC', revokedAt: null })]);

    // The key is not in the file as written: only its encryption.
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('PRIVATE KEY');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(() => readDeviceFile(file, 'not the passphrase at all')).toThrow(/not the passphrase this PC’s device file was protected with/);

    const device = readDeviceFile(file, DEVICE_PASS);
    expect(device).toMatchObject({ hostUrl: `https://127.0.0.1:${host.server.port}`, deviceName: 'Front desk PC', serial: status.devices[0]!.serial });
    const bridge = hostBridge(device);
    const signedIn = JSON.parse(await bridge.forward('session:signIn', JSON.stringify({ username: 'olive', passphrase: PASS }))) as { ok: boolean };
    expect(signedIn).toMatchObject({ ok: true, value: { user: { username: 'olive' } } });
    expect(host.office.connected()).toEqual([expect.objectContaining({ deviceName: 'Front desk PC', username: 'olive' })]);
    bridge.close();

    // The code was used: the same command again is refused, and an existing device file is never overwritten.
    const again = await hearth(args, { HEARTH_DEVICE_PASSPHRASE: DEVICE_PASS });
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('not right, has been used, or is more than 15 minutes old');
    const other = await host.app.must('host:enrolmentCode', { deviceName: 'Front desk PC' });
    const over = await hearth(['enrol', '--host', `127.0.0.1:${host.server.port}`, '--code', other.code, '--name', 'Front desk PC', '--out', file], { HEARTH_DEVICE_PASSPHRASE: DEVICE_PASS });
    expect(over.err).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('refuses a malformed code or a weak passphrase before anything is sent', async () => {
    const bad = await hearth(['enrol', '--host', '127.0.0.1:9', '--code', 'nope', '--name', 'PC', '--out', '/tmp/x.json'], { HEARTH_DEVICE_PASSPHRASE: DEVICE_PASS });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('An enrolment code is twelve letters and digits');
    const weak = await hearth(['enrol', '--host', '127.0.0.1:9', '--code', '7K3M-QX2P-9TRD', '--name', 'PC', '--out', '/tmp/x.json'], { HEARTH_DEVICE_PASSPHRASE: 'short' });
    expect(weak.code).toBe(2);
    expect(weak.err).toContain('Use at least');
    const away = await hearth(['enrol', '--host', '127.0.0.1:9', '--code', '7K3M-QX2P-9TRD', '--name', 'PC', '--out', '/tmp/x.json'], { HEARTH_DEVICE_PASSPHRASE: DEVICE_PASS });
    expect(away.err).toContain('cannot be reached');
  });
});
