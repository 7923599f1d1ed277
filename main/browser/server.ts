import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
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

const MAX_BODY_BYTES = 1024 * 1024;

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
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
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body ? JSON.parse(body) : {};
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'bad-input', message: 'The request body is not valid JSON or is too large.' } });
      }
      return sendJson(res, 200, await dispatch(core, decodeURIComponent(path.slice(5)), input, verdict));
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
