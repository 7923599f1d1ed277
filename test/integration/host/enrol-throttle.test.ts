import { describe, expect, it } from 'vitest';
import type { EnrolAnswer } from '../../../shared/schemas/host';
import { newDeviceRequest } from '../../../main/host/ca';
import { PER_ADDRESS, WINDOW_MS } from '../../../main/host/enrolment-throttle';
import { OfficeSessions } from '../../../main/host/sessions';
import { startHostServer } from '../../../main/office/server';
import type { SessionManager } from '../../../main/security/session';
import { ADMIN } from '../../helpers/core';
import { post, startHost } from './office-fixture';

/**
 * Issue 22: enrolment codes are single-use and live 15 minutes, and wrong codes are throttled per source
 * address (and overall: test/unit/host/enrolment-throttle.test.ts), each refusal audited. The host's clock
 * is the test's, so the code's life and the throttle's window pass when the test moves it.
 */
const MINUTE = 60_000;

describe('enrolment codes at the host', () => {
  it('works once, not after 15 minutes, and closes to an address after five wrong codes, with audit events', async () => {
    const host = await startHost();
    const { app } = host;
    const request = await newDeviceRequest('Front desk PC');
    const enrol = (code: string) => post<EnrolAnswer>(host.server.port, '/enrol', { code, requestPem: request.requestPem }, {});

    const once = await app.must('host:enrolmentCode', { deviceName: 'Front desk PC' });
    expect(await enrol(once.code)).toMatchObject({ status: 200, result: { ok: true } });
    expect(await enrol(once.code)).toMatchObject({ status: 403, result: { ok: false, error: { code: 'forbidden' } } });

    const late = await app.must('host:enrolmentCode', { deviceName: 'Back office PC' });
    const start = app.now.value;

    // One failure so far; four more wrong codes reach the limit of five from this address.
    for (let i = 0; i < PER_ADDRESS - 1; i += 1) expect(await enrol('AAAA-AAAA-AAA' + i)).toMatchObject({ status: 403 });
    const shut = await enrol(late.code);
    expect(shut).toMatchObject({ status: 429, result: { ok: false, error: { code: 'locked-out', message: expect.stringContaining('Too many wrong enrolment codes from this PC') } } });

    const db = app.core.sessions.current()!.ws.db;
    const events = db.prepare("SELECT action, outcome, target, detail FROM audit_events WHERE action IN ('host:enrol', 'host:enrolRefused', 'host:enrolThrottled') ORDER BY seq").all() as { action: string; outcome: string; target: string; detail: string }[];
    expect(events.map((e) => e.action)).toEqual(['host:enrol', ...Array<string>(PER_ADDRESS).fill('host:enrolRefused'), 'host:enrolThrottled']);
    expect(events.at(-1)).toMatchObject({ outcome: 'denied', target: 'address:127.0.0.1' });
    expect(JSON.parse(events.at(-1)!.detail)).toMatchObject({ address: '127.0.0.1', scope: 'address' });

    // A quarter of an hour on, the address may try again. The code refused unread has had its 15 minutes; a fresh one works.
    app.now.value = new Date(start.getTime() + 15 * MINUTE + 1000);
    expect(await enrol(late.code)).toMatchObject({ status: 403, result: { ok: false, error: { code: 'forbidden' } } });
    const fresh = await app.must('host:enrolmentCode', { deviceName: 'Reception PC' });
    expect(await enrol(fresh.code)).toMatchObject({ status: 200, result: { ok: true, value: { deviceName: 'Reception PC' } } });
  });

  it('still refuses the sixth wrong code after the host is restarted, and forgets failures a quarter of an hour old', async () => {
    const host = await startHost();
    const { app } = host;
    const request = await newDeviceRequest('Front desk PC');
    const enrolAt = (port: number, code: string) => post<EnrolAnswer>(port, '/enrol', { code, requestPem: request.requestPem }, {});
    for (let i = 0; i < PER_ADDRESS; i += 1) expect(await enrolAt(host.server.port, 'BBBB-BBBB-BBB' + i)).toMatchObject({ status: 403 });

    // The host stops, its administrator signs out and in again (the workspace is closed and opened), and it serves afresh.
    await host.server.close();
    app.core.sessions.signOut();
    await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const again = await startHostServer(app.core, new OfficeSessions(app.core.sessions as SessionManager), { host: '127.0.0.1', port: 0 });
    try {
      const code = await app.must('host:enrolmentCode', { deviceName: 'Front desk PC' });
      expect(await enrolAt(again.port, code.code)).toMatchObject({ status: 429, result: { ok: false, error: { code: 'locked-out' } } });

      // A quarter of an hour after the failures, they are gone from the workspace when the next one comes.
      const db = app.core.sessions.current()!.ws.db;
      const kept = () => (db.prepare('SELECT count(*) AS n FROM host_enrol_failures').get() as { n: number }).n;
      expect(kept()).toBe(PER_ADDRESS);
      app.now.value = new Date(app.now.value.getTime() + WINDOW_MS + 1000);
      expect(await enrolAt(again.port, 'CCCC-CCCC-CCCC')).toMatchObject({ status: 403 });
      expect(kept()).toBe(1);
    } finally {
      await again.close();
    }
  });
});
