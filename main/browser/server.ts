import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeWire, encodeWire } from '../../shared/ipc/wire';
import type { Core } from '../core';
import { dispatch } from '../ipc/dispatch';
import { type BodyLimit, bodyLimitFor, MAX_BINARY_BODY_BYTES } from './body-limits';
import { NODE_BASE64 } from '../wire/node-base64';
import { judgeApiRequest } from './request-checks';
import { SECURITY_HEADERS } from './security-headers';
import { readBody, TOO_LARGE } from './read-body';
import { readStatic, resolveStatic } from './static-files';

export interface BrowserServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export { MAX_BINARY_BODY_BYTES, MAX_BODY_BYTES } from './body-limits';

const forwardedLimit: BodyLimit = { limit: MAX_BINARY_BODY_BYTES, over: { status: 413, result: { ok: false, error: { code: 'bad-input', message: 'The request is larger than any request may be (2 MB).' } } } };

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** Answers are JSON with file bytes as {"$bytes": base64} (shared/ipc/wire.ts). */
function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(encodeWire(value, NODE_BASE64)), 'application/json; charset=utf-8');
}

/**
 * Answers without reading the rest of the body, then closes the connection once the answer is out:
 * Node would otherwise read and discard whatever the client goes on sending, to keep the connection.
 */
function refuseAndClose(req: IncomingMessage, res: ServerResponse, status: number, value: unknown): void {
  res.setHeader('Connection', 'close');
  res.on('finish', () => req.destroy());
  sendJson(res, status, value);
}

/**
 * Browser mode (DESIGN §1): the built renderer and the IPC contract over HTTP on 127.0.0.1 only, for
 * machines where Electron's binary is missing. POST /api/<domain:verb> with the JSON input; the answer
 * is always the contract's Result. Every request passes the same dispatch() as the Electron window.
 */
export interface BrowserServerOptions {
  /**
   * A PC pointed at an office host (issue 22): each checked request is forwarded there (main/host/bridge.ts)
   * instead of to this process's dispatch. The sender checks and body limits here still apply first.
   */
  forward?: (channel: string, body: string) => Promise<string>;
}

export async function startBrowserServer(core: Core, rendererDir: string, port = 0, options: BrowserServerOptions = {}): Promise<BrowserServer> {
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
      if (!verdict.trusted) return refuseAndClose(req, res, 403, await dispatch(core, '', null, verdict));
      let channel: string;
      try {
        channel = decodeURIComponent(path.slice(5));
      } catch {
        return refuseAndClose(req, res, 400, { ok: false, error: { code: 'bad-input', message: 'The request address is not valid.' } });
      }
      // Who may send how much is settled before the body is read (body-limits.ts).
      // A PC forwarding to a host has no session here: the host judges who may send files; this caps the size.
      const rule: BodyLimit = options.forward ? forwardedLimit : bodyLimitFor(core, channel);
      const body = await readBody(req, rule.limit);
      if (body === TOO_LARGE) return refuseAndClose(req, res, rule.over.status, rule.over.result);
      if (options.forward) return send(res, 200, await options.forward(channel, body || '{}'), 'application/json; charset=utf-8');
      let input: unknown;
      try {
        input = body ? decodeWire(JSON.parse(body), NODE_BASE64) : {};
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
    // A PC on an office host says so in its address, so the window opens on "Connecting to the office host…".
    url: `http://127.0.0.1:${boundPort}/#token=${token}${options.forward ? '&office=1' : ''}`,
    port: boundPort,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
