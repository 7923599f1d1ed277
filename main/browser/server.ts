import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contract } from '../../shared/ipc/contract';
import { decodeWire, encodeWire } from '../../shared/ipc/wire';
import type { Core } from '../core';
import { dispatch } from '../ipc/dispatch';
import { judgeApiRequest } from './request-checks';
import { SECURITY_HEADERS } from './security-headers';
import { readStatic, resolveStatic } from './static-files';

export interface BrowserServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Request bodies: 1 MiB for ordinary requests; channels that carry files (binary: true) allow 300 MB,
 * room for a 200 MB evidence file in base64 (4/3 larger) with its JSON around it. */
export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_BINARY_BODY_BYTES = 300 * 1024 * 1024;

function bodyLimitFor(channel: string): number {
  const spec = Object.hasOwn(contract, channel) ? (contract[channel as keyof typeof contract] as { binary?: true }) : undefined;
  return spec?.binary ? MAX_BINARY_BODY_BYTES : MAX_BODY_BYTES;
}

const TOO_LARGE = Symbol('too large');

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** Answers are JSON with file bytes as {"$bytes": base64} (shared/ipc/wire.ts). */
function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(encodeWire(value)), 'application/json; charset=utf-8');
}

/** The body as text, or TOO_LARGE as soon as it passes the limit (nothing more is kept in memory). */
function readBody(req: IncomingMessage, limit: number): Promise<string | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) return resolve(TOO_LARGE);
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.off('data', onData);
        chunks.length = 0;
        resolve(TOO_LARGE);
      } else chunks.push(c);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Refuses an over-size body and closes the connection once the answer is out, rather than read the rest. */
function sendTooLarge(req: IncomingMessage, res: ServerResponse, limit: number): void {
  res.setHeader('Connection', 'close');
  res.on('finish', () => req.destroy());
  const size = limit >= 1024 * 1024 ? `${Math.round(limit / (1024 * 1024))} MB` : `${Math.round(limit / 1024)} KB`;
  sendJson(res, 413, { ok: false, error: { code: 'bad-input', message: `The request is larger than this kind of request may be (${size}).` } });
}

/**
 * Browser mode (DESIGN §1): the built renderer and the IPC contract over HTTP on 127.0.0.1 only, for
 * machines where Electron's binary is missing. POST /api/<domain:verb> with the JSON input; the answer
 * is always the contract's Result. Every request passes the same dispatch() as the Electron window.
 */
export async function startBrowserServer(core: Core, rendererDir: string, port = 0): Promise<BrowserServer> {
  const token = randomBytes(32).toString('hex');
  let boundPort = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      core.log(`browser: ${(error as Error).message}`);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'The request failed.' } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/api/')) {
      if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'bad-input', message: 'Use POST.' } });
      const verdict = judgeApiRequest(req.headers, boundPort, token);
      if (!verdict.trusted) return sendJson(res, 403, await dispatch(core, '', null, verdict));
      let channel: string;
      try {
        channel = decodeURIComponent(path.slice(5));
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'bad-input', message: 'The request address is not valid.' } });
      }
      const limit = bodyLimitFor(channel);
      const body = await readBody(req, limit);
      if (body === TOO_LARGE) return sendTooLarge(req, res, limit);
      let input: unknown;
      try {
        input = body ? decodeWire(JSON.parse(body)) : {};
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'bad-input', message: 'The request body is not valid JSON.' } });
      }
      return sendJson(res, 200, await dispatch(core, channel, input, verdict));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    // Static files need no token (they hold no data), but the Host check still stops DNS rebinding.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${boundPort}` && host !== `localhost:${boundPort}`) return send(res, 421, 'Wrong host', 'text/plain');
    const found = resolveStatic(rendererDir, path);
    if (!found) return send(res, 404, 'Not found', 'text/plain');
    send(res, 200, readStatic(found.file), found.type);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  boundPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${boundPort}/#token=${token}`,
    port: boundPort,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
