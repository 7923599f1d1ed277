import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { type Channel, contract } from '../../shared/ipc/contract';
import { decodeWire, encodeWire } from '../../shared/ipc/wire';
import { AppError, fail, type Result } from '../../shared/result';
import { EnrolRequest } from '../../shared/schemas/host';
import { bodyLimitFor } from '../browser/body-limits';
import { NODE_BASE64 } from '../wire/node-base64';
import { readBody, TOO_LARGE } from '../browser/read-body';
import { SECURITY_HEADERS } from '../browser/security-headers';
import type { Core } from '../core';
import { dispatch, type SenderVerdict } from '../ipc/dispatch';
import { deviceOf, hostTlsOptions } from '../host/device-tls';
import { Idempotency, isIdempotencyKey } from './idempotency';
import { AnswerStore } from './answer-store';
import { JOB_STREAM_PATH, streamJob } from './job-stream';
import { ANSWER_PARTS_HEADER } from '../host/answer-parts';
import { IDEMPOTENCY_HEADER, type OfficeSessions, SESSION_HEADER } from '../host/sessions';
import { EnrolmentThrottle } from '../host/enrolment-throttle';
import { auditEnrolRefusal, enrolDevice, isDeviceAllowed, throttledMessage } from '../host/service';
import { insertEnrolFailure, markDeviceSeen, pruneEnrolFailures, readAuthority, readEnrolFailures } from '../host/store';

/**
 * The office host's server (issue 22; docs/office-host.md): the same IPC contract as browser mode, through
 * the same dispatch(), over TLS 1.3 with the host's own CA. Every /api request needs an enrolled, unrevoked
 * PC (its client certificate, checked against the device table on every request, so a revoked PC is refused
 * at once even on an open connection) and, beyond the public channels, a signed-in user's session token
 * bound to that PC. The one path open without a certificate is POST /enrol, proved by a one-time code.
 */

export interface HostServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const OFFICE_SENDER: SenderVerdict = { trusted: true, transport: 'http' };

/**
 * Channels a PC may not use: they replace or recover the host's workspace itself, or read and write files
 * on the host by path. Backups and restores stay with the host's administrator, on the host.
 */
const HOST_ONLY = new Set<string>(['workspace:create', 'session:recover', 'backup:restore', 'backup:create', 'import:run', 'host:serve']);

const ENROL_LIMIT = 16 * 1024;

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  sendText(res, status, JSON.stringify(encodeWire(value, NODE_BASE64)), headers);
}

function sendText(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** One part of a long answer: bytes of its UTF-8 text, put back together by the PC's bridge. */
function sendPart(res: ServerResponse, bytes: Buffer | null): void {
  if (!bytes) return sendJson(res, 404, fail('not-found', 'That part of the answer is not kept any more. Ask again.'));
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/octet-stream', 'Content-Length': bytes.length });
  res.end(bytes);
}

const encode = (result: Result<unknown>) => JSON.stringify(encodeWire(result, NODE_BASE64));

export async function startHostServer(core: Core, office: OfficeSessions, listen: { host: string; port: number }): Promise<HostServer> {
  const ws = office.workspace();
  if (!ws) throw new AppError('not-signed-in', 'Unlock the workspace as an administrator before serving it.');
  const authority = readAuthority(ws.db);
  if (!authority) throw new AppError('unavailable', 'This workspace is not set up as an office host yet (host:setUp).');
  const idempotency = new Idempotency(core.now);
  // Wrong codes are counted in the workspace too, so a restart of the host does not reset the throttle.
  const throttle = new EnrolmentThrottle(() => core.now().getTime(), {
    read: (since) => readEnrolFailures(ws.db, since),
    add: (address, at) => {
      const db = office.workspace()?.db;
      if (db) insertEnrolFailure(db, address, at);
    },
    prune: (before) => {
      const db = office.workspace()?.db;
      if (db) pruneEnrolFailures(db, before);
    },
  });
  const seen = new Map<string, number>();
  const answers = new AnswerStore(() => core.now().getTime());

  const server: Server = createServer(
    // Certificates are asked for on every connection but not required at the handshake, so that a new PC
    // can reach /enrol; every other path refuses a connection whose certificate did not verify.
    { ...hostTlsOptions({ certPem: authority.caCertPem }, { certPem: authority.serverCertPem, keyPem: authority.serverKeyPem }), rejectUnauthorized: false },
    (req, res) => {
      void handle(req, res).catch((error: unknown) => {
        core.log(`host: ${(error as Error).message}`);
        if (!res.headersSent) sendJson(res, 500, fail('internal', 'The request failed.'));
      });
    },
  );

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const db = office.workspace()?.db;
    if (!db) return sendJson(res, 503, fail('unavailable', 'The office host is locked. Ask the office administrator to unlock it.'));
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method !== 'POST') return sendJson(res, 405, fail('bad-input', 'Use POST.'));
    if (path === '/enrol') return enrol(req, res);

    const device = deviceOf(req.socket as TLSSocket, (serial) => !isDeviceAllowed(db, serial));
    if (!device.ok) {
      const serial = (req.socket as TLSSocket).getPeerCertificate()?.serialNumber?.toLowerCase();
      if (serial) office.endDevice(serial);
      res.setHeader('Connection', 'close');
      return sendJson(res, 403, fail('foreign-sender', device.reason));
    }
    noteSeen(device.serial);
    const part = path.match(/^\/answer\/([0-9a-f]{32})\/(\d{1,6})$/);
    if (part) return sendPart(res, answers.part(device.serial, part[1]!, Number(part[2])));
    const jobStream = path.match(JOB_STREAM_PATH);
    if (jobStream) {
      // A job's progress pushed to the PC and user that started it (./job-stream.ts).
      const view = office.viewFor({ serial: device.serial, name: device.name }, headerOf(req, SESSION_HEADER));
      const stillAllowed = () => {
        const open = office.workspace()?.db;
        return Boolean(open && isDeviceAllowed(open, device.serial) && view.current());
      };
      return streamJob(res, { core: { ...core, sessions: view }, sender: OFFICE_SENDER, jobId: jobStream[1]!, stillAllowed });
    }
    if (!path.startsWith('/api/')) return sendJson(res, 404, fail('bad-input', 'There is nothing at that address.'));
    let channel: string;
    try {
      channel = decodeURIComponent(path.slice(5));
    } catch {
      return sendJson(res, 400, fail('bad-input', 'The request address is not valid.'));
    }
    if (HOST_ONLY.has(channel)) return sendJson(res, 200, fail('forbidden', 'This is done on the office host itself, not from a PC. Ask the office administrator.'));

    const token = headerOf(req, SESSION_HEADER);
    const view = office.viewFor({ serial: device.serial, name: device.name }, token);
    const requestCore: Core = { ...core, sessions: view };
    const body = await readBody(req, bodyLimitFor(requestCore, channel).limit);
    if (body === TOO_LARGE) {
      res.setHeader('Connection', 'close');
      res.on('finish', () => req.destroy());
      return sendJson(res, 413, bodyLimitFor(requestCore, channel).over.result);
    }
    let input: unknown;
    try {
      input = body ? decodeWire(JSON.parse(body), NODE_BASE64) : {};
    } catch {
      return sendJson(res, 400, fail('bad-input', 'The request body is not valid JSON.'));
    }
    const run = (options = {}) => dispatch(requestCore, channel, input, OFFICE_SENDER, options);
    const key = headerOf(req, IDEMPOTENCY_HEADER);
    let answer: string;
    if (key && isIdempotencyKey(key) && Object.hasOwn(contract, channel) && contract[channel as Channel].audit !== 'never') {
      answer = await idempotency.once(db, device.serial, key, channel, () => view.current()?.user.id ?? null, run, encode);
    } else answer = encode(await run());
    const session: Record<string, string> = view.token ? { [SESSION_HEADER]: view.token } : {};
    // A long answer (a PDF, a bundle, an export) goes in parts the PC fetches (main/host/answer-parts.ts).
    const manifest = answers.keep(device.serial, answer);
    if (manifest) return sendText(res, 200, JSON.stringify(manifest), { ...session, [ANSWER_PARTS_HEADER]: manifest.parts.id });
    sendText(res, 200, answer, session);
  }

  async function enrol(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, ENROL_LIMIT);
    const db = office.workspace()?.db;
    if (!db) return sendJson(res, 503, fail('unavailable', 'The office host is locked.'));
    let parsed: ReturnType<typeof EnrolRequest.safeParse>;
    try {
      parsed = EnrolRequest.safeParse(body === TOO_LARGE ? null : JSON.parse(body));
    } catch {
      return sendJson(res, 400, fail('bad-input', 'The enrolment request is not valid JSON.'));
    }
    if (!parsed.success) return sendJson(res, 400, fail('bad-input', 'The enrolment request needs the code and a certificate request.'));
    const from = req.socket.remoteAddress ?? 'unknown';
    // Refused before the code is looked at: a throttled address learns nothing about the code it sent.
    const closed = throttle.refusal(from);
    if (closed) return sendJson(res, 429, fail('locked-out', throttledMessage(closed, core.now())));
    try {
      return sendJson(res, 200, { ok: true, value: await enrolDevice(db, parsed.data.code, parsed.data.requestPem, core.now()) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === 'forbidden' || error.code === 'bad-input') auditEnrolRefusal(db, core.now(), from, 'wrong, used or expired code', throttle.recordFailure(from));
      return sendJson(res, 403, fail(error.code, error.message));
    }
  }

  /** The device list's "last seen", written at most once a minute per PC. */
  function noteSeen(serial: string): void {
    const now = core.now().getTime();
    if (now - (seen.get(serial) ?? 0) < 60_000) return;
    seen.set(serial, now);
    const db = office.workspace()?.db;
    if (db) markDeviceSeen(db, serial, core.now().toISOString());
  }

  // Later, the host's timer forgets day-old answers (main/office/timers.ts).
  idempotency.prune(ws.db);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://${listen.host.includes(':') ? `[${listen.host}]` : listen.host}:${port}`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function headerOf(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' && value.length > 0 ? value : null;
}
