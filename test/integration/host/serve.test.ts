import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../../main/cli/index';
import type { CliIo } from '../../../main/cli/io';
import { newDeviceRequest } from '../../../main/host/ca';
import { isBoundCa } from '../../../main/host/enrolment';
import type { EnrolAnswer } from '../../../shared/schemas/host';
import { addUser, ADMIN, as, BOB, hearth, initWorkspace, useTempDirs } from '../cli/harness';
import { Pc, post } from './office-fixture';

/**
 * `hearth serve` (issue 22): an administrator unlocks the workspace at start; it sets up the host's CA, serves
 * over mutual TLS on the address given, prints an enrolment code when asked, says who is connected, and ends
 * every session when stopped. Run in-process with a stop signal the test controls.
 */
const temp = useTempDirs();
let stop: () => void = () => undefined;
afterEach(() => stop());

async function serve(dir: string, who: { username: string; passphrase: string }, args: string[]) {
  let out = '';
  let err = '';
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const io: CliIo = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    env: { VITEST: 'true', HEARTH_KDF_COST: 'low', ...as(dir, who) },
    cwd: process.cwd(),
    promptSecret: null,
    stopSignal: () => stopped,
  };
  const done = run(['serve', ...args], io);
  const output = () => out + err;
  const waitFor = async (pattern: RegExp) => {
    for (let i = 0; i < 200 && !pattern.test(output()); i += 1) await new Promise((r) => setTimeout(r, 50));
    const m = output().match(pattern);
    if (!m) throw new Error(`hearth serve did not print ${pattern}: ${output()}`);
    return m;
  };
  return { done, output, waitFor };
}

describe('hearth serve', () => {
  it('unlocks, sets up the host, enrols a PC with the code it prints, shows who is connected, and stops cleanly', async () => {
    const { dir } = await initWorkspace(temp());
    const host = await serve(dir, ADMIN, ['--listen', '127.0.0.1:0', '--enrol', 'Front desk PC']);
    const [, url] = await host.waitFor(/Serving “Test Office” to the office at (https:\/\/127\.0\.0\.1:\d+)/);
    const [, code] = await host.waitFor(/Enrolment code for Front desk PC: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/);
    const port = Number(new URL(url!).port);

    const request = await newDeviceRequest('Front desk PC');
    const answer = await post<EnrolAnswer>(port, '/enrol', { code, requestPem: request.requestPem }, {});
    if ('error' in answer || !answer.result.ok) throw new Error(JSON.stringify(answer));
    expect(isBoundCa(code!, answer.result.value.caCertPem, answer.result.value.binding)).toBe(true);
    const pc = new Pc(port, { certPem: answer.result.value.certPem, keyPem: request.keyPem, caPem: answer.result.value.caCertPem, serial: answer.result.value.serial });
    expect(await pc.call('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase })).toMatchObject({ ok: true });
    await host.waitFor(/Connected: Ada Lovelace \(ada\) on Front desk PC/);

    stop();
    expect(await host.done).toBe(0);
    expect(host.output()).toContain('Stopped serving the workspace.');
    pc.close();
    // The workspace lock is released: another command can open it now.
    expect((await hearth(['audit', 'verify'], { env: as(dir, ADMIN) })).code).toBe(0);
  });

  it('refuses a user who is not an administrator, and a malformed --listen', async () => {
    const { dir } = await initWorkspace(temp());
    const bad = await hearth(['serve', '--listen', '127.0.0.1'], { env: as(dir, ADMIN) });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--listen takes ADDRESS:PORT');
    await addUser(dir, BOB, 'officer');
    const officer = await hearth(['serve', '--listen', '127.0.0.1:0'], { env: as(dir, BOB) });
    expect(officer.code).toBe(3);
    expect(officer.stderr).toContain('Your role does not allow this');
  });
});
