import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EnrolAnswer } from '../../../shared/schemas/host';
import { newDeviceRequest } from '../../../main/host/ca';
import { appHosting } from '../../../main/office/hosting';
import { ADMIN, makeApp } from '../../helpers/core';
import { Pc, post } from './office-fixture';

/**
 * "Host this workspace for the office" from the app (issue 22, host:serve): the process that has the
 * workspace open starts the office host's TLS server itself; the Office host screen then shows the port and
 * who is connected (host:connected), a revoked PC's session ends at once, and switching off signs the PCs out.
 */
describe('hosting from the app', () => {
  it('starts at one of the host’s addresses, enrols and shows a PC, revokes it, and stops', async () => {
    // The real clock: TLS checks the certificates' dates against it.
    const app = makeApp(mkdtempSync(join(tmpdir(), 'hearth-app-host-')), new Date());
    app.core.hosting = appHosting(app.core);
    await app.must('workspace:create', { workspaceName: 'Ipswich Office', admin: ADMIN });

    const early = await app.call('host:serve', { on: true });
    expect(early).toMatchObject({ ok: false, error: { code: 'guard' } });
    await app.must('host:setUp', { officeName: 'Ipswich Office', addresses: ['127.0.0.1'] });
    const elsewhere = await app.call('host:serve', { on: true, address: '10.9.9.9', port: 0 });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringContaining('not 10.9.9.9') } });

    const on = await app.must('host:serve', { on: true, address: '127.0.0.1', port: 0 });
    expect(on).toMatchObject({ serving: true, connected: [] });
    const port = on.port!;
    expect(port).toBeGreaterThan(0);
    expect((await app.must('host:status', {})).serving).toBe(true);

    const code = await app.must('host:enrolmentCode', { deviceName: 'Front desk PC' });
    const request = await newDeviceRequest('Front desk PC');
    const answer = await post<EnrolAnswer>(port, '/enrol', { code: code.code, requestPem: request.requestPem }, {});
    if ('error' in answer || !answer.result.ok) throw new Error(JSON.stringify(answer));
    const pc = new Pc(port, { certPem: answer.result.value.certPem, keyPem: request.keyPem, caPem: answer.result.value.caCertPem, serial: answer.result.value.serial });
    expect(await pc.call('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase })).toMatchObject({ ok: true });
    // A PC cannot switch the host off.
    expect(await pc.call('host:serve', { on: false })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const live = await app.must('host:connected', {});
    expect(live).toMatchObject({ serving: true, port, enrolled: 1, connected: [{ deviceName: 'Front desk PC', username: 'ada', locked: false }] });

    await app.must('host:revokeDevice', { serial: answer.result.value.serial });
    expect((await app.must('host:connected', {})).connected).toEqual([]);
    expect(await pc.raw('case:list', {})).toMatchObject({ status: 403 });

    const off = await app.must('host:serve', { on: false });
    expect(off).toEqual({ serving: false, port: null, connected: [], enrolled: 0 });
    pc.close();
    expect(await post(port, '/enrol', {}, {})).toMatchObject({ error: 'ECONNREFUSED' });
  });
});
