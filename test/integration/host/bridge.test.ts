import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostCa } from '../../../main/host/ca';
import { hostBridge } from '../../../main/host/bridge';
import { startHostServer } from '../../../main/office/server';
import { raceHateIntake } from '../../helpers/cases';
import { type Host, Pc, PASS, pcBrowserMode, type PcBrowser, startHost } from './office-fixture';

/**
 * The client bridge (issue 22): browser mode on a PC forwards the renderer's calls to the office host with
 * the PC's certificate; the renderer's requests are unchanged (the same POST /api/<channel> with the launch
 * token). An unreachable host and a host with another certificate are told apart, in words to act on.
 */
let host: Host;
let pc: Pc;
let browser: PcBrowser;
let bridge: ReturnType<typeof hostBridge>;

beforeAll(async () => {
  host = await startHost();
  pc = await Pc.enrol(host, 'Front desk PC');
  bridge = hostBridge(pc.device());
  browser = await pcBrowserMode(bridge.forward);
});

afterAll(async () => {
  bridge.close();
  pc.close();
});

/** A call as the renderer in the browser makes it: to its own local server, with the launch token. */
async function renderer(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  expect(browser.local.url).toContain('&office=1');
  return (await browser.post(channel, JSON.stringify(input))).result;
}

describe('browser mode pointed at an office host', () => {
  it('signs in on the host and works there, the host naming this PC in its log', async () => {
    expect(await renderer('workspace:status', {})).toMatchObject({ ok: true, value: { exists: true, signedIn: false } });
    expect(await renderer('session:signIn', { username: 'olive', passphrase: PASS })).toMatchObject({ ok: true, value: { user: { username: 'olive' } } });
    const made = await renderer('case:create', raceHateIntake({ partner: 'C33' }));
    expect(made).toMatchObject({ ok: true });
    expect(await renderer('session:whoami', {})).toMatchObject({ ok: true, value: { user: { username: 'olive' } } });
    const db = host.app.core.sessions.current()!.ws.db;
    const event = db.prepare("SELECT username, detail FROM audit_events WHERE action = 'case:create' ORDER BY seq DESC").get() as { username: string; detail: string };
    expect(event.username).toBe('olive');
    expect(JSON.parse(event.detail)).toMatchObject({ device: pc.identity.serial });
  });

  it('says the host cannot be reached when nothing answers, and loses nothing', async () => {
    const away = hostBridge({ ...pc.device(), hostUrl: 'https://127.0.0.1:9' });
    const answer = JSON.parse(await away.forward('workspace:status', '{}')) as { ok: false; error: { code: string; message: string } };
    away.close();
    expect(answer).toMatchObject({ ok: false, error: { code: 'unavailable', office: 'unreachable', message: expect.stringContaining('cannot be reached') } });
  });

  it('refuses a host whose certificate is not from the CA this PC pinned', async () => {
    const other = await createHostCa('Somewhere else', new Date());
    const impostor = hostBridge({ ...pc.device(), caPem: other.certPem });
    const answer = JSON.parse(await impostor.forward('workspace:status', '{}')) as { ok: false; error: { code: string; message: string } };
    impostor.close();
    expect(answer).toMatchObject({ ok: false, error: { code: 'integrity', office: 'certificate-changed', message: expect.stringContaining('will not connect') } });
  });

  it('marks the answers while the host is stopped, and works on when it is started again', async () => {
    expect(await renderer('session:signIn', { username: 'walt', passphrase: PASS })).toMatchObject({ ok: true });
    const port = host.server.port;
    await host.server.close();
    const away = await renderer('case:list', {});
    expect(away).toMatchObject({ ok: false, error: { code: 'unavailable', office: 'unreachable' } });
    expect(away.error?.message).toContain(`127.0.0.1:${port} cannot be reached`);

    const again = await startHostServer(host.app.core, host.office, { host: '127.0.0.1', port });
    try {
      // The same PC, the same session: the host kept it while its server was down.
      expect(await renderer('session:whoami', {})).toMatchObject({ ok: true, value: { user: { username: 'walt' } } });
      expect(await renderer('case:list', {})).toMatchObject({ ok: true });
    } finally {
      await again.close();
    }
  });
});
