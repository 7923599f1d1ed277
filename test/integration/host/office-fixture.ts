import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { decodeWire, encodeWire } from '../../../shared/ipc/wire';
import type { Result } from '../../../shared/result';
import type { EnrolAnswer } from '../../../shared/schemas/host';
import { NODE_BASE64 } from '../../../main/wire/node-base64';
import { newDeviceRequest } from '../../../main/host/ca';
import { isBoundCa } from '../../../main/host/enrolment';
import { type HostServer, startHostServer } from '../../../main/office/server';
import { OfficeSessions } from '../../../main/host/sessions';
import type { SessionManager } from '../../../main/security/session';
import { addUser, makeApp, ADMIN, type TestApp } from '../../helpers/core';
import type { DeviceFile, Forward } from '../../../main/host/bridge';
import { startBrowserServer, type BrowserServer } from '../../../main/browser/server';
import { createCore } from '../../../main/core';

/*
 * What a test file started (a host, a PC's browser mode) is closed once its tests are done. Vitest does not
 * run an afterAll registered from inside a beforeAll or a test, so the hook is registered here, when the file
 * imports this module, and the helpers add to its list; newest closed first.
 */
const toClose: (() => unknown)[] = [];
afterAll(async () => {
  for (const close of toClose.splice(0).reverse()) await close();
});
export function closeAfterFile(close: () => unknown): void {
  toClose.push(close);
}

/**
 * An office host on loopback for the tests (issue 22): a workspace unlocked by its administrator, set up
 * with its own CA, served over mutual TLS, and PCs that enrol with one-time codes and then call the contract
 * as the client bridge does. Everything is real: TLS, certificates, the encrypted database, dispatch.
 */
export const PASS = 'a long passphrase for tests';

export interface Host {
  app: TestApp;
  office: OfficeSessions;
  server: HostServer;
}

export async function startHost(): Promise<Host> {
  // The real clock: the certificates' validity is checked by TLS against it.
  const root = mkdtempSync(join(tmpdir(), 'hearth-host-'));
  const app = makeApp(root, new Date());
  await app.must('workspace:create', { workspaceName: 'Ipswich Office', admin: ADMIN });
  await app.must('partners:save', { code: 'C33', name: 'Circle 33 Housing Trust', address: 'Circle House, 1 Reading Road, London N7 8QX', phone: '0300 456 2233', email: 'neighbourhoods@circle33.org.uk' });
  await app.must('partners:save', { code: 'WH', name: 'Wandle Housing', address: '2 Wandle Road, London SW19 1AA', phone: '0300 456 2244', email: 'asb@wandle.example' });
  for (const [username, role, partner] of [
    ['olive', 'officer', 'C33'],
    ['walt', 'officer', 'WH'],
    ['mina', 'manager', 'C33'],
  ] as const) {
    await addUser(app, { username, displayName: username, role, passphrase: PASS, partners: [partner] });
  }
  await app.must('host:setUp', { officeName: 'Ipswich Office', addresses: ['127.0.0.1', 'localhost'] });
  const office = new OfficeSessions(app.core.sessions as SessionManager);
  app.core.office = office;
  const server = await startHostServer(app.core, office, { host: '127.0.0.1', port: 0 });
  closeAfterFile(async () => {
    await server.close();
    app.core.sessions.signOut();
    rmSync(root, { recursive: true, force: true });
  });
  return { app, office, server };
}

type Answer<T> = { status: number; result: Result<T>; session: string | null };

/** One POST to the host, as a PC with the given certificate (or none), on its own connection or the agent's. */
export function post<T>(port: number, path: string, body: unknown, who: { certPem?: string; keyPem?: string; caPem?: string; headers?: Record<string, string>; agent?: Agent; cutAfterSending?: boolean }): Promise<Answer<T> | { error: string }> {
  return new Promise((resolve) => {
    const text = JSON.stringify(encodeWire(body, NODE_BASE64));
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        ca: who.caPem,
        rejectUnauthorized: who.caPem !== undefined,
        cert: who.certPem,
        key: who.keyPem,
        agent: who.agent ?? false,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...who.headers },
      },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (data += c));
        res.on('end', () => {
          const session = res.headers['hearth-session'];
          resolve({ status: res.statusCode ?? 0, result: decodeWire(JSON.parse(data), NODE_BASE64) as Result<T>, session: typeof session === 'string' ? session : null });
        });
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    // A dropped connection: the whole request goes out, and the PC is gone before the answer comes back.
    if (who.cutAfterSending) req.on('finish', () => setImmediate(() => req.destroy(new Error('cut'))));
    req.end(text);
  });
}

/** A PC enrolled with the host, signed in as nobody yet; it keeps its session token as the client bridge does. */
export class Pc {
  token: string | null = null;
  agent: Agent;

  constructor(
    readonly port: number,
    readonly identity: { certPem: string; keyPem: string; caPem: string; serial: string },
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: 1 });
  }

  static async enrol(host: Host, name: string): Promise<Pc> {
    const code = await host.app.must('host:enrolmentCode', { deviceName: name });
    const pc = await newDeviceRequest(name);
    const answer = await post<EnrolAnswer>(host.server.port, '/enrol', { code: code.code.toLowerCase(), requestPem: pc.requestPem }, {});
    if ('error' in answer || !answer.result.ok) throw new Error(`enrolment failed: ${JSON.stringify(answer)}`);
    const value = answer.result.value;
    if (!isBoundCa(code.code, value.caCertPem, value.binding)) throw new Error('the host did not prove it knows the code');
    return new Pc(host.server.port, { certPem: value.certPem, keyPem: pc.keyPem, caPem: value.caCertPem, serial: value.serial });
  }

  /** This PC's enrolment as its device file holds it (decrypted), pointed at the host on loopback. */
  device(): DeviceFile {
    return { hostUrl: `https://127.0.0.1:${this.port}`, certPem: this.identity.certPem, keyPem: this.identity.keyPem, caPem: this.identity.caPem };
  }

  async raw<C extends Channel>(channel: C, input: ChannelInput<C>, extra: { key?: string; token?: string | null; cut?: boolean } = {}): Promise<Answer<ChannelOutput<C>> | { error: string }> {
    const token = extra.token === undefined ? this.token : extra.token;
    const headers: Record<string, string> = {};
    if (token) headers['hearth-session'] = token;
    if (extra.key) headers['idempotency-key'] = extra.key;
    const answer = await post<ChannelOutput<C>>(this.port, `/api/${channel}`, input, { ...this.identity, headers, agent: extra.cut ? undefined : this.agent, cutAfterSending: extra.cut });
    if (!('error' in answer) && answer.session && extra.token === undefined) this.token = answer.session;
    return answer;
  }

  async call<C extends Channel>(channel: C, input: ChannelInput<C>, extra: { key?: string } = {}): Promise<Result<ChannelOutput<C>>> {
    const answer = await this.raw(channel, input, extra);
    if ('error' in answer) throw new Error(`${channel}: the connection failed (${answer.error})`);
    return answer.result;
  }

  close(): void {
    this.agent.destroy();
  }
}

export interface PcBrowser {
  local: BrowserServer;
  /** What the renderer in the browser sends: a channel's input as the wire's JSON, to its own local server with the launch token. */
  post(channel: string, body: string): Promise<{ status: number; result: Result<unknown> }>;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
}

/**
 * A PC's browser mode on loopback (no workspace of its own), forwarding the renderer's calls through `forward`
 * (a bridge to the host, perhaps wrapped), closed after the file's tests.
 */
export async function pcBrowserMode(forward: Forward): Promise<PcBrowser> {
  const core = createCore({ dir: `/nonexistent/${randomUUID()}`, refreshDeadlines: false, log: () => undefined });
  const local = await startBrowserServer(core, '/nonexistent', 0, { forward });
  closeAfterFile(() => local.close());
  const token = /token=([0-9a-f]+)/.exec(local.url)![1]!;
  const origin = `http://127.0.0.1:${local.port}`;
  const post = async (channel: string, body: string) => {
    const res = await fetch(`${origin}/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: origin, 'X-Hearth-Token': token }, body });
    // Decoded as the renderer decodes it (shared/ipc/wire.ts's own codec).
    return { status: res.status, result: decodeWire(await res.json()) as Result<unknown> };
  };
  return {
    local,
    post,
    call: async <C extends Channel>(channel: C, input: ChannelInput<C>) => (await post(channel, JSON.stringify(encodeWire(input, NODE_BASE64)))).result as Result<ChannelOutput<C>>,
  };
}
